package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.format.InvalidLogoException;
import io.github.minutes4j.core.format.Logo;
import io.github.minutes4j.core.format.Look;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.html.internal.MinutesPage;
import io.github.minutes4j.html.internal.TextDirection;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML exporter's page into the page the PDF prints: adds what only paper has, and what
 * only the PDF engine understands, so that none of it reaches the HTML (where the Nu HTML Checker
 * would reject it).
 *
 * <p>The page's text and attribute values come in Unicode Normalization Form C from the HTML
 * module's writer, as the PDF engine needs them (it positions no combining marks, so "å" must be
 * one precomposed character, not "a" and a ring); what this class adds from the minutes is
 * normalised here.
 *
 * <ul>
 *   <li>Paged-media CSS: the paper size, margins, a running header with the organiser and the
 *       title (and "Protokollsutdrag" on an extract's pages), a footer "Sida 1 av 2" in the labels' language, the participant table's header
 *       repeated on every page, and every element's font forced to the exporter's families (text
 *       in a family the PDF engine does not know would silently vanish).
 *   <li>The look: the footer text as a running element at the foot of every page, beside the
 *       page number; page numbers after dot leaders in the table of contents; the logo's size.
 *       The running header has no rule (an item's rule at the top of a page doubled it) and is
 *       cut to one line by the fonts' widths.
 *   <li>Headings start a new page when there is no room for a few lines under them, instead of
 *       taking the whole next block along; the participant list's heading leaves its caption to
 *       stand before the table, where that rule applies, and stays with the table's first row.
 *   <li>Words break inside only where they are too long for the line, or in a table cell for its
 *       share of the line.
 *   <li>Formal minutes ({@link #FORMAL}): decisions, votes with their roll call, reservations,
 *       notes and signatures kept on one page each; the signatures at the end, each a line to
 *       sign on above the name; the notice framed.
 *   <li>Soft hyphens removed: the HTML's serve narrow screens.
 *   <li>Each link's address printed after it, in an element of its own.
 *   <li>{@code <bookmarks>}: one per {@code h2} with an id (time and place, each agenda item, the
 *       note-takers, the participant list, and the sections of formal minutes), titled with the
 *       heading's text, which starts with the item's number ("§ 41") when it has one.
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

  /** The class, and running-element name, of the running footer text. */
  static final String RUNNING_FOOTER = "m4j-running-footer";

  /** The size of the running header's type, in points. */
  static final double HEADER_SIZE = 8.5;

  /** The most rows in one table body: see {@link #splitRowGroups}. Even. */
  static final int ROW_GROUP = 64;

  /** The class of the printed address after a link. */
  static final String ADDRESS = "m4j-address";

  /** The class of a table's heading, moved out of its caption: see {@link #captionHeadings}. */
  static final String TABLE_HEADING = "m4j-table-heading";

  /** The class of a table cell whose words may break inside: see {@link #longWordCells}. */
  static final String LONG_WORD = "m4j-long-word";

  /** The class of a short list of presenters, which a page break does not split. */
  static final String WHOLE = "m4j-whole";

  /**
   * The most presenters a list may have to be kept on one page: with more, the box may break
   * between presenters, so that it does not take its heading to the next page and leave much of
   * a page empty.
   */
  private static final int SHORT_LIST = 4;

  /** Runs of white space, between the words of a cell ({@link #longWordCells}). */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** The size of the body's type, in points: the HTML's. */
  private static final double BODY_SIZE = 11;

  /** The size of a table cell's type, in points: the HTML's 0.875em of the body's. */
  private static final double CELL_SIZE = 0.875 * BODY_SIZE;


  // Names in the HTML exporter's page (its MinutesPage, in a package that is not exported); the
  // tests of the table of contents, the footer text and the logo fail if they drift apart.
  private static final String CONTENTS_CLASS = "contents";
  private static final String FOOTER_CLASS = "document-footer";
  private static final String LOGO_CLASS = "logo";

  /**
   * The print rules of formal minutes (the HTML exporter's classes). A block that is read and
   * cited as one (a decision's introduction and its clauses, a vote and its roll call, a
   * reservation, a note, an extract's attestation and its line, the notice) is never split
   * across pages; nor is the signatures section, which stays where the page puts it, after the
   * last paragraph and the adjustment, and moves to the next page whole only when it does not fit
   * on the current one. Each signature has a line to sign on, with room above it for the pen, and
   * the name clarification under it.
   */
  static final String FORMAL =
      "div.decision, div.vote, div.reservation, div.protocol-note,"
          + " div.conflicts-of-interest, div.proposals, div.proposal-order, div.signature,"
          + " div.extract-attestation, section.adjustment, section.notice, section.signatures"
          + " { page-break-inside: avoid; }\n"
          + "ol.clauses > li { page-break-inside: avoid; }\n"
          // The adjustment (who checks the minutes, where and when) goes with the signatures
          // when they move to the next page, so that no page holds signatures alone.
          + "section.adjustment { page-break-after: avoid; }\n"
          + "div.signature { display: inline-block; vertical-align: top; width: 46%;"
          + " margin: 0 3% 6mm 0; }\n"
          + "p.signature-role { margin: 0; font-weight: bold; }\n"
          + "p.signature-line { height: 12mm; margin: 0; border: 0;"
          + " border-bottom: 0.75pt solid #000000; }\n"
          + "p.signature-name { margin: 1mm 0 0 0; }\n"
          + "section.notice { border: 0.75pt solid #000000; padding: 0 4mm 2mm 4mm; }\n";

  private PrintEdition() {}

  /**
   * Adds the print-only parts to a page.
   *
   * @param page the HTML exporter's page, parsed, its text in NFC; changed in place
   * @param minutes the minutes on the page
   * @param pageSize the paper size
   * @param labels the labels the page is printed with
   * @param fonts the fonts, main family first
   * @param extract whether the page is an extract of chosen items, which the running header says
   */
  static void apply(
      Document page,
      Minutes minutes,
      PageSize pageSize,
      Labels labels,
      FontSet fonts,
      boolean extract) {
    List<String> families = fonts.families();
    BidiPrint.apply(page);
    Element head = page.head();
    Element description = head.selectFirst("meta[name=description]");
    if (description != null && head.selectFirst("meta[name=subject]") == null) {
      head.appendElement("meta")
          .attr("name", "subject")
          .attr("content", description.attr("content"));
    }
    head.appendElement("meta").attr("name", "keywords").attr("content", keywords(minutes, labels));
    // The footer text repeats at the foot of every page: a running element, which must come
    // before the flow to show on the first page.
    Element footer = page.body().selectFirst("footer." + FOOTER_CLASS);
    if (footer != null) {
      page.body().prependChild(footer.addClass(RUNNING_FOOTER));
    }
    head.appendElement("style")
        .appendChild(new DataNode(stylesheet(pageSize, labels, families, footer != null)));
    captionHeadings(page);
    bookmarks(page);
    addresses(page);
    // After the addresses: a link's address in a cell is one long word.
    longWordCells(page, TEXT_WIDTH.get(pageSize) * 72 / 25.4 / CELL_SIZE, fonts);
    splitRowGroups(page);
    shortPresenterLists(page);
    double width = (TEXT_WIDTH.get(pageSize) - 2) * 72 / 25.4 / HEADER_SIZE;
    page.body()
        .prependElement("div")
        .addClass(RUNNING_HEADER)
        .text(
            runningHeader(
                minutes.organiser().name(),
                extract
                    ? labels.text(Label.EXTRACT) + labels.labelSeparator() + minutes.title()
                    : minutes.title(),
                width,
                fonts::width));
    // One look at the text for both steps: a page without right-to-left letters has none in any
    // element, and moving punctuation adds or removes none.
    boolean rightToLeftText = DrawingOrder.anyText(page.body(), LogicalOrder::hasRightToLeft);
    BoundaryPunctuation.apply(page, rightToLeftText);
    // After the punctuation has moved: what is left at an element's edge inside a word. A word
    // wider than half the line is left for the engine to break.
    UnbrokenWords.apply(page, rightToLeftText, fonts,
        TEXT_WIDTH.get(pageSize) * 72 / 25.4 / BODY_SIZE / 2);
    DrawingOrder.apply(page, rightToLeftText);
  }

  /**
   * The CSS content of the page number, "Page 1 of 2" in the labels' language. The engine draws
   * the margin's text as it is given, from left to right, neither shaped nor reordered: for
   * right-to-left labels the parts come in drawing order, "2 of 1 Page" with each word shaped and
   * reversed ({@link JdkBidi#visual}), so that the line reads "Page 1 of 2" from the right.
   */
  private static String pageNumber(Labels labels) {
    String page = labels.text(Label.PAGE);
    String of = labels.text(Label.PAGE_OF);
    String style = counterStyle(labels);
    if (TextDirection.of(labels.language().locale()) == TextDirection.RTL) {
      return "counter(pages" + style + ") "
          + cssString(" " + JdkBidi.visual(of) + " ")
          + " counter(page" + style + ") "
          + cssString(" " + JdkBidi.visual(page));
    }
    return cssString(page + " ") + " counter(page" + style + ") " + cssString(" " + of + " ")
        + " counter(pages" + style + ")";
  }

  /**
   * The counter style of page numbers in the labels' digits ({@link Labels#digits()}): {@code ,
   * arabic-indic} for Arabic-Indic digits ({@code ar-u-nu-arab}), else none (decimal). The
   * engine knows no style of Persian digits ({@code fa-u-nu-arabext}): those pages count in
   * Western digits.
   */
  private static String counterStyle(Labels labels) {
    return labels.digits().getZeroDigit() == '\u0660' ? ", arabic-indic" : "";
  }

  /**
   * The width of the text column, in millimetres: the paper's less the side margins. The running
   * header takes a little less.
   */
  private static final Map<PageSize, Double> TEXT_WIDTH =
      Map.of(PageSize.A4, 210.0 - 40, PageSize.LETTER, (8.5 - 1.6) * 25.4);

  /**
   * The data URI of the logo, for the engine to read: the only address it may open. An SVG logo
   * is refused: the engine could draw it only through an SVG library that runs scripts and loads
   * what the image refers to.
   *
   * @param look the look of the export
   * @return the logo's data URI, if there is a logo
   * @throws InvalidLogoException if the logo is SVG
   */
  static Optional<String> logoImage(Look look) {
    if (look.logo().isEmpty()) {
      return Optional.empty();
    }
    Logo logo = look.logo().get();
    if (logo.format() == Logo.Format.SVG) {
      throw new InvalidLogoException(
          "The PDF exporter cannot print an SVG logo: it would need an SVG engine that can run"
              + " scripts and load files. Give the PDF the same logo as a PNG (for example"
              + " exported 600 pixels high) with ExportOptions.withLogo(Logo.of(png, \""
              + logo.alternativeText()
              + "\")); the HTML exporter takes either");
    }
    return Optional.of(logo.dataUri());
  }

  /**
   * The most of the running header's line that a long organiser's name takes when the title
   * needs more than the rest: the title says which document a page belongs to, so it keeps the
   * larger part.
   */
  private static final double ORGANISER_SHARE = 0.4;

  /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, around the organiser's name. */
  private static final String FSI = "\u2068";

  private static final String PDI = "\u2069";

  /**
   * "Organiser – Title" on one line of the text column. Where both do not fit, each is cut at a
   * word and ended with "…": the organiser's name to at most {@value #ORGANISER_SHARE} of the
   * line if the title needs the rest, so that a long name never crowds the title out, and the
   * title to what the name leaves. Nothing is lost: the header is a page artifact that repeats
   * the title page, which has both whole. Where the header has right-to-left text, the
   * organiser's name is isolated, so that a name in another script than the title's does not
   * run into it; the title takes the header's direction, the page's.
   *
   * @param width the column's width, in ems of the header's type
   * @param measure the width of a text, in ems; the sum of its characters' widths
   */
  static String runningHeader(
      String organiser, String title, double width, ToDoubleFunction<String> measure) {
    String name = nfc(organiser);
    String heading = nfc(title);
    String separator = " \u2013 ";
    double room = width - measure.applyAsDouble(separator);
    double nameWidth = measure.applyAsDouble(name);
    double headingWidth = measure.applyAsDouble(heading);
    if (nameWidth + headingWidth > room) {
      name = cut(name, Math.max(room * ORGANISER_SHARE, room - headingWidth), measure);
      heading = cut(heading, room - measure.applyAsDouble(name), measure);
    }
    char[] chars = (name + heading).toCharArray();
    if (Bidi.requiresBidi(chars, 0, chars.length)) {
      name = FSI + name + PDI;
    }
    return name + separator + heading;
  }

  /**
   * A text as it is if it is no wider than the room, else cut at a word near the room's end (at
   * a character if the text's last space before that is in its first half), without the spaces
   * and punctuation before the cut, and ended with "…".
   */
  private static String cut(String text, double room, ToDoubleFunction<String> measure) {
    if (measure.applyAsDouble(text) <= room) {
      return text;
    }
    double left = room - measure.applyAsDouble("\u2026");
    int end = 0;
    double used = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      used += measure.applyAsDouble(Character.toString(codePoint));
      if (used > left) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    int space = text.lastIndexOf(' ', end);
    if (space > end / 2) {
      end = space;
    }
    // "demokrati…", not "demokrati,…".
    while (end > 0 && " ,;:\u2013-".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Such as "Minnesanteckningar, Nätverken Demokrati-Uppdrag-Hälsa, NUH, Nätverket Uppdrag Hälsa",
   * joined with the labels' list separator ("، " in Arabic).
   */
  private static String keywords(Minutes minutes, Labels labels) {
    Set<String> words = new LinkedHashSet<>();
    words.add(labels.documentKind(minutes.kind()));
    words.add(minutes.organiser().name());
    for (Network network : minutes.organiser().networks()) {
      words.add(network.code());
      words.add(network.name());
    }
    StringJoiner joined = new StringJoiner(labels.listSeparator());
    for (String word : words) {
      joined.add(nfc(word));
    }
    return joined.toString();
  }

  /**
   * Prints each link's address after it, as the HTML's print stylesheet does with {@code
   * a[href]::after}, but as a real element beside the link: the engine makes a second, identical
   * link annotation for a pseudo-element inside a link, which a screen reader would announce as a
   * second link. A link whose text already shows its address, such as a bare URL, gets none.
   *
   * <p>A link that ends inside a word, as "shed" in {@code <a>shed</a>keepers}, gets its address
   * after the word's letters ("shedkeepers &lt;https://example.org/s&gt;"), not inside it.
   *
   * <p>On a page that needs the bidirectional algorithm the address is an isolate ({@link
   * BidiPrint#isolated}): otherwise, after a link such as "מסמך Budget 2026" in a Hebrew
   * paragraph, the address joined the link's English words in one left-to-right run, and its
   * closing "&gt;" went to the far side of that run, mirrored, as "&lt;Budget 2026
   * &lt;https://example.org/b".
   */
  private static void addresses(Document page) {
    Boolean isolate = null;
    for (Element link : page.body().select("a[href]")) {
      String address = link.attr("href");
      if (!address.startsWith("#") && !link.hasClass(MinutesPage.SHOWS_ADDRESS_CLASS)) {
        if (isolate == null) {
          isolate = BidiPrint.needed(page);
        }
        String printed = "<" + address + ">";
        Node before = link;
        if (link.nextSibling() instanceof TextNode text) {
          int letters = leadingLetters(text.getWholeText());
          if (letters > 0) {
            if (letters < text.getWholeText().length()) {
              text.splitText(letters);
            }
            before = text;
          }
        }
        // The space stands outside the address's span: a span that UnbrokenWords puts into an
        // inline block with what follows it ("’s") would lose a space at its start.
        Element span = new Element("span").addClass(ADDRESS)
            .text(isolate ? BidiPrint.isolated(printed) : printed);
        before.after(span);
        span.before(new TextNode(" "));
      }
    }
  }

  /**
   * How many characters at the start of a text are a word's rest: letters, digits and marks, and
   * an apostrophe between letters ("’s" after "SKR", "'s" after "Anna").
   */
  private static int leadingLetters(String text) {
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      if (!wordCharacter(codePoint)
          && !((codePoint == '\'' || codePoint == '\u2019')
              && end + 1 < text.length()
              && wordCharacter(text.codePointAt(end + 1)))) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    return end;
  }

  private static boolean wordCharacter(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetterOrDigit(codePoint)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
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
    for (Element body : childrenOf(page, "tbody", "table")) {
      if (body.childrenSize() <= ROW_GROUP) {
        continue;
      }
      // All nodes are taken out at once and put back: jsoup finds a node to remove by searching
      // its parent's children from the first once a removal has changed their order, so that
      // moving the rows one by one out of a body of 10,000 took time growing with the square of
      // the rows. The first body keeps its first rows and every node that is not a row, in
      // order; each further body gets the next rows.
      List<Node> nodes = new ArrayList<>(body.childNodes());
      body.empty();
      List<Element> groups = new ArrayList<>();
      int rows = 0;
      for (Node node : nodes) {
        int group = node instanceof Element ? rows++ / ROW_GROUP : 0;
        if (group == 0) {
          body.appendChild(node);
        } else {
          if (group > groups.size()) {
            groups.add(body.shallowClone());
          }
          groups.get(group - 1).appendChild(node);
        }
      }
      for (int i = groups.size() - 1; i >= 0; i--) {
        body.after(groups.get(i));
      }
    }
  }

  /**
   * Moves a table's caption heading (the participant list's) out of the caption, to just before
   * the table. The engine lays a caption out apart from the table's rows and ignores its page
   * break rules, so the heading could end a page with the list on the next; before the table it
   * is a heading like the others, which starts a new page when there is no room under it. It is
   * also kept with the table's first row ({@link #TABLE_HEADING}), which a long name or role can
   * make taller than the room the other headings keep under them.
   */
  private static void captionHeadings(Document page) {
    for (Element caption : childrenOf(page, "caption", "table")) {
      Element heading = caption.selectFirst("h2");
      if (heading != null && caption.childrenSize() == 1 && caption.ownText().isBlank()) {
        Element table = caption.parent();
        table.before(heading.addClass(TABLE_HEADING));
        caption.remove();
        table.attr("aria-labelledby", heading.id());
      }
    }
  }

  /**
   * Marks the lists of presenters ({@link #WHOLE}) with at most {@link #SHORT_LIST} presenters, so
   * that a page break moves such a list whole instead of splitting off its bottom padding.
   */
  private static void shortPresenterLists(Document page) {
    for (Element list : page.body().getElementsByClass("presenters")) {
      if (list.nameIs("dl") && list.getElementsByTag("dd").size() <= SHORT_LIST) {
        list.addClass(WHOLE);
      }
    }
  }

  /**
   * Marks the table cells ({@link #LONG_WORD}) that hold a word wider than an equal share of the
   * text column for each of its table's columns: only there may a word break inside, so that it
   * does not run off the page. Elsewhere words break only between each other: the engine takes
   * the narrowest a column may be with {@code word-wrap: break-word} as its widest character, so
   * a long name in one column squeezed a short word in the next ("Koordinato" above "r") although
   * the table had room for it whole.
   *
   * @param columnWidth the text column's width, in ems of a cell's type
   */
  private static void longWordCells(Document page, double columnWidth, FontSet fonts) {
    for (Element table : page.body().getElementsByTag("table")) {
      int columns = 1;
      for (Element row : table.getElementsByTag("tr")) {
        columns = Math.max(columns, row.childrenSize());
      }
      // An equal share of the column, less the cell's padding on both sides (at most 0.5em each).
      double share = columnWidth / columns - 1;
      for (Element cell : table.getElementsByTag("td")) {
        for (String word : WHITE_SPACE.split(cell.text())) {
          if (fonts.width(word) > share) {
            cell.addClass(LONG_WORD);
            break;
          }
        }
      }
    }
  }

  private static void bookmarks(Document page) {
    List<Element> headings = new ArrayList<>();
    for (Element heading : page.body().select("h2[id]")) {
      if (within(heading, e -> e.nameIs("main"))) {
        headings.add(heading);
      }
    }
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

  private static String stylesheet(
      PageSize pageSize, Labels labels, List<String> families, boolean footerText) {
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
        // The margins (the page number) in the labels' direction, not the page's: the engine
        // lays the parts of "Page 1 of 2" out one after another in the box's direction, so
        // English labels on an Arabic page read "2 of 1Page". BidiPrint starts the page's
        // direction at the body.
        + "  direction: " + TextDirection.of(labels.language().locale()).attribute() + ";\n"
        + "  @top-center { content: element(" + RUNNING_HEADER + "); vertical-align: bottom;"
        + " padding-bottom: 3mm; }\n"
        + (footerText
            ? "  @bottom-left { content: element(" + RUNNING_FOOTER + "); vertical-align: top;"
                + " padding-top: 4mm; width: 75%; }\n  @bottom-right {"
            : "  @bottom-center {")
        + " content: " + pageNumber(labels) + "; font-family: " + fontFamily
        + "; font-size: 9pt; color: #333333; vertical-align: top; padding-top: 4mm;"
        + (footerText ? " text-align: right; white-space: nowrap;" : "")
        + " }\n"
        + "}\n"
        + "." + RUNNING_FOOTER + " { position: running(" + RUNNING_FOOTER + "); margin: 0;"
        + " padding: 0; border: 0; font-size: 9pt; line-height: 1.3; color: #333333; }\n"
        // Every element, including visually hidden text, in a family the engine has.
        + "* { font-family: " + fontFamily + " !important; }\n"
        + "header, main, section, nav, article, aside, footer, figure { display: block; }\n"
        // Nothing after the last section: the engine starts a new page for the bottom margin
        // that follows it (the HTML's 2.5em between sections) when the section ends within that
        // margin of the foot of a page, and the document ended with an empty page.
        + "main > section:last-child { margin-bottom: 0; }\n"
        // A short list of presenters is never split: the engine broke it after the last
        // presenter too, and the box's bottom padding went to the next page alone, a square of
        // its bar above the text there (see shortPresenterLists).
        + "dl." + WHOLE + " { page-break-inside: avoid; }\n"
        + "." + RUNNING_HEADER + " {\n"
        + "  position: running(" + RUNNING_HEADER + ");\n"
        // No rule under the header: an item's own rule at the top of a page would double it.
        + "  font-size: " + HEADER_SIZE + "pt; line-height: 1.3; color: #333333;\n"
        + "  padding-bottom: 1mm; width: 100%; white-space: nowrap;\n"
        + "}\n"
        // The table of contents' page numbers, after dot leaders, in the footer's digits.
        + "nav." + CONTENTS_CLASS + " a[href]::after { content: leader('.') \" \""
        + " target-counter(attr(href), page" + counterStyle(labels) + ") !important; }\n"
        // Right to left, the number floats to the line's far end without a leader: the engine
        // lays leader() out left to right, and drew the entries off the page's left edge.
        + "[dir=rtl] nav." + CONTENTS_CLASS + " a[href]::after { content:"
        + " target-counter(attr(href), page" + counterStyle(labels) + ") !important;"
        + " float: left; }\n"
        + "nav." + CONTENTS_CLASS + " a { color: #000000; text-decoration: none; }\n"
        + "nav." + CONTENTS_CLASS + " li { page-break-inside: avoid; }\n"
        + "img." + LOGO_CLASS + " { height: 14mm; width: auto; }\n"
        + ".participants { overflow: visible; }\n"
        // The name column keeps at least 30 % of the line: a long organisation in a cell that may
        // break inside its words (see longWordCells) squeezed a name such as "Björk
        // Guðmundsdóttir" until the name broke inside a word.
        + ".participants thead th:first-child { width: 30%; }\n"
        // A word longer than a line breaks inside the column instead of running off the page:
        // openhtmltopdf knows only the old name of the page's overflow-wrap.
        + "body { word-wrap: break-word; }\n"
        // Table cells break between words only, so that a long name in a cell does not squeeze
        // the other columns' headers and words to a few letters per line; a cell with a word
        // too long for its share of the line breaks inside it (see longWordCells).
        + "th, td { word-wrap: normal; }\n"
        + "td." + LONG_WORD + " { word-wrap: break-word; }\n"
        + "a[href]::after { content: none !important; }\n"
        // Without -fs-table-paginate the engine does not repeat the table's header on each page.
        + "table { -fs-table-paginate: paginate; }\n"
        // Separate borders, which look the same here (every cell has only a bottom border): in the
        // collapsed model the engine resolves and keeps two border sets and four corners per cell
        // and paints each border from a neighbour, which for 30,000 cells was about 16 MB of live
        // heap and an empty artifact per cell.
        + "table { border-collapse: separate; border-spacing: 0; }\n"
        + "thead { display: table-header-group; }\n"
        + "tr, li { page-break-inside: avoid; }\n"
        // Except a table's first row: when it did not fit under the column headers at the foot of
        // a page, the engine moved it alone to the next page and left the headers behind, painted
        // in the page's bottom margin and again in the next page's top margin, where the page cuts
        // them off (openhtmltopdf#162, fixed in the engine after 1.1.65). The row now starts under
        // its headers and goes on under them on the next page.
        + "tbody > tr:first-child { page-break-inside: auto; }\n"
        // A heading starts a new page when less than 2.8 cm is left (room for the heading and two
        // lines or presenters under it), instead of being kept with
        // the whole block after it: the engine moves a heading together with its next sibling,
        // so a tall list of presenters took its heading along and left up to a quarter of a
        // Letter page empty.
        + "h1, h2, h3, h4, h5, h6 { page-break-after: auto; page-break-inside: avoid;"
        + " -fs-page-break-min-height: 2.8cm; }\n"
        // A table's heading, its column headers and its first row stay on one page: the engine
        // keeps a heading with the first line of its next block only, which for a table is the
        // column headers, and the first row, taller than the room under them, went on alone.
        + "h2." + TABLE_HEADING + ", thead { page-break-after: avoid; }\n"
        + FORMAL
        + UnbrokenWords.CSS
        + BidiPrint.css(families);
  }

  /**
   * The elements of the page's body with a tag name whose parent has another, as the selector
   * {@code parent > tag} finds them. The page passes avoid jsoup's structural selectors (child,
   * descendant, sibling): their evaluators memoise matches per thread in a {@code ThreadLocal}
   * that outlives the query, so that a large page stayed reachable from the thread during the
   * whole render and after it, 15 to 25 MB for a 574-page document, depending on when the
   * stale entry happened to be dropped.
   *
   * @param page the page
   * @param tag the elements' tag name
   * @param parent their parent's tag name
   * @return the elements, in document order
   */
  static List<Element> childrenOf(Document page, String tag, String parent) {
    List<Element> found = new ArrayList<>();
    for (Element element : page.body().getElementsByTag(tag)) {
      if (element.parent() != null && element.parent().nameIs(parent)) {
        found.add(element);
      }
    }
    return found;
  }

  /**
   * Whether an element stands inside one that passes a test, as the selector {@code ancestor
   * element} finds it (see {@link #childrenOf} for why not with that selector).
   *
   * @param element the element
   * @param ancestor the test of its ancestors, not of the element itself
   * @return whether one of its ancestors passes
   */
  static boolean within(Element element, Predicate<Element> ancestor) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (ancestor.test(e)) {
        return true;
      }
    }
    return false;
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
