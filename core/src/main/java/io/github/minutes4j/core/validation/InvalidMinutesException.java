package io.github.minutes4j.core.validation;

import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.internal.NonNullLists;
import java.util.List;

/**
 * Thrown when minutes are not valid, carrying every violation at once. Exporters throw it before
 * writing anything.
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures.
 *
 * @since 0.1.0
 */
public final class InvalidMinutesException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** @serial the violations, in path order */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidMinutesException(List<Violation> violations) {
    super(messageOf(NonNullLists.copyOf(violations, "violations")));
    this.violations = List.copyOf(violations);
  }

  /**
   * Every violation, in path order.
   *
   * @return the violations; never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String messageOf(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidMinutesException needs a violation");
    }
    StringBuilder message =
        new StringBuilder()
            .append("The minutes are not valid (")
            .append(violations.size())
            .append(violations.size() == 1 ? " problem" : " problems")
            .append("):");
    for (Violation violation : violations) {
      message.append("\n  ").append(violation);
    }
    return message.toString();
  }
}
