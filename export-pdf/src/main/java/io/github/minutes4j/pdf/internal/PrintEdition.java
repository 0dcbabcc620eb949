package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.spi.PageSize;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the HTML exporter's page into the page the PDF prints: adds what only paper has, and what
 * only the PDF engine understands, so that none of it reaches the HTML (where the Nu HTML Checker
 * would reject it).
 *
 * <ul>
 *   <li>All text and attribute values normalised to NFC: the PDF engine positions no combining
 *       marks, so "å" must be one precomposed character, not "a" and a ring.
 *   <li>Paged-media CSS: the paper size, margins, a running header with the organiser and the
 *       title, a footer "Sida 1 av 2" in the labels' language, the participant table's header
 *       repeated on every page, and every element's font forced to the exporter's families (text
 *       in a family the PDF engine does not know would silently vanish).
 *   <li>Each link's address printed after it, in an element of its own.
 *   <li>{@code <bookmarks>}: one per {@code h2} with an id (time and place, each agenda item, the
 *       note-takers, the participant list), titled with the heading's text.
 *   <li>{@code <meta name="subject">} (the engine reads it instead of "description") and {@code
 *       <meta name="keywords">}: the kind of document, the organiser and its networks.
 * </ul>
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
final class PrintEdition {

  /** The class, and running-element name, of the running header. */
  static final String RUNNING_HEADER = "m4j-running-header";

  /** The longest running header, in characters: two lines of 8.5 pt type. */
  static final int HEADER_LENGTH = 150;

  /** The most rows in one table body: see {@link #splitRowGroups}. Even. */
  static final int ROW_GROUP = 64;

  /** The class of the printed address after a link. */
  static final String ADDRESS = "m4j-address";

  private PrintEdition() {}

  /**
   * Adds the print-only parts to a page.
   *
   * @param page the HTML exporter's page, parsed; changed in place
   * @param minutes the minutes on the page
   * @param pageSize the paper size
   * @param labels the labels the page is printed with
   * @param families the font families, main font first
   */
  static void apply(
      Document page, Minutes minutes, PageSize pageSize, Labels labels, List<String> families) {
    normalise(page);
    BidiPrint.apply(page);
    Element head = page.head();
    Element description = head.selectFirst("meta[name=description]");
    if (description != null && head.selectFirst("meta[name=subject]") == null) {
      head.appendElement("meta")
          .attr("name", "subject")
          .attr("content", description.attr("content"));
    }
    head.appendElement("meta").attr("name", "keywords").attr("content", keywords(minutes, labels));
    head.appendElement("style")
        .appendChild(new DataNode(stylesheet(pageSize, labels, families)));
    bookmarks(page);
    addresses(page);
    splitRowGroups(page);
    page.body()
        .prependElement("div")
        .addClass(RUNNING_HEADER)
        .text(runningHeader(minutes.organiser().name(), minutes.title()));
  }

  /**
   * "Organiser – Title", cut at a word to at most {@link #HEADER_LENGTH} characters and ended
   * with "…" if longer, so that it fits the top margin in two lines. Nothing is lost: the header
   * is a page artifact that repeats the title page, which has the whole title.
   */
  static String runningHeader(String organiser, String title) {
    String header = nfc(organiser) + " \u2013 " + nfc(title);
    if (header.codePointCount(0, header.length()) <= HEADER_LENGTH) {
      return header;
    }
    int end = header.offsetByCodePoints(0, HEADER_LENGTH - 1);
    int space = header.lastIndexOf(' ', end);
    if (space > end / 2) {
      end = space;
    }
    return header.substring(0, end).stripTrailing() + "\u2026";
  }

  private static void normalise(Document page) {
    NodeTraversor.traverse(
        (Node node, int depth) -> {
          if (node instanceof TextNode) {
            TextNode text = (TextNode) node;
            String whole = text.getWholeText();
            if (!Normalizer.isNormalized(whole, Normalizer.Form.NFC)) {
              text.text(Normalizer.normalize(whole, Normalizer.Form.NFC));
            }
          }
          for (Attribute attribute : node.attributes()) {
            String value = attribute.getValue();
            if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
              attribute.setValue(Normalizer.normalize(value, Normalizer.Form.NFC));
            }
          }
        },
        page);
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Such as "Minnesanteckningar, Nätverken Demokrati-Uppdrag-Hälsa, NUH, Nätverket Uppdrag Hälsa". */
  private static String keywords(Minutes minutes, Labels labels) {
    Set<String> words = new LinkedHashSet<>();
    words.add(labels.documentKind(minutes.kind()));
    words.add(minutes.organiser().name());
    for (Network network : minutes.organiser().networks()) {
      words.add(network.code());
      words.add(network.name());
    }
    StringJoiner joined = new StringJoiner(", ");
    for (String word : words) {
      joined.add(nfc(word));
    }
    return joined.toString();
  }

