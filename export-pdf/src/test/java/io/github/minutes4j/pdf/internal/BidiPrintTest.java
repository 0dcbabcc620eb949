package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The print edition's preparation of right-to-left text: a block that is one isolated label phrase
 * takes the phrase's direction, because the engine lays a line's runs out in the block's direction,
 * not the isolate's.
 */
class BidiPrintTest {

  /**
   * Arabic labels on a Swedish page: an attendance item ("Anna Ek (S), رئيس"), a vote's cell and
   * a paragraph run right to left as wholes; without it the engine drew "Anna Ek) S, رئيس)". The
   * list item's phrase gets a block of its own: the item and its list keep the page's direction,
   * in which the engine draws the item's marker, on the list's start side, as a browser does.
   */
  @Test
  void aListItemOrFactThatIsOneLabelPhraseTakesItsDirection() {
    Document page =
        Jsoup.parse(
            "<html lang=\"ar\"><body><ul><li><bdi dir=\"rtl\"><bdi lang=\"sv\">Anna Ek</bdi>"
                + " (<bdi lang=\"sv\">S</bdi>), رئيس</bdi></li></ul>"
                + "<table><tr><td><bdi dir=\"rtl\">نعم</bdi></td></tr></table>"
                + "<p><bdi dir=\"rtl\">18 نوفمبر 2026</bdi></p></body></html>");

    BidiPrint.apply(page);

    for (String selector : new String[] {"li > div", "td", "p"}) {
      assertEquals("rtl", page.selectFirst(selector).attr("dir"), selector);
      assertTrue(
          page.selectFirst(selector).hasClass("m4j-label-phrase"),
          selector + " is not aligned to the page's side as a label phrase");
    }
    assertEquals("bdi", page.selectFirst("li > div").child(0).normalName(), "the phrase inside");
    assertEquals(1, page.selectFirst("li").childNodeSize(), "the block alone in the item");
    assertFalse(page.selectFirst("li").hasAttr("dir"), "the item in its list's direction");
    assertFalse(page.selectFirst("ul").hasAttr("dir"), "the list in the page's direction");
  }

  /** An item with more than the phrase (a proposal and its text) keeps the page's direction. */
  @Test
  void anItemWithMoreThanThePhraseKeepsThePagesDirection() {
    Document page =
        Jsoup.parse(
            "<html lang=\"ar\"><body><ul><li><bdi dir=\"rtl\">المقترح A</bdi>"
                + " – Anna Ek: Bifall</li></ul></body></html>");

    BidiPrint.apply(page);

    assertFalse(page.selectFirst("li").hasAttr("dir"));
  }

  /**
   * Names are isolated (FSI ... PDI) where right-to-left text or a right-to-left direction could
   * move them, and not on a page without either, where the isolates change nothing and only cost:
   * the main fonts lack them, so the engine measured every text with one glyph by glyph.
   */
  @Test
  void isolatesNamesOnlyOnAPageWithRightToLeftTextOrDirection() {
    String names = "<p><bdi>Anna Ek</bdi>, <bdi>Bo Berg</bdi></p>";
    Document leftToRight = Jsoup.parse("<html lang=\"sv\"><body>" + names + "</body></html>");
    Document arabicText =
        Jsoup.parse("<html lang=\"sv\"><body>" + names + "<p>نعم</p></body></html>");
    Document rightToLeft =
        Jsoup.parse("<html lang=\"ar\" dir=\"rtl\"><body>" + names + "</body></html>");

    BidiPrint.apply(leftToRight);
    BidiPrint.apply(arabicText);
    BidiPrint.apply(rightToLeft);

    assertEquals("Anna Ek", leftToRight.selectFirst("bdi").wholeText());
    assertEquals("\u2068Anna Ek\u2069", arabicText.selectFirst("bdi").wholeText());
    assertEquals("\u2068Anna Ek\u2069", rightToLeft.selectFirst("bdi").wholeText());
  }

