package io.github.minutes4j.core.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A person has a name, a role, or both. */
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
