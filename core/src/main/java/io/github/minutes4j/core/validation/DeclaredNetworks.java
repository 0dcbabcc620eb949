package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.DeclaredNetworksValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule that the organiser's networks have distinct codes, and that every participant who is a
 * network member names a network the organiser declares; each repeated code and each undeclared
 * network is reported at its own path.
 *
 * <p>The model declares it on {@link io.github.minutes4j.core.Minutes}; applications need not apply
 * it themselves. Its validator is internal.
 *
 * @since 0.2.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
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
