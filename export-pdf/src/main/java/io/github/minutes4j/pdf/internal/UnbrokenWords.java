package io.github.minutes4j.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps a word whole where an inline element ends or starts inside it: a bold stem and its plain
 * ending ({@code <strong>gardener</strong>s}), an italic part of a word ({@code
 * <em>over</em>grown}), or a link and the punctuation around it ({@code
 * (<a>https://example.org/plan</a>).}).
 *
 * <p>openhtmltopdf may break a line wherever one inline box ends and the next begins, whatever
 * the line breaking rules say: when the first piece of the next box does not fit, it starts the
 * next line, so that "over" ended one line and "grown" began the next, or a link's address ended
 * one line and its full stop began the next. {@link BoundaryPunctuation} moves punctuation into a
 * styled element beside it, where it may take the element's style; a link's full stop must stay
 * outside the link (it would be underlined, and inside the link's annotation and text), and
 * letters keep their own style. So each such word is put into a {@code span} laid out as an
 * inline block: one box, which the engine moves to the next line whole, as it moves a word. The
 * word reads and looks the same, and a link inside keeps its own box, underline and annotation.
 *
 * <p>An element beside the joint goes into the block whole, even when it holds several words: a
 * bold name with its genitive ending ({@code <strong>Linda Persson Melin</strong>s}) moves to the
 * next line as one piece, and the line before it may end short by as much as that piece is wide,
 * at most {@code maxWidth} (half a line); splitting the element would split its tag in the PDF's
 * structure too.
 *
 * <p>Only where a line would break badly, and a word is short enough to move: a piece that the
 * line breaking rules allow a break between ({@link QuoteAwareLineBreaker}, the engine's own
 * rules) is left alone, as is a word wider than {@code maxWidth}, which the engine must break
 * inside anyway, and every word in a table, whose columns take their width from their longest
 * word. Only on a page without right-to-left letters: there the engine's bidirectional algorithm
 * reorders each line, and an inline block is a paragraph of its own that it would reorder apart
 * from its line (a name and the Arabic comma after it, on a page with Arabic labels).
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class UnbrokenWords {

  /** The class of the span that keeps a word whole, an inline block in print. */
  static final String WORD = "m4j-word";

  /** The class of the block whose lines hold a {@link #WORD}. */
  static final String HOLDS_WORD = "m4j-holds-word";

  /**
   * The print stylesheet's rules. The engine lays an inline block out where its block's first
   * line starts, and moves it onto its own line afterwards. When that first line crossed the foot
   * of a page, the line inside the block was moved to the next page first, and the block kept the
   * height down to there: a gap of up to two lines above the line that holds it. So a block that
   * holds a word starts on the next page when less than two lines' room is left on this one, as
   * a paragraph that keeps two lines together would. (A block that starts at the top of a page
   * still gets about 3.6 points more above its second and later lines that hold such a word: the
   * engine moves a line whose glyphs reach above the page's top down by that much, the line
   * inside the block as well, before the block is put on its line.)
   */
  static final String CSS = "span." + WORD + " { display: inline-block; }\n"
      + "." + HOLDS_WORD + " { -fs-page-break-min-height: 3em; }\n";

  /** The elements that are part of a line: those a word may run through. */
  private static final Set<String> INLINE =
      Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i",
          "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
          "u", "var");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** The class of text that only screen readers get, out of the line (the HTML's stylesheet). */
  private static final String VISUALLY_HIDDEN = "visually-hidden";

  /** How much of a piece's text beside a joint decides whether a line may break there. */
  private static final int CONTEXT = 24;

  /** How much wider than the regular face's a word may be set: bold is wider. */
  private static final double BOLD_ALLOWANCE = 1.15;

  private UnbrokenWords() {}

  /**
   * Puts each word of left-to-right text that an inline element starts or ends inside into an
   * inline block.
   *
   * @param page the page; changed in place
   * @param rightToLeftText whether the page has a right-to-left letter anywhere, as for {@link
   *     DrawingOrder#apply}; then nothing changes
   * @param fonts the fonts, to measure a word
   * @param maxWidth the widest word kept whole, in ems of the body's type
   */
  static void apply(Document page, boolean rightToLeftText, FontSet fonts, double maxWidth) {
    if (rightToLeftText) {
      return;
    }
    QuoteAwareLineBreaker breaker = new QuoteAwareLineBreaker();
    for (Element element : page.body().getAllElements()) {
      if (element.firstElementChild() != null
          && !element.nameIs("table")
          && !PrintEdition.within(element, e -> e.nameIs("table"))
          && BoundaryPunctuation.leftToRight(element, false)) {
        join(element, fonts, maxWidth, breaker);
      }
    }
  }

  /** Wraps the words in an element's children that run across an element's edge. */
  private static void join(
      Element parent, FontSet fonts, double maxWidth, QuoteAwareLineBreaker breaker) {
    Node node = parent.firstChild();
    while (node != null) {
      Node next = node.nextSibling();
      if (next == null || !joined(node, next, breaker)) {
        node = next;
        continue;
      }
      List<Node> word = new ArrayList<>();
      word.add(node instanceof TextNode text ? tail(text, next, breaker) : node);
      Node current = next;
      Node after;
      while (true) {
        Node rest = current instanceof TextNode text ? splitHead(text, breaker) : null;
        word.add(current);
        Node following = current.nextSibling();
        if (rest != null || following == null || !joined(current, following, breaker)) {
          after = rest != null ? rest : following;
          break;
        }
        current = following;
      }
      String text = text(word);
      if (!edgedWithWhiteSpace(text) && fonts.width(text) * BOLD_ALLOWANCE <= maxWidth) {
        Element span = new Element("span").addClass(WORD);
        word.get(0).before(span);
        for (Node piece : word) {
          span.appendChild(piece);
        }
        markBlock(parent);
      }
      node = after;
    }
  }

  /**
   * Marks the block that an element is part of as holding a word ({@link #CSS}); not a heading,
   * whose own rule keeps more room below it than the mark would.
   */
  private static void markBlock(Element element) {
    Element block = element;
    while (block.parent() != null && INLINE.contains(block.normalName())) {
      block = block.parent();
    }
    if (!HEADINGS.contains(block.normalName())) {
      block.addClass(HOLDS_WORD);
    }
  }

  /**
   * Whether two neighbours meet inside a word: both are text or inline elements, not both text,
   * and the line breaking rules allow no break between the last character of the first and the
   * first of the second.
   */
  private static boolean joined(Node left, Node right, QuoteAwareLineBreaker breaker) {
    if (left instanceof TextNode && right instanceof TextNode) {
      return false;
    }
    String before = visibleText(left);
    String after = visibleText(right);
    // A line may break after white space at either edge, inside the box that has it.
    if (before == null || after == null || before.isBlank() || after.isBlank()
        || Character.isWhitespace(before.charAt(before.length() - 1))
        || Character.isWhitespace(after.charAt(0))) {
      return false;
    }
    String end = before.substring(Math.max(0, before.length() - CONTEXT));
    String start = after.substring(0, Math.min(CONTEXT, after.length()));
    return !breaks(breaker, end + start, end.length());
  }

  /**
   * The text of a node as the line shows it; null if it is not a piece of a line (a block, a
   * line break, a comment).
   */
  private static String visibleText(Node node) {
    if (node instanceof TextNode text) {
      return text.getWholeText();
    }
    if (node instanceof Element element
        && INLINE.contains(element.normalName())
        && !element.hasClass(VISUALLY_HIDDEN)) {
      StringBuilder text = new StringBuilder();
      for (Node child : element.childNodes()) {
        String shown = visibleText(child);
        if (shown == null) {
          return null;
        }
        text.append(shown);
      }
      return text.toString();
    }
    return node instanceof Element element && element.hasClass(VISUALLY_HIDDEN) ? "" : null;
  }

  /**
   * The end of a text from its last break opportunity, split off as a node of its own if the
   * text has one; else the text itself.
   */
  private static TextNode tail(TextNode text, Node next, QuoteAwareLineBreaker breaker) {
    String whole = text.getWholeText();
    String after = visibleText(next);
    breaker.setText(whole + after.substring(0, Math.min(CONTEXT, after.length())));
    int last = 0;
    for (int at = breaker.next(); at > 0 && at < whole.length(); at = breaker.next()) {
      last = at;
    }
    return last == 0 ? text : text.splitText(last);
  }

  /**
   * Splits a text at its first break opportunity, less the white space before it, so that the
   * text keeps only its first word; the rest, or null if the whole text is one word. White space
   * in an inline block would widen it, and the engine sizes the block without it.
   */
  private static TextNode splitHead(TextNode text, QuoteAwareLineBreaker breaker) {
    String whole = text.getWholeText();
    breaker.setText(whole);
    int first = breaker.next();
    if (first <= 0 || first > whole.length()) {
      first = whole.length();
    }
    while (first > 1 && Character.isWhitespace(whole.charAt(first - 1))) {
      first--;
    }
    return first < whole.length() ? text.splitText(first) : null;
  }

  /** Whether the rules allow a line break at an index of a text. */
  private static boolean breaks(QuoteAwareLineBreaker breaker, String text, int index) {
    breaker.setText(text);
    for (int at = breaker.next(); at >= 0 && at <= index; at = breaker.next()) {
      if (at == index) {
        return true;
      }
    }
    return false;
  }

  /** The text a word's pieces show. */
  private static String text(List<Node> word) {
    StringBuilder text = new StringBuilder();
    for (Node piece : word) {
      text.append(visibleText(piece));
    }
    return text.toString();
  }

  /**
   * Whether a word's text starts or ends with white space: an element's own ("see<b> SKR</b>s"),
   * as texts are split beside it. The engine drops white space at the edge of an inline block,
   * so such a word is left to break as the engine breaks it, rather than lose its space.
   */
  private static boolean edgedWithWhiteSpace(String text) {
    return !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
