package io.github.minutes4j.core.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A session ends after it starts. */
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
