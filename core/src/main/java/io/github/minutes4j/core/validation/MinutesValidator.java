package io.github.minutes4j.core.validation;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.internal.ConstraintPass;
import io.github.minutes4j.core.internal.ModelBeansTracking;
import io.github.minutes4j.core.internal.ValidatorBanner;
import io.github.minutes4j.core.internal.ViolationPaths;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks {@link Minutes} against every rule of the model and reports all violations at once, each
 * with its path ({@code agenda[2].presenters[0].name}) and a message a person can act on.
 *
 * <p>A valid document is recognised in one pass over it that runs every constraint's own
 * validator; only a document with a violation goes through Hibernate Validator's full validation,
 * which reports each violation with its path and message. The result is the same either way.
 *
 * <p>Thread-safe. Building a validator reads the constraints of every type of the model, which takes
 * a moment (about a quarter of a second in a fresh JVM); validating is fast after that. Share one
 * instance, such as {@link #shared()}. A program that validates soon after it starts can call
 * {@link #shared()} early on another thread, so that the constraints are read while it does other
 * work.
 *
 * <p>The constraints are the model's annotations only: a {@code META-INF/validation.xml} of the
 * application does not change them. Creating the first validator does not log Hibernate
 * Validator's {@code HV000001} version line to {@code java.util.logging}, unless the application
 * has set a level for Hibernate Validator's loggers.
 *
 * @since 0.1.0
 */
public final class MinutesValidator {

  private final Validator validator;

  /**
   * The quick check that a document is valid, with the engine's own constraint validators; empty
   * when the model has a constraint it cannot check, and then the engine checks every document.
   */
  private final Optional<ConstraintPass> pass;

  private MinutesValidator(Validator validator, Optional<ConstraintPass> pass) {
    this.validator = validator;
    this.pass = pass;
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
    ValidatorBanner.suppress(HibernateValidator.class.getClassLoader());
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            // The provider is known: no ServiceLoader scan of the class path for others.
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            // The rules are the model's annotations: no XML parser to look for validation.xml.
            .ignoreXmlConfiguration()
            // Messages are plain text with {parameters}: no Expression Language engine.
            .messageInterpolator(new ParameterMessageInterpolator());
    // The model is a tree: no bookkeeping of the beans already validated, where Hibernate
    // Validator (9.1 on) lets us say so; 9.0, which Spring Boot 4.0 pins, has no such setting.
    if (hasClass(HibernateValidatorConfiguration.class, ModelBeansTracking.VOTER)) {
      configuration = ModelBeansTracking.turnOff(configuration);
    }
    ValidatorFactory factory = configuration.buildValidatorFactory();
    Validator validator = factory.getValidator();
    Set<Class<?>> records = readConstraints(validator);
    return new MinutesValidator(
        validator, ConstraintPass.of(validator, factory.getConstraintValidatorFactory(), records));
  }

  /** Whether {@code name} can be loaded by the class loader of {@code neighbour}. */
  private static boolean hasClass(Class<?> neighbour, String name) {
    try {
      Class.forName(name, false, neighbour.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /**
   * Has the validator read the constraints of {@link Minutes} and every model type reachable from
   * it (record components, their type arguments, and the records that implement a sealed model
   * interface), which it would otherwise do during the first validation.
   *
   * @return the records whose constraints were read
   */
  static Set<Class<?>> readConstraints(Validator validator) {
    Package model = Minutes.class.getPackage();
    Deque<Type> pending = new ArrayDeque<>(List.of(Minutes.class));
    Set<Class<?>> seen = new HashSet<>();
    Set<Class<?>> read = new HashSet<>();
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType parameterized) {
        pending.addAll(List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof Class<?> c && c.getPackage() == model && seen.add(c)) {
        if (c.isSealed()) {
          pending.addAll(List.of(c.getPermittedSubclasses()));
        }
        if (c.isRecord()) {
          validator.getConstraintsForClass(c);
          read.add(c);
          for (RecordComponent component : c.getRecordComponents()) {
            pending.add(component.getGenericType());
          }
        }
      }
    }
    return read;
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
    // Most documents are valid: the pass says so in one walk, without the engine's bookkeeping.
    // When it cannot say so, the engine finds each violation with its path and message.
    if (passes(minutes)) {
      return List.of();
    }
    return engineViolations(minutes);
  }

  /**
   * Every violation, in path order, found by Hibernate Validator alone (without the quick pass).
   *
   * @param minutes the minutes to check
   * @return the violations; empty if the minutes are valid
   */
  List<Violation> engineViolations(Minutes minutes) {
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

  /**
   * Whether the quick pass finds the minutes valid, so that the engine is not asked.
   *
   * @param minutes the minutes
   * @return true if every constraint holds; false if one fails, or if there is no pass
   */
  boolean passes(Minutes minutes) {
    return pass.isPresent() && pass.get().passes(minutes);
  }

  private static final class Shared {
    static final MinutesValidator INSTANCE = create();
  }
}
