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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Thread-safe. Building a validator reads the constraints from the annotations of every type of
 * the model (a few tens of milliseconds in a fresh JVM); Hibernate Validator itself starts only
 * when the first document that is not valid comes, which then takes about a quarter of a second
 * longer. Share one instance, such as {@link #shared()}.
 *
 * <p>The constraints are the model's annotations only: a {@code META-INF/validation.xml} of the
 * application does not change them. Starting Hibernate Validator does not log its {@code
 * HV000001} version line to {@code java.util.logging}, unless the application has set a level for
 * Hibernate Validator's loggers.
 *
 * @since 0.1.0
 */
public final class MinutesValidator {

  /**
   * The quick check that a document is valid, with the model's constraint validators; empty when
   * the model has a constraint it cannot check, and then the engine checks every document.
   */
  private final Optional<ConstraintPass> pass;

  private final Object engineLock = new Object();

  /** Hibernate Validator, started when the pass first finds a document it cannot let through. */
  private volatile Validator engine;

  private MinutesValidator(Optional<ConstraintPass> pass) {
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
    return new MinutesValidator(ConstraintPass.of(Minutes.class));
  }

  /** Hibernate Validator, started on first use. */
  private Validator engine() {
    Validator started = engine;
    if (started == null) {
      synchronized (engineLock) {
        started = engine;
        if (started == null) {
          started = startEngine();
          engine = started;
        }
      }
    }
    return started;
  }

  private static Validator startEngine() {
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
    return factory.getValidator();
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
    for (ConstraintViolation<Minutes> violation : engine().validate(minutes)) {
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
