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

  /** @serial whether the input is of the format but holds no minutes at all */
  private final boolean carriesNoMinutes;

  /**
   * Creates the exception.
   *
   * @param location where the problem is
   * @param problem what is wrong and how to fix it
   * @param cause the underlying error, or null
   * @throws NullPointerException if {@code location} or {@code problem} is null
   */
  public MinutesReadException(SourceLocation location, String problem, Throwable cause) {
    this(location, problem, cause, false);
  }

  private MinutesReadException(
      SourceLocation location, String problem, Throwable cause, boolean carriesNoMinutes) {
    super(Objects.requireNonNull(location, "location") + ": " + problem, cause);
    this.location = location;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.carriesNoMinutes = carriesNoMinutes;
  }

  /**
   * Creates the exception for input that is a sound file of the reader's format but holds no
   * minutes at all, such as a PDF written without the minutes attached: not a damaged input, but
   * another kind of file, which a tool reading a folder may pass over.
   *
   * @param location where the minutes would be
   * @param problem what is missing and how to get a file that has it
   * @return the exception, for which {@link #carriesNoMinutes()} is true; never null
   * @throws NullPointerException if {@code location} or {@code problem} is null
   * @since 0.3.0
   */
  public static MinutesReadException carryingNoMinutes(SourceLocation location, String problem) {
    return new MinutesReadException(location, problem, null, true);
  }

  /**
   * Whether the input holds no minutes at all (it is sound, but another kind of file of the
   * format), rather than minutes that cannot be read.
   *
   * @return true if made by {@link #carryingNoMinutes}
   * @since 0.3.0
   */
  public boolean carriesNoMinutes() {
    return carriesNoMinutes;
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
