package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.EndAfterStartValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule that a {@link io.github.minutes4j.core.Session} ends strictly after it starts, on the
 * same day (a session that runs past midnight is two sessions); a violation is reported at the
 * session's {@code end}. Its adjournments each end after they start, lie within the session and
 * do not overlap one another; a violation is reported at the adjournment.
 *
 * <p>The model declares it on {@code Session}; applications need not apply it themselves. Its
 * validator is internal.
 *
 * @since 0.2.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = EndAfterStartValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EndAfterStart {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "must be after the start";

  /**
   * The groups.
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
