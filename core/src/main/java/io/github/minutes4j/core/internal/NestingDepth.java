package io.github.minutes4j.core.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Sub-sections nest at most {@link io.github.minutes4j.core.Block#MAX_DEPTH} deep. */
@Constraint(validatedBy = NestingDepthValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NestingDepth {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "nests sub-sections too deeply";

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
