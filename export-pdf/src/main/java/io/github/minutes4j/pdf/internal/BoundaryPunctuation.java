package io.github.minutes4j.pdf.internal;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps punctuation on the line of the word it belongs to where an inline element ends or starts
 * beside it, as in {@code <bdi>Bo Berg</bdi>, <bdi>Eva Ek</bdi>} or {@code <strong>the
 * budget</strong>!}.
 *
 * <p>openhtmltopdf may break a line wherever one inline box ends and the next begins: when the
 * first piece of the next box (", ") does not fit on the line, it starts the next line with it,
 * whatever the line breaking rules say, so a line began with a comma or ended with a lone "(".
 * Unicode's rules (UAX #14) allow no break before closing punctuation, nor after opening
 * punctuation. So a run of closing punctuation right after an inline element moves to the end of
 * that element's text, and a run of opening punctuation right before one moves to the start of its
 * text: one text, which the engine breaks only where the rules allow. Only the punctuation moves,
 * and it takes the element's style: a comma after a bold word is bold, the price of staying on its
 * line. Names and a link's printed address are not styled, so there nothing shows.
 *
 * <p>Only left-to-right text on a left-to-right page: where right-to-left text or a right-to-left
 * direction is near, which text stands directly in the block decides the layout ({@link
 * BidiPrint}), and even a left-to-right phrase on a right-to-left page moves if its commas do.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class BoundaryPunctuation {

  /**
   * The elements that are part of a line, whose text the punctuation may join: those whose style
   * punctuation may take. Not a link (a full stop inside it would be underlined and read as part of
   * its address), nor raised, smaller, struck-through or code text.
   */
  private static final Set<String> INLINE =
      Set.of("abbr", "b", "bdi", "bdo", "data", "em", "i", "span", "strong", "time");

  /** Closing punctuation of the kinds general categories do not name (other punctuation). */
  private static final String CLOSING = ",.:;!?\u2026\u203c\u203d\u2047\u2048\u2049%\u2030\u2031"
      + "\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\"'";

  /** Opening punctuation of the kinds general categories do not name. */
  private static final String OPENING = "\u00bf\u00a1\"'";

  private BoundaryPunctuation() {}

  /**
   * Moves the punctuation beside each inline element of left-to-right text into it.
   *
   * @param page the page; changed in place
   * @param rightToLeftText whether the page has a right-to-left letter anywhere, as for {@link
   *     DrawingOrder#apply}
   */
  static void apply(Document page, boolean rightToLeftText) {
    for (Element element : page.body().getAllElements()) {
      if (element.firstElementChild() == null || !leftToRight(element, rightToLeftText)) {
        continue;
      }
      for (Node child : List.copyOf(element.childNodes())) {
        if (child instanceof TextNode text) {
          glue(text);
        }
      }
    }
  }

  /**
   * Whether an element and all around it are left to right: no element up to the root has another
   * direction, and the element's text has no right-to-left letter.
   */
  static boolean leftToRight(Element element, boolean rightToLeftText) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("dir") && !"ltr".equals(e.attr("dir"))) {
        return false;
      }
    }
    return !rightToLeftText || !LogicalOrder.hasRightToLeft(element.wholeText());
  }

  /** Moves a text's closing punctuation into the element before it, and its opening into the next. */
  private static void glue(TextNode text) {
    String whole = text.getWholeText();
    int start = 0;
    TextNode before = edgeText(text.previousSibling(), false);
    if (before != null && !endsWithSpace(before.getWholeText())) {
      while (start < whole.length() && isClosing(whole.charAt(start))) {
        start++;
      }
      if (start > 0) {
        before.text(before.getWholeText() + whole.substring(0, start));
      }
    }
    int end = whole.length();
    TextNode after = edgeText(text.nextSibling(), true);
    if (after != null && !after.getWholeText().isEmpty()
        && !Character.isWhitespace(after.getWholeText().charAt(0))) {
      while (end > start && isOpening(whole.charAt(end - 1))) {
        end--;
      }
      if (end < whole.length()) {
        after.text(whole.substring(end) + after.getWholeText());
      }
    }
    if (start == end) {
      text.remove();
    } else if (start > 0 || end < whole.length()) {
      text.text(whole.substring(start, end));
    }
  }

  /**
   * The first (or last) text of an inline element, going into its inline elements; null if the
   * node is not an inline element or it has no text there.
   */
  private static TextNode edgeText(Node node, boolean first) {
    while (node instanceof Element element && INLINE.contains(element.normalName())) {
      node = first ? element.firstChild() : element.lastChild();
    }
    return node instanceof TextNode text ? text : null;
  }

  private static boolean endsWithSpace(String text) {
    return text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
  }

  /** Whether no line may break before a character (UAX #14: CL, CP, EX, IS, QU and the like). */
  static boolean isClosing(char c) {
    int type = Character.getType(c);
    return type == Character.END_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || CLOSING.indexOf(c) >= 0;
  }

  /** Whether no line may break after a character (UAX #14: OP, QU and the like). */
  static boolean isOpening(char c) {
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || OPENING.indexOf(c) >= 0;
  }
}
