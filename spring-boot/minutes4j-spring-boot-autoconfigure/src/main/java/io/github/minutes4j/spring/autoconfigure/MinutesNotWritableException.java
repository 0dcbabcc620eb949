package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Minutes4jException;
import java.util.Objects;

/**
 * Valid minutes that the negotiated format refuses to write, such as characters the PDF's fonts
 * cannot draw: thrown by {@link MinutesHttpMessageConverter} before anything is written, with the
 * exporter's refusal as the cause, and answered with 422 Unprocessable Content by {@link
 * MinutesProblemDetails}.
 *
 * @since 0.3.0
 */
public final class MinutesNotWritableException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** @serial the id of the format that refuses the minutes */
  private final String format;

  /**
   * Creates the exception.
   *
   * @param format the id of the format that refuses the minutes, such as {@code pdf}; never null
   * @param refusal the exporter's refusal, which says what, where and how to fix it; never null
   * @throws NullPointerException if an argument is null
   */
  public MinutesNotWritableException(String format, Minutes4jException refusal) {
    super(
        "The "
            + Objects.requireNonNull(format, "format")
            + " format cannot write these minutes: "
            + Objects.requireNonNull(refusal, "refusal").getMessage(),
        refusal);
    this.format = format;
  }

  /**
   * The format that refuses the minutes.
   *
   * @return its id, such as {@code pdf}; never null
   */
  public String format() {
    return format;
  }

  /**
   * The exporter's refusal.
   *
   * @return the cause; never null
   */
  public Minutes4jException refusal() {
    return (Minutes4jException) getCause();
  }
}