  /**
   * Prints each link's address after it, as the HTML's print stylesheet does with {@code
   * a[href]::after}, but as a real element beside the link: the engine makes a second, identical
   * link annotation for a pseudo-element inside a link, which a screen reader would announce as a
   * second link.
   */
  private static void addresses(Document page) {
    for (Element link : page.body().select("a[href]")) {
      String address = link.attr("href");
      if (!address.startsWith("#")) {
        link.after(new Element("span").addClass(ADDRESS).text(" <" + address + ">"));
      }
    }
  }

  /**
   * Splits each long table body into bodies of {@link #ROW_GROUP} rows. The engine's work per row
   * grows with the rows of its group: it finds a row's position for {@code :nth-child} by
   * counting its preceding siblings, and recomputes the cell widths of the whole group whenever
   * a row moves to the next page. A list of 10,000 participants in one group is quadratic; in
   * groups of {@value #ROW_GROUP} it is linear, and prints and reads the same (a table may have
   * any number of bodies, and the group count is even, so that even rows stay even).
   */
  private static void splitRowGroups(Document page) {
    for (Element body : page.body().select("table > tbody")) {
      List<Element> rows = body.children();
      // From the last group back, so that each move only renumbers the rows behind it in its
      // group, and each new body goes right after the first.
      int last = (rows.size() - 1) / ROW_GROUP * ROW_GROUP;
      for (int start = last; start > 0; start -= ROW_GROUP) {
        Element group = body.shallowClone();
        for (Element row : rows.subList(start, Math.min(start + ROW_GROUP, rows.size()))) {
          group.appendChild(row); // moves the row
        }
        body.after(group);
      }
    }
  }

  private static void bookmarks(Document page) {
    List<Element> headings = new ArrayList<>(page.select("main h2[id]"));
    if (headings.isEmpty()) {
      return;
    }
    Element bookmarks = page.head().appendElement("bookmarks");
    for (Element heading : headings) {
      bookmarks
          .appendElement("bookmark")
          .attr("name", heading.text())
          .attr("href", "#" + heading.id());
    }
  }

  private static String stylesheet(PageSize pageSize, Labels labels, List<String> families) {
    StringJoiner fontFamily = new StringJoiner(", ");
    for (String family : families) {
      fontFamily.add(cssString(family));
    }
    String size;
    String margin;
    switch (pageSize) {
      case A4:
        size = "A4";
        margin = "24mm 20mm 20mm 20mm";
        break;
      case LETTER:
        size = "letter";
        margin = "0.95in 0.8in 0.8in 0.8in";
        break;
      default:
        throw new IllegalArgumentException("no paper size for " + pageSize);
    }
    return "\n@page {\n"
        + "  size: " + size + ";\n"
        + "  margin: " + margin + ";\n"
        + "  font-family: " + fontFamily + ";\n"
        + "  @top-center { content: element(" + RUNNING_HEADER + "); vertical-align: bottom;"
        + " padding-bottom: 3mm; }\n"
        + "  @bottom-center { content: " + cssString(labels.text(Label.PAGE) + " ")
        + " counter(page) " + cssString(" " + labels.text(Label.PAGE_OF) + " ")
        + " counter(pages); font-family: " + fontFamily
        + "; font-size: 9pt; color: #333333; vertical-align: top; padding-top: 4mm; }\n"
        + "}\n"
        // Every element, including visually hidden text, in a family the engine has.
        + "* { font-family: " + fontFamily + " !important; }\n"
        + "header, main, section, nav, article, aside, footer, figure { display: block; }\n"
        + "." + RUNNING_HEADER + " {\n"
        + "  position: running(" + RUNNING_HEADER + ");\n"
        + "  font-size: 8.5pt; line-height: 1.3; color: #333333;\n"
        + "  border-bottom: 0.5pt solid #767676; padding-bottom: 1mm; width: 100%;\n"
        + "}\n"
        + ".participants { overflow: visible; }\n"
        // A word longer than a line breaks inside the column instead of running off the page:
        // openhtmltopdf knows only the old name of the page's overflow-wrap.
        + "body { word-wrap: break-word; }\n"
        // Column headers break between words only, so that a long name in a cell does not
        // squeeze the other columns' headers to a letter or two per line.
        + "th { word-wrap: normal; }\n"
        + "a[href]::after { content: none !important; }\n"
        // Without -fs-table-paginate the engine does not repeat the table's header on each page.
        + "table { -fs-table-paginate: paginate; }\n"
        + "thead { display: table-header-group; }\n"
        + "tr, li { page-break-inside: avoid; }\n"
        + "h1, h2, h3, h4, h5, h6 { page-break-after: avoid; page-break-inside: avoid; }\n"
        + BidiPrint.css(families);
  }

  /** A CSS string literal, quoted and escaped. */
  static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            codePoint -> {
              if (codePoint == '"' || codePoint == '\\') {
                css.append('\\').appendCodePoint(codePoint);
              } else if (codePoint < 0x20 || codePoint == 0x7F) {
                css.append('\\').append(Integer.toHexString(codePoint)).append(' ');
              } else {
                css.appendCodePoint(codePoint);
              }
            });
    return css.append('"').toString();
  }
}
