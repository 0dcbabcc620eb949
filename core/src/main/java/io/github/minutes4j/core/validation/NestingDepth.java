package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.NestingDepthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule that sub-sections nest at most {@link io.github.minutes4j.core.Block#MAX_DEPTH} levels
 * deep (the sub-section itself included), as many as a document's heading levels can show.
 *
 * <p>The model declares it on {@link io.github.minutes4j.core.Block.Subsection}; applications need
 * not apply it themselves. Its validator is internal.
 *
 * @since 0.2.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
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
