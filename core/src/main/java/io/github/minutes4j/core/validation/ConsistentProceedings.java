package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.ConsistentProceedingsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules that tie the parts of formal {@link io.github.minutes4j.core.Minutes} together:
 * paragraph numbers are unique, and every reference between parts names something that exists
 * (proposals in votes and in the order of putting, decisions in reservations, attachments, agenda
 * items in arrivals and departures, the member a substitute serves for); an open vote's totals
 * match its ballots; the chair and the adjusters are present attendees. Each violation is
 * reported at the path of the part that is wrong, such as {@code agenda[3].votes[0].tally}.
 *
 * <p>The model declares it on {@code Minutes}; applications need not apply it themselves. Its
 * validator is internal.
 *
 * @since 0.3.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = ConsistentProceedingsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentProceedings {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "is inconsistent";

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
