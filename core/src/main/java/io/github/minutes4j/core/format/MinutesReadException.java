package io.github.minutes4j.core.format;

import io.github.minutes4j.core.Minutes4jException;
import java.util.Objects;

/**
 * Thrown when input cannot be read as minutes: malformed syntax, a wrong type, an unknown or
 * missing property, a value out of range, or input over a size limit. The message says what is
 * wrong, where, and how to fix it.
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures.
 *
 * @since 0.1.0
 */
public final class MinutesReadException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** @serial where the problem is */
  private final SourceLocation location;

  /** @serial the problem without the location */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param location where the problem is
   * @param problem what is wrong and how to fix it
   * @param cause the underlying error, or null
   * @throws NullPointerException if {@code location} or {@code problem} is null
   */
  public MinutesReadException(SourceLocation location, String problem, Throwable cause) {
    super(Objects.requireNonNull(location, "location") + ": " + problem, cause);
    this.location = location;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * Where the problem is.
   *
   * @return the location; never null
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * What is wrong and how to fix it, without the location.
   *
   * @return the problem; never null
   */
  public String problem() {
    return problem;
  }
}
