package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.FourDigitYearValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule that a date's year is between 1 and 9999: the dates HTML ({@code <time datetime>}),
 * PDF (its dates and the calendars of the JDK) and JSON Schema ({@code format: date}) can all hold.
 *
 * <p>The model declares it on the dates of {@link io.github.minutes4j.core.Minutes} and {@link
 * io.github.minutes4j.core.Session}; applications need not apply it themselves. Its validator is
 * internal.
 *
 * @since 0.2.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = FourDigitYearValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface FourDigitYear {

  /** The first year allowed. */
  int MIN = 1;

  /** The last year allowed. */
  int MAX = 9999;

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "must have a year from 1 to 9999";

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
