package io.github.minutes4j.core.format;

import io.github.minutes4j.core.Minutes4jException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when no installed provider handles a format. The message lists the installed formats and,
 * for a format minutes4j ships, the artifact to add.
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures.
 *
 * @since 0.1.0
 */
public final class UnknownFormatException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** @serial what was asked for */
  private final String requested;

  /** @serial the ids of the installed formats */
  private final List<String> installed;

  /**
   * Creates the exception.
   *
   * @param requested what was asked for, such as {@code docx}
   * @param installed the ids of the installed formats
   * @param message the full message
   */
  UnknownFormatException(String requested, List<String> installed, String message) {
    super(message);
    this.requested = Objects.requireNonNull(requested, "requested");
    this.installed = List.copyOf(installed);
  }

  /**
   * What was asked for: an id, a media type or a file name.
   *
   * @return the request; never null
   */
  public String requested() {
    return requested;
  }

  /**
   * The ids of the formats that are installed.
   *
   * @return the ids, sorted; never null
   */
  public List<String> installed() {
    return installed;
  }
}
