package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.LinkAddressValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string is an absolute address a reader can follow safely: an {@code http} or
 * {@code https} URL with a host, or a {@code mailto} address, at most 2,000 characters, without
 * white space or control characters, and without characters a reader cannot see or that have no
 * meaning: bidirectional controls (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C),
 * other invisible formatting characters (such as the zero-width space U+200B or the soft hyphen
 * U+00AD), unpaired surrogates, noncharacters and private-use characters. Each problem is reported
 * with the character as U+XXXX and its index in the address. Other schemes ({@code javascript:}, {@code data:}, {@code
 * file:}, ...) and relative addresses are refused.
 *
 * @since 0.1.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = LinkAddressValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface LinkAddress {

  /** The longest address, in characters. */
  int MAX_LENGTH = 2_000;

  /**
   * The message when no more precise one applies.
   *
   * @return the message template
   */
  String message() default "must be an absolute http, https or mailto address";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
