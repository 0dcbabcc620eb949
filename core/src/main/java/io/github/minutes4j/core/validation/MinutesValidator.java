package io.github.minutes4j.core.validation;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.internal.ViolationPaths;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks {@link Minutes} against every rule of the model and reports all violations at once, each
 * with its path ({@code agenda[2].presenters[0].name}) and a message a person can act on.
 *
 * <p>Thread-safe. Building a validator reads the model's constraints once, which takes a moment;
 * share one instance, such as {@link #shared()}.
 *
 * @since 0.1.0
 */
public final class MinutesValidator {

  private final Validator validator;

  private MinutesValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * The validator shared by the exporters of this JVM, created when first asked for.
   *
   * @return the shared validator; never null
   */
  public static MinutesValidator shared() {
    return Shared.INSTANCE;
  }

  /**
   * Creates a new validator. Prefer {@link #shared()}.
   *
   * @return a validator
   */
  public static MinutesValidator create() {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    return new MinutesValidator(factory.getValidator());
  }

  /**
   * Every violation, in path order.
   *
   * @param minutes the minutes to check
   * @return the violations; empty if the minutes are valid; never null
   * @throws NullPointerException if {@code minutes} is null
   */
  public List<Violation> validate(Minutes minutes) {
    Objects.requireNonNull(minutes, "minutes");
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Minutes> violation : validator.validate(minutes)) {
      violations.add(
          new Violation(ViolationPaths.format(violation.getPropertyPath()), violation.getMessage()));
    }
    Collections.sort(violations);
    return List.copyOf(violations);
  }

  /**
   * Returns the minutes if they are valid.
   *
   * @param minutes the minutes to check
   * @return {@code minutes}
   * @throws InvalidMinutesException with every violation, if there are any
   * @throws NullPointerException if {@code minutes} is null
   */
  public Minutes requireValid(Minutes minutes) {
    List<Violation> violations = validate(minutes);
    if (!violations.isEmpty()) {
      throw new InvalidMinutesException(violations);
    }
    return minutes;
  }

  private static final class Shared {
    static final MinutesValidator INSTANCE = create();
  }
}
