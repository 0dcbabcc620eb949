package io.github.minutes4j.core.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Messages#addAt}: a violation put at a nested path comes back from the validator at that
 * path, as {@link ViolationPaths} writes it, whatever the shape: a property, properties below
 * properties, a list position in the middle or at the end, several positions; and its message is
 * used literally.
 */
class MessagesTest {

  /** Reports one violation at each of the probe's paths, with the path as its message. */
  @Constraint(validatedBy = AtPathsValidator.class)
  @Target(TYPE)
  @Retention(RUNTIME)
  public @interface AtPaths {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** The validator of {@link AtPaths}; public, for Hibernate Validator. */
  public static final class AtPathsValidator implements ConstraintValidator<AtPaths, Probe> {
    /** Creates the validator. */
    public AtPathsValidator() {}

    @Override
    public boolean isValid(Probe probe, ConstraintValidatorContext context) {
      context.disableDefaultConstraintViolation();
      for (String path : probe.paths()) {
        Messages.addAt(context, path, "at " + path + " {not} ${interpolated}");
      }
      return probe.paths().isEmpty();
    }
  }

  /** Something to validate: the paths to report at. */
  @AtPaths
  public record Probe(List<String> paths) {}

  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<String> reported(String... paths) {
    Validator validator = FACTORY.getValidator();
    Set<ConstraintViolation<Probe>> violations = validator.validate(new Probe(List.of(paths)));
    for (ConstraintViolation<Probe> violation : violations) {
      String path = ViolationPaths.format(violation.getPropertyPath());
      assertEquals("at " + path + " {not} ${interpolated}", violation.getMessage());
    }
    return violations.stream()
        .map(v -> ViolationPaths.format(v.getPropertyPath()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aViolationComesBackAtItsPathWhateverItsShape() {
    List<String> paths =
        List.of(
            "chair",
            "notice.removed",
            "adjusters[1]",
            "attendees[2].substituteFor",
            "attendees[5].person.name",
            "agenda[3].votes[0].tally",
            "agenda[1].proposalOrder[2]",
            "agenda[1].votes[0].ballots[2].voter",
            "agenda[12].decisions[10].clauses[0]");

    assertEquals(new TreeSet<>(paths), reported(paths.toArray(String[]::new)));
  }

  @Test
  void eachPathIsReportedOnItsOwn() {
    assertEquals(Set.of("adjusters[0]"), reported("adjusters[0]"));
    assertEquals(Set.of("adjusters[0].name"), reported("adjusters[0].name"));
    assertEquals(Set.of(), reported());
  }
}
