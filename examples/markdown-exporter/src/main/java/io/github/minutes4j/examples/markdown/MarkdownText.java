package io.github.minutes4j.examples.markdown;

import io.github.minutes4j.core.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text of the minutes into Markdown that renders it literally, following CommonMark and the
 * GitHub tables extension. Stateless.
 *
 * <p>Three rules keep text from becoming markup: characters that start inline markup anywhere
 * ({@code \ ` * _ [ ] < > # | ~ &}) get a backslash; at the start of a line, where a character can
 * start a block (a list, a heading underline, a code block), the leading white space is dropped
 * (Markdown ignores it anyway) and {@code - + =} and the dot or parenthesis of {@code 1.} get a
 * backslash; and link addresses escape what would end or change them.
 */
final class MarkdownText {

  private static final String ESCAPED_EVERYWHERE = "\\`*_[]<>#|~&";
  private static final String ESCAPED_IN_ADDRESS = "\\()<>&` ";

  private MarkdownText() {}

  /**
   * Text that renders as itself inside a line.
   *
   * @param text any text; never null
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ESCAPED_EVERYWHERE.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * Escaped text made safe to stand at the start of a line of a paragraph or list item.
   *
   * @param escaped text already passed through {@link #escape} or {@link #inlines}
   * @return the text without leading spaces or tabs, its first character escaped if it could
   *     start a block
   */
  static String lineStart(String escaped) {
    int start = 0;
    while (start < escaped.length()
        && (escaped.charAt(start) == ' ' || escaped.charAt(start) == '\t')) {
      start++;
    }
    String line = escaped.substring(start);
    if (line.isEmpty()) {
      return line;
    }
    char first = line.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return "\\" + line;
    }
    int digits = 0;
    while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < line.length()
        && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
      return line.substring(0, digits) + "\\" + line.substring(digits);
    }
    return line;
  }

  /**
   * A link address as the destination of an inline link, {@code [text](address)}.
   *
   * @param address a validated address; never null
   * @return the address with characters that would end or change it escaped
   */
  static String address(String address) {
    StringBuilder escaped = new StringBuilder(address.length() + 8);
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == ' ') {
        escaped.append("%20");
        continue;
      }
      if (ESCAPED_IN_ADDRESS.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * A sequence of spans as one line of Markdown: strong text as {@code **text**}, emphasis as
   * {@code *text*}, a link as {@code [text](address)} and a link whose address is a placeholder as
   * its text alone.
   *
   * <p>Markdown only reads {@code **} as strong where it stands next to white space or a letter in
   * the right way (CommonMark's "flanking" rules): {@code **VGR:**s} is not bold. Where a
   * delimiter would not be read, or would touch another span's delimiter, the span is written
   * with the inline HTML tags {@code <strong>} or {@code <em>} instead, which Markdown passes
   * through; its text is escaped all the same.
   *
   * @param spans the spans; never null
   * @return the line, not yet made safe for the start of a line
   */
  static String inlines(List<Inline> spans) {
    List<Piece> pieces = new ArrayList<>(spans.size());
    for (Inline span : spans) {
      pieces.add(Piece.of(span));
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      line.append(piece.before);
      if (piece.delimiter.isEmpty()) {
        line.append(piece.body);
      } else {
        int previous = line.length() == 0 ? -1 : line.codePointBefore(line.length());
        boolean touchesDelimiter = piece.before.isEmpty() && i > 0 && pieces.get(i - 1).delimited();
        String following = followingText(pieces, i);
        int next = following.isEmpty() ? -1 : following.codePointAt(0);
        boolean readable =
            !touchesDelimiter
                && !piece.body.isEmpty()
                && opens(previous, piece.body.codePointAt(0))
                && closes(piece.body.codePointBefore(piece.body.length()), next)
                && !(piece.after.isEmpty()
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1).opensWithDelimiter());
        if (readable) {
          line.append(piece.delimiter).append(piece.body).append(piece.delimiter);
        } else {
          line.append('<').append(piece.tag).append('>');
          line.append(piece.body);
          line.append("</").append(piece.tag).append('>');
        }
      }
      line.append(piece.after);
    }
    return line.toString();
  }

  private static String followingText(List<Piece> pieces, int index) {
    if (index + 1 >= pieces.size()) {
      return pieces.get(index).after;
    }
    Piece next = pieces.get(index + 1);
    return pieces.get(index).after + next.before + next.delimiter + next.body;
  }

  /** Whether a run of asterisks between two code points (-1 for none) can open emphasis. */
  private static boolean opens(int before, int after) {
    if (isWhitespace(after)) {
      return false;
    }
    return !isPunctuation(after) || isWhitespace(before) || isPunctuation(before);
  }

  /** Whether a run of asterisks between two code points (-1 for none) can close emphasis. */
  private static boolean closes(int before, int after) {
    if (isWhitespace(before)) {
      return false;
    }
    return !isPunctuation(before) || isWhitespace(after) || isPunctuation(after);
  }

  private static boolean isWhitespace(int c) {
    return c == -1
        || c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isPunctuation(int c) {
    if (c == -1) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  /** One span, escaped: white space before, the body, white space after. */
  private static final class Piece {
    final String before;
    final String body;
    final String after;
    final String delimiter;
    final String tag;

    private Piece(String before, String body, String after, String delimiter, String tag) {
      this.before = before;
      this.body = body;
      this.after = after;
      this.delimiter = delimiter;
      this.tag = tag;
    }

    boolean delimited() {
      return !delimiter.isEmpty();
    }

    boolean opensWithDelimiter() {
      return delimited() && before.isEmpty();
    }

    static Piece of(Inline span) {
      if (span instanceof Inline.Strong) {
        return framed(span.text(), "**", "strong");
      }
      if (span instanceof Inline.Emphasis) {
        return framed(span.text(), "*", "em");
      }
      if (span instanceof Inline.Hyperlink) {
        Inline.Hyperlink link = (Inline.Hyperlink) span;
        String text = escape(link.text());
        String body =
            link.target()
                .address()
                .map(address -> "[" + text + "](" + address(address) + ")")
                .orElse(text);
        return new Piece("", body, "", "", "");
      }
      return new Piece("", escape(span.text()), "", "", "");
    }

    /** Moves white space at either end outside the delimiters, where Markdown requires it. */
    private static Piece framed(String text, String delimiter, String tag) {
      int start = 0;
      while (start < text.length() && isWhitespace(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
      }
      int end = text.length();
      while (end > start && isWhitespace(text.codePointBefore(end))) {
        end -= Character.charCount(text.codePointBefore(end));
      }
      if (start == end) {
        return new Piece("", text, "", "", "");
      }
      return new Piece(
          text.substring(0, start),
          escape(text.substring(start, end)),
          text.substring(end),
          delimiter,
          tag);
    }
  }
}
