package io.github.minutes4j.core.internal;

import java.util.Locale;
import java.util.Optional;

/** Checks a short line of plain text given in the options, such as a footer or an alt text. */
public final class OneLine {

  private OneLine() {}

  /**
   * What is wrong with a line of text, if anything.
   *
   * @param text the text
   * @param max the most characters (code points) it may have
   * @return such as {@code is blank}, {@code has 300 characters; give at most 200} or {@code has
   *     the control or format character U+000A at index 4; give one line of plain text}; empty if
   *     the text is fine
   */
  public static Optional<String> problem(String text, int max) {
    if (text.isBlank()) {
      return Optional.of("is blank");
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      return Optional.of("has " + length + " characters; give at most " + max);
    }
    int bad =
        text.codePoints()
            .filter(
                c ->
                    Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR)
            .findFirst()
            .orElse(-1);
    if (bad >= 0) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "has the control or format character U+%04X at index %d; give one line of plain"
                  + " text",
              bad,
              text.indexOf(bad)));
    }
    return Optional.empty();
  }
}
