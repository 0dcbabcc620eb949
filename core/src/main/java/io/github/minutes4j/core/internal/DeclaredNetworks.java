package io.github.minutes4j.core.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Network codes are unique, and every participant's network is one the organiser declares. */
@Constraint(validatedBy = DeclaredNetworksValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DeclaredNetworks {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "must name a network the organiser declares";

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
