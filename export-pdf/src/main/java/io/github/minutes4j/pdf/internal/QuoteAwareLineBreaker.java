package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker (the JDK's line {@link BreakIterator}, aware of URLs), except that
 * a line never breaks between a quotation mark and the word it quotes, nor inside a reference
 * such as "(2017/18:249)".
 *
 * <p>The JDK takes "”" (U+201D) for a closing quotation mark only, and allows a break after it
 * before a letter. Swedish opens and closes quotations with "”", so "verktyget ”Vården i
 * Siffror”" could end a line with a lone "”" and start the next with "Vården". Unicode's line
 * breaking rules (UAX #14, LB19) forbid breaks on either side of a quotation mark unless there is
 * a space; this breaker drops the JDK's break opportunities that are right after a quotation mark
 * or right before one, with no white space between.
 *
 * <p>Not thread-safe, like every {@link FSTextBreaker}: one per render.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
final class QuoteAwareLineBreaker implements FSTextBreaker {

  /**
   * Cloned for each breaker, never used itself. {@code getLineInstance} parses the JDK's rule
   * tables anew each time (about 100 KB per render); a clone shares them, and cloning only reads
   * the prototype, so threads may clone it at the same time.
   */
  private static final BreakIterator LINES = BreakIterator.getLineInstance(Locale.ROOT);

  private final FSTextBreaker delegate =
      new UrlAwareLineBreakIterator((BreakIterator) LINES.clone());
  private String text = "";

  @Override
  public void setText(String newText) {
    this.text = newText;
    delegate.setText(newText);
  }

  @Override
  public int next() {
    int position = delegate.next();
    while (position != BreakIterator.DONE && !allowed(position)) {
      position = delegate.next();
    }
    return position;
  }

  private boolean allowed(int position) {
    if (position <= 0 || position >= text.length()) {
      return true;
    }
    char before = text.charAt(position - 1);
    char after = text.charAt(position);
    return !(isQuote(before) && !Character.isWhitespace(after)
        || isQuote(after) && !Character.isWhitespace(before)
        || insideReference(position));
  }

  /**
   * Whether a break would split a reference such as "2017/18:249" or "2018/19:SoU12": on either
   * side of a slash or colon between a digit and a letter or digit. The JDK allows breaks before
   * and after the slash; Unicode's rules (UAX #14, LB25) keep such numbers whole.
   */
  private boolean insideReference(int position) {
    return joinsReference(position - 1) || joinsReference(position);
  }

  /** Whether the character at an index is a slash or colon between a digit and a letter or digit. */
  private boolean joinsReference(int index) {
    if (index < 1 || index + 1 >= text.length()) {
      return false;
    }
    char separator = text.charAt(index);
    return (separator == '/' || separator == ':')
        && Character.isDigit(text.charAt(index - 1))
        && Character.isLetterOrDigit(text.charAt(index + 1));
  }

  /** Unicode's line breaking class QU: quotation marks. */
  static boolean isQuote(char c) {
    int type = Character.getType(c);
    return c == '"'
        || c == '\''
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
