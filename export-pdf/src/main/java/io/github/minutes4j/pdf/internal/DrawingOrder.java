package io.github.minutes4j.pdf.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes the engine draw a line's text in reading order, so that a reader of the PDF's content
 * (text extraction, copy and paste, a screen reader without the structure) gets it in that order.
 *
 * <p>openhtmltopdf draws a line in pieces: the text that stands directly in a block together, and
 * the text of each inline element ({@code bdi}, {@code span}, {@code a}) after it. On the page every
 * piece is in its place, but in the content stream a cell such as {@code <td><bdi>Anna Ek</bdi>,
 * <bdi>Bo Berg</bdi> (<bdi>ordförande</bdi>)</td>} reads "Anna Ek, ( )Bo Berg ordförande", and when
 * the role runs onto a second line, that line's ")" comes before the rest of the role. So each
 * piece of text that stands between inline elements is put into a {@code span} of its own: then
 * every piece of the line is an inline element, and the engine draws them in order.
 *
 * <p>Only left-to-right text: right-to-left text is drawn in visual order anyway and read back
 * through its {@code /ActualText} ({@link LogicalOrder}), and its layout depends on which text
 * stands directly in the block ({@link BidiPrint}).
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
final class DrawingOrder {

  private DrawingOrder() {}

  /**
   * Puts each text that stands beside an element into a {@code span}.
   *
   * @param page the page; changed in place
   * @param rightToLeftText whether the page has a right-to-left letter anywhere ({@link
   *     #anyText}): one look at the text instead of one per element, whose text is its whole
   *     subtree's
   */
  static void apply(Document page, boolean rightToLeftText) {
    for (Element element : page.body().getAllElements()) {
      if (element.firstElementChild() == null || !leftToRight(element, rightToLeftText)) {
        continue;
      }
      List<TextNode> texts = new ArrayList<>();
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode && !((TextNode) child).isBlank()) {
          texts.add((TextNode) child);
        }
      }
      for (TextNode text : texts) {
        // As text.wrap("<span></span>"), without parsing the span as HTML for every text.
        Element span = new Element("span");
        text.replaceWith(span);
        span.appendChild(text);
      }
    }
  }

  /**
   * Whether a text node in an element (its text as its {@code wholeText()} has it, node by node)
   * passes a test; without joining the text into one string.
   *
   * @param root the element
   * @param test the test of one text node's text
   * @return whether one passes
   */
  static boolean anyText(Element root, Predicate<String> test) {
    Iterator<TextNode> nodes = root.nodeStream(TextNode.class).iterator();
    while (nodes.hasNext()) {
      if (test.test(nodes.next().getWholeText())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element is in a left-to-right context and has no right-to-left letter. */
  private static boolean leftToRight(Element element, boolean rightToLeftText) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("dir")) {
        if (!"ltr".equals(e.attr("dir"))) {
          return false;
        }
        break;
      }
    }
    return !rightToLeftText || !LogicalOrder.hasRightToLeft(element.wholeText());
  }
}
