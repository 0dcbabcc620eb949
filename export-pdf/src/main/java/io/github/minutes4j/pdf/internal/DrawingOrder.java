package io.github.minutes4j.pdf.internal;

import java.util.ArrayList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
   */
  static void apply(Document page) {
    // One look at the whole text instead of one per element (each element's text is its whole
    // subtree's): a page without right-to-left letters has none in any element.
    boolean rightToLeftText =
        page.body().wholeText().codePoints().anyMatch(LogicalOrder::isRightToLeft);
    for (Element element : page.body().select("*")) {
      if (element.childrenSize() == 0 || !leftToRight(element, rightToLeftText)) {
        continue;
      }
      for (TextNode text : new ArrayList<>(element.textNodes())) {
        if (!text.isBlank()) {
          // As text.wrap("<span></span>"), without parsing the span as HTML for every text.
          Element span = new Element("span");
          text.replaceWith(span);
          span.appendChild(text);
        }
      }
    }
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
    return !rightToLeftText
        || element.wholeText().codePoints().noneMatch(LogicalOrder::isRightToLeft);
  }
}
