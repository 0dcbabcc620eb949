package io.github.minutes4j.core.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a short line of plain text given in the options, such as a footer, a label or an alt text.
 *
 * <p>It refuses what the minutes' own text refuses and a line cannot hold: line breaks, control
 * characters, the bidirectional embeddings, overrides and isolates (which reorder what follows
 * them), unpaired surrogates and noncharacters. It keeps the invisible characters that words need
 * and the minutes' text may have too: the zero width non-joiner and joiner of Persian and the
 * Indic scripts, the soft hyphen, the directional marks; but a text of nothing else (a zero width
 * space, a word joiner, a byte order mark) is blank, as the minutes' text is, since it would print
 * as an empty heading or footer.
 */
public final class OneLine {

  private OneLine() {}

  /**
   * What is wrong with a line of text, if anything. The caller adds what to do about it.
   *
   * @param text the text
   * @param max the most characters (code points) it may have
   * @return such as {@code is blank}, {@code is blank: it shows nothing, as it holds only white
   *     space and invisible characters (U+200B at index 0)}, {@code has 300 characters, more than
   *     200} or {@code has the line break U+000A at index 4}; empty if the text is fine
   */
  public static Optional<String> problem(String text, int max) {
    if (text.isBlank()) {
      return Optional.of("is blank");
    }
    String invisible = TextValidator.whyNothingShows(text);
    if (invisible != null) {
      return Optional.of("is blank: " + invisible);
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      return Optional.of("has " + length + " characters, more than " + max);
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String name = forbidden(c);
      if (name != null) {
        return Optional.of(String.format(Locale.ROOT, "has %s U+%04X at index %d", name, c, i));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * Whether a text shows nothing: only white space and invisible characters, which {@link
   * #problem} calls blank.
   *
   * @param text the text
   * @return true if no character of the text shows
   */
  public static boolean isBlank(String text) {
    return TextValidator.showsNothing(text);
  }

  private static String forbidden(int c) {
    return Characters.isLineBreak(c) ? "the line break" : Characters.forbiddenName(c);
  }

}
