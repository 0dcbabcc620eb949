package io.github.minutes4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Minutes;
import java.util.List;

/**
 * Validates as users do, and checks on the way that the quick pass of {@link MinutesValidator}
 * agrees with Hibernate Validator alone: it lets through exactly the documents the engine finds no
 * violation in (so it never lets an invalid one through, and does not send valid ones to the engine
 * for nothing), and the violations are the engine's.
 */
final class EngineAgreement {

  private EngineAgreement() {}

  /**
   * {@link MinutesValidator#validate} of the shared validator, checked against the engine alone.
   *
   * @param minutes the minutes
   * @return the violations
   */
  static List<Violation> validate(Minutes minutes) {
    MinutesValidator validator = MinutesValidator.shared();
    List<Violation> engine = validator.engineViolations(minutes);
    assertEquals(
        engine.isEmpty(),
        validator.passes(minutes),
        "the quick pass must let through exactly what the engine finds valid; the engine found "
            + engine);
    List<Violation> violations = validator.validate(minutes);
    assertEquals(engine, violations);
    return violations;
  }
}
