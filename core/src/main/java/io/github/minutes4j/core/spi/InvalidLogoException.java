package io.github.minutes4j.core.spi;

/**
 * A logo that cannot be used: not a PNG, JPEG or SVG image, too large, with active content (a
 * script, an event handler, a reference to another file), or in a form an exporter cannot draw.
 * The message says what is wrong and how to mend it.
 *
 * @since 0.2.0
 */
public final class InvalidLogoException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the logo and how to mend it; never null
   */
  public InvalidLogoException(String message) {
    super(message);
  }
}
