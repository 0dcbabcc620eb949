package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.validation.EndAfterStart;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks {@link EndAfterStart}: the session's times and its adjournments'. */
public final class EndAfterStartValidator implements ConstraintValidator<EndAfterStart, Session> {

  /** Creates a validator. */
  public EndAfterStartValidator() {}

  @Override
  public boolean isValid(Session session, ConstraintValidatorContext context) {
    if (session == null) {
      return true;
    }
    List<String[]> problems = new ArrayList<>();
    Optional<LocalTime> start = session.start();
    Optional<LocalTime> end = session.end();
    if (end.isPresent() && start.isEmpty()) {
      problems.add(
          new String[] {
            "end", "has no start; give the start too, or leave both out if they were not recorded"
          });
    } else if (end.isPresent() && !end.get().isAfter(start.get())) {
      problems.add(
          new String[] {
            "end",
            "must be after the start ("
                + start.get()
                + "), but is "
                + end.get()
                + "; a session that runs past midnight is two sessions"
          });
    }
    List<Adjournment> adjournments = session.adjournments();
    for (int i = 0; i < adjournments.size(); i++) {
      Adjournment adjournment = adjournments.get(i);
      String at = "adjournments[" + i + "]";
      if (!adjournment.end().isAfter(adjournment.start())) {
        problems.add(
            new String[] {
              at + ".end",
              "must be after the adjournment's start (" + adjournment.start() + "), but is "
                  + adjournment.end()
            });
      } else if (start.isPresent() && adjournment.start().isBefore(start.get())
          || end.isPresent() && adjournment.end().isAfter(end.get())) {
        problems.add(
            new String[] {
              at,
              "lies outside the session ("
                  + start.map(LocalTime::toString).orElse("?")
                  + "-"
                  + end.map(LocalTime::toString).orElse("?")
                  + "); an adjournment is a break within it"
            });
      } else {
        overlap(adjournments, i, problems);
      }
    }
    if (problems.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (String[] problem : problems) {
      Messages.addAt(context, problem[0], problem[1]);
    }
    return false;
  }

  /**
   * Reports adjournment {@code i} if it overlaps one before it that ends after it starts (the
   * meeting cannot be adjourned twice at once); two that meet (one ending at 10.30, the next
   * starting at 10.30) do not overlap.
   */
  private static void overlap(List<Adjournment> adjournments, int i, List<String[]> problems) {
    Adjournment adjournment = adjournments.get(i);
    for (int j = 0; j < i; j++) {
      Adjournment other = adjournments.get(j);
      if (other.end().isAfter(other.start())
          && adjournment.start().isBefore(other.end())
          && other.start().isBefore(adjournment.end())) {
        problems.add(
            new String[] {
              "adjournments[" + i + "]",
              "overlaps adjournments["
                  + j
                  + "] ("
                  + other.start()
                  + "-"
                  + other.end()
                  + "); a session is adjourned once at a time: join them into one, or correct the"
                  + " times"
            });
        return;
      }
    }
  }
}
