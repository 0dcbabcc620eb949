package io.github.minutes4j.core.validation;

import java.util.Objects;

/**
 * One thing wrong with a set of minutes: where, and what to do about it.
 *
 * @param path where in the minutes, such as {@code agenda[2].presenters[0].name}; empty for the
 *     minutes as a whole
 * @param message what is wrong and how to fix it, in English
 * @since 0.1.0
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  /**
   * Creates a violation.
   *
   * @param path where in the minutes, such as {@code agenda[2].presenters[0].name}; empty for the minutes as a whole
   * @param message what is wrong and how to fix it, in English
   * @throws NullPointerException if an argument is null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** Orders by path, then message, so reports read in a stable order. */
  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /**
   * The violation as one line, {@code path: message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(minutes)" : path) + ": " + message;
  }
}