  /**
   * The engine gets the bidirectional algorithm for a page with a right-to-left direction or text
   * (a Hebrew name in a Swedish page's title), and not for a page without either, which it then
   * prints without splitting it into paragraphs and runs.
   */
  @Test
  void aPageNeedsTheAlgorithmOnlyWithRightToLeftTextOrDirection() {
    String names = "<p><bdi>Anna Ek</bdi>, <bdi>Bo Berg</bdi></p>";
    Document leftToRight =
        Jsoup.parse("<html lang=\"sv\"><body><p dir=\"ltr\">Möte</p>" + names + "</body></html>");
    Document hebrewTitle =
        Jsoup.parse(
            "<html lang=\"sv\"><head><title>Möte med יעל כהן</title></head><body>"
                + names
                + "</body></html>");
    Document rightToLeft =
        Jsoup.parse("<html lang=\"sv\"><body><p dir=\"rtl\">Anna Ek</p></body></html>");

    assertFalse(BidiPrint.needed(leftToRight));
    assertTrue(BidiPrint.needed(hebrewTitle));
    assertTrue(BidiPrint.needed(rightToLeft));
  }

  /**
   * A right-to-left term ends with its colon as text. Its space follows only on a right-to-left
   * page; an isolated term (Arabic labels on a Swedish page) has the page's space after it,
   * outside it, and a space inside it made the engine draw the value left of the term.
   */
  @Test
  void anIsolatedRightToLeftTermEndsWithTheColonAndNoSpace() {
    String fact = "<dl class=\"facts\"><div><dt%s>التاريخ</dt>%s<dd>x</dd></div></dl>";
    Document swedish =
        Jsoup.parse("<html lang=\"ar\"><body>" + fact.formatted(" dir=\"rtl\"", " "));
    Document arabic = Jsoup.parse("<html lang=\"ar\" dir=\"rtl\"><body>" + fact.formatted("", ""));

    BidiPrint.apply(swedish);
    BidiPrint.apply(arabic);

    assertEquals("التاريخ:", swedish.selectFirst("dt").wholeText());
    assertEquals("التاريخ: ", arabic.selectFirst("dt").wholeText());
  }

  /**
   * Every rule of the HTML page's stylesheet that uses a logical property ({@code
   * border-inline-start}, {@code padding-inline-start}, {@code text-align: start}, ...), which the
   * engine ignores, has its physical form in the print stylesheet, for each of its selectors: a
   * decision's and a quote's bar went missing from the PDF because only the presenters had one.
   */
  @Test
  void everyLogicalRuleOfThePageHasItsPhysicalFormInPrint() throws IOException {
    String page =
        Files.readString(
            Path.of("..", "export-html", "src", "main", "resources", "io", "github", "minutes4j",
                "html", "internal", "minutes.css"));
    Set<String> printed = new TreeSet<>();
    for (String selector : selectors(BidiPrint.css(List.of("Liberation Sans")), null)) {
      // "[dir=rtl] ul", "ul[dir=ltr]" and "td[dir=rtl]" are forms of "ul" and "td".
      printed.add(selector.replaceAll("\\[dir=(rtl|ltr)\\] *", "").trim());
    }
    Set<String> logical =
        selectors(page, Pattern.compile("-inline-(start|end)|text-align: *(start|end)"));
    assertFalse(logical.isEmpty(), "the page's stylesheet has no logical properties any more");
    logical.removeAll(printed);
    assertEquals(Set.of(), logical, "logical rules of minutes.css without a physical form in print");
  }

  /**
   * The selectors of a stylesheet's rules (inside media rules too), one by one; only those of
   * rules whose declarations match {@code declarations}, if not null.
   */
  private static Set<String> selectors(String css, Pattern declarations) {
    Set<String> found = new TreeSet<>();
    Matcher rule =
        Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
    while (rule.find()) {
      if (declarations == null || declarations.matcher(rule.group(2)).find()) {
        Arrays.stream(rule.group(1).replaceAll("^.*\\{", "").split(","))
            .map(String::trim)
            .filter(selector -> !selector.startsWith("@"))
            .forEach(found::add);
      }
    }
    return found;
  }
}
