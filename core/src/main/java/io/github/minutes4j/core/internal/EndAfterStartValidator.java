package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.validation.EndAfterStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EndAfterStart}. */
public final class EndAfterStartValidator implements ConstraintValidator<EndAfterStart, Session> {

  /** Creates a validator. */
  public EndAfterStartValidator() {}

  @Override
  public boolean isValid(Session session, ConstraintValidatorContext context) {
    if (session == null || session.end().isAfter(session.start())) {
      return true;
    }
    Messages.replaceOn(
        context,
        "end",
        "must be after the start ("
            + session.start()
            + "), but is "
            + session.end()
            + "; a session that runs past midnight is two sessions");
    return false;
  }
}
