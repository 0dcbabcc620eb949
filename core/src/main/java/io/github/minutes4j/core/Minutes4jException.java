package io.github.minutes4j.core;

/**
 * The common type of every exception that minutes4j throws on purpose: invalid minutes, input that
 * cannot be read, a format that is not installed, providers that cannot be registered together, an
 * option a format cannot give, an extract's numbers that the minutes lack, and an exporter's own
 * refusals (such as the PDF exporter's characters it cannot print). Catch it to
 * handle every such failure in one place; catch a subclass to handle one of them and use the data
 * it carries.
 *
 * <p>Each subclass says what is wrong, where, and how to fix it in its message. The type is
 * unchecked, like the {@link RuntimeException}s it replaces, and abstract: every instance is one of
 * the specific kinds. Exporters in other modules may extend it for their own refusals.
 *
 * <p>Not thrown for programming errors such as a {@code null} argument ({@link
 * NullPointerException}), not for I/O failures, which exporters and readers report as {@link
 * java.io.IOException}, and not for an unusable logo, an {@link
 * io.github.minutes4j.core.format.InvalidLogoException} (an {@link IllegalArgumentException}, also
 * thrown by the PDF export for an SVG logo).
 *
 * @since 0.2.0
 */
public abstract class Minutes4jException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, where, and how to fix it; may be null only if a subclass
   *     overrides {@link #getMessage()}
   * @since 0.2.0
   */
  protected Minutes4jException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, where, and how to fix it
   * @param cause the underlying error, or null if there is none
   * @since 0.2.0
   */
  protected Minutes4jException(String message, Throwable cause) {
    super(message, cause);
  }
}
