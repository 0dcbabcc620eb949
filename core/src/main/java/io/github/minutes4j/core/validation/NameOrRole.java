package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.NameOrRoleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule that a {@link io.github.minutes4j.core.Person} has a name, a role, or both: a person
 * with neither is reported on the person, since readers could not tell who is meant.
 *
 * <p>The model declares it on {@code Person}; applications need not apply it themselves. Its
 * validator is internal.
 *
 * @since 0.2.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = NameOrRoleValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NameOrRole {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default
      "must have a name or a role; give at least one so readers know who this is";

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
