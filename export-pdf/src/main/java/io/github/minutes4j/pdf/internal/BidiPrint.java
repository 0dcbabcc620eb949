package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.bidi.BidiSplitter;
import java.util.List;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What the PDF engine needs to print the HTML page's right-to-left text as a browser would.
 *
 * <ul>
 *   <li>{@code dir="auto"}, which openhtmltopdf does not know, becomes {@code dir="rtl"} or
 *       {@code dir="ltr"} by the element's first strong character, as a browser decides it; and
 *       every {@code dir} becomes the CSS {@code direction}, so that a right-to-left paragraph is
 *       laid out from the right.
 *   <li>A {@code bdi} element's text is put between FIRST STRONG ISOLATE and POP DIRECTIONAL
 *       ISOLATE, which the bidirectional algorithm of the splitter ({@link JdkBidi}) honours: the
 *       engine splits whole paragraphs, not elements.
 *   <li>Physical margins and alignment instead of the HTML stylesheet's logical ones
 *       ({@code padding-inline-start}, {@code text-align: start}), which openhtmltopdf ignores,
 *       mirrored for right-to-left elements.
 *   <li>A paragraph that is one isolated label phrase ({@code <p><bdi dir="ltr">18 November
 *       2026, 09:00–11:30</bdi></p>}, English labels on an Arabic page) takes the phrase's
 *       direction, aligned to the page's side: the engine lays out the inline elements of a line
 *       (the phrase's times) in the paragraph's direction, not the isolate's.
 *   <li>The shipped Arabic and Hebrew fonts first for elements in those languages.
 * </ul>
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
final class BidiPrint {

  private static final String FSI = "\u2068";
  private static final String PDI = "\u2069";
  private static final String LABEL_PHRASE = "m4j-label-phrase";

  private BidiPrint() {}

  /**
   * Resolves {@code dir="auto"} and isolates {@code bdi} text.
   *
   * @param page the page; changed in place
   */
  static void apply(Document page) {
    for (Element element : page.select("[dir=auto]")) {
      byte direction = JdkBidi.baseDirection(element.text());
      if (direction == BidiSplitter.NEUTRAL) {
        element.removeAttr("dir");
      } else {
        element.attr("dir", direction == BidiSplitter.RTL ? "rtl" : "ltr");
      }
    }
    for (Element bdi : page.select("p > bdi[dir]")) {
      Element paragraph = bdi.parent();
      if (paragraph.childNodeSize() == 1) {
        paragraph.attr("dir", bdi.attr("dir")).addClass(LABEL_PHRASE);
      }
    }
    for (Element bdi : page.select("bdi")) {
      if (bdi.childNodeSize() > 0) {
        bdi.prependChild(new TextNode(FSI));
        bdi.appendChild(new TextNode(PDI));
      }
    }
  }

  /**
   * The print stylesheet's rules for direction and right-to-left fonts.
   *
   * @param families the exporter's font families, main font first
   * @return CSS
   */
  static String css(List<String> families) {
    StringBuilder css =
        new StringBuilder()
            .append("[dir=rtl] { direction: rtl; }\n")
            .append("[dir=ltr] { direction: ltr; }\n")
            // The page's direction from the body down: the page's margins (the page number)
            // inherit the root's, and are in the labels' direction (PrintEdition).
            .append("html[dir] { direction: inherit; }\n")
            .append("html[dir=rtl] > body { direction: rtl; }\n")
            // A label phrase runs the other way than its page, and stays on the page's side.
            .append(".").append(LABEL_PHRASE).append("[dir=ltr] { text-align: right; }\n")
            .append(".").append(LABEL_PHRASE).append("[dir=rtl] { text-align: left; }\n")
            .append("caption, th, td { text-align: left; }\n")
            .append("[dir=rtl] caption, [dir=rtl] th, [dir=rtl] td, td[dir=rtl]")
            .append(" { text-align: right; }\n")
            .append("td[dir=ltr] { text-align: left; }\n")
            .append("ul, ol { padding-left: 1.5em; padding-right: 0; }\n")
            .append("[dir=rtl] ul, [dir=rtl] ol { padding-left: 0; padding-right: 1.5em; }\n")
            // Width and style only: the colour is the page's (black, or the look's accent).
            .append(".presenters { border-left-width: 0.25em; border-left-style: solid;")
            .append(" border-right-width: 0; border-right-style: none; }\n")
            .append("[dir=rtl] .presenters { border-left-width: 0; border-left-style: none;")
            .append(" border-right-width: 0.25em; border-right-style: solid; }\n")
            .append(".networks { margin-left: 1em; margin-right: 0; }\n")
            // The networks' table on the page's start side; the engine puts a table that is
            // narrower than the line on the left unless its left margin is auto.
            .append("[dir=rtl] .networks { margin-left: auto; margin-right: 1em; }\n")
            .append(".networks dt { padding-left: 0; padding-right: 0.6em; }\n")
            .append("[dir=rtl] .networks dt { padding-left: 0.6em; padding-right: 0; }\n")
            .append(".contents ol { padding-left: 1.75em; padding-right: 0; }\n")
            .append("[dir=rtl] .contents ol { padding-left: 0; padding-right: 1.75em; }\n");
    fontFirst(css, families, FontSet.ARABIC_FAMILY, "ar", "fa", "ur", "ps", "ckb", "sd", "ug");
    fontFirst(css, families, FontSet.HEBREW_FAMILY, "he", "yi");
    return css.toString();
  }

  /** Names a script's font first for elements in its languages, if the exporter has it. */
  private static void fontFirst(
      StringBuilder css, List<String> families, String family, String... languages) {
    if (!families.contains(family)) {
      return;
    }
    StringJoiner selectors = new StringJoiner(", ");
    for (String language : languages) {
      selectors.add("[lang|=" + language + "]").add("[lang|=" + language + "] *");
    }
    StringJoiner list = new StringJoiner(", ").add(PrintEdition.cssString(family));
    for (String other : families) {
      if (!other.equals(family)) {
        list.add(PrintEdition.cssString(other));
      }
    }
    css.append(selectors).append(" { font-family: ").append(list).append(" !important; }\n");
  }
}
