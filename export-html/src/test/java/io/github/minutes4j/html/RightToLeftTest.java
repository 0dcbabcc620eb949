package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Arabic, Persian and Hebrew names and paragraphs in Swedish minutes: each is isolated, so that
 * it keeps its own direction without reordering the text around it, and the page itself stays
 * left to right.
 */
class RightToLeftTest {

  private final Document page =
      Jsoup.parse(Pages.html(RightToLeftMinutes.mixed(Language.SWEDISH)));

  @Test
  void theSwedishPageStaysLeftToRight() {
    assertFalse(page.selectFirst("html").hasAttr("dir"), "no dir: ltr is the default");
    assertEquals("sv", page.selectFirst("html").attr("lang"));
  }

  @Test
  void everyPartOfAPersonIsIsolated() {
    // "محمد عبد الله, Tolk": without isolation the comma would join the Arabic run and print
    // on the wrong side of the name.
    Element presenter = page.selectFirst(".presenters dd");
    assertEquals(
        List.of(RightToLeftMinutes.ARABIC_NAME, "Tolk"),
        presenter.select("bdi").eachText(),
        presenter.outerHtml());
    assertEquals(RightToLeftMinutes.ARABIC_NAME + ", Tolk", presenter.text());
    Element noteTaker = page.selectFirst(".people li");
    assertEquals(
        "<bdi class=\"person-name\">" + RightToLeftMinutes.PERSIAN_NAME_2 + "</bdi>, <bdi>Sekreterare</bdi>",
        noteTaker.html());
    assertTrue(page.selectFirst(".facts dd > bdi").text().equals("Region Halland"), "organiser");
  }

  @Test
  void everyPartOfAVenueIsIsolated() {
    // Street and city in Arabic side by side would otherwise run together and swap places.
    Document arabic = Jsoup.parse(Pages.arabicPage());
    assertEquals(
        List.of("قاعة المجلس", "شارع الملك ١٢", "الرياض"),
        arabic.selectFirst(".where").select("bdi").eachText());
    // Joined with the Arabic comma (U+060C); the user's own digits ("١٢") stay as written.
    assertEquals("قاعة المجلس، شارع الملك ١٢، الرياض", arabic.selectFirst(".where").text());
    assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
    assertEquals(
        List.of("Regionhuset", "Södra vägen 9", "Halmstad"),
        page.selectFirst(".where").select("bdi").eachText());
  }

  /**
   * Running text is in the minutes' language and takes the page's direction, even where its first
   * strong character is another script's ("محمد عبد الله presenterade rapporten" is a Swedish
   * sentence); only a text wholly in the other direction (an Arabic paragraph in Swedish minutes)
   * takes that direction.
   */
  @Test
  void runningTextTakesThePagesDirectionUnlessItIsWhollyInTheOther() {
    assertEquals("", paragraph(page, RightToLeftMinutes.MIXED_PARAGRAPH).attr("dir"));
    assertEquals("", paragraph(page, "Nästa möte leds av").attr("dir"));
    for (String text :
        List.of(
            RightToLeftMinutes.ARABIC_PARAGRAPH,
            RightToLeftMinutes.ARABIC_WITH_HARAKAT,
            RightToLeftMinutes.PERSIAN_PARAGRAPH,
            RightToLeftMinutes.HEBREW_PARAGRAPH)) {
      assertEquals("rtl", paragraph(page, text).attr("dir"), text);
    }
    // "Samråd med جمعية الصداقة": a Swedish title with an Arabic name at its end.
    assertFalse(page.selectFirst("h1").hasAttr("dir"));
    assertFalse(page.selectFirst("#item-1").hasAttr("dir"));
  }

  /**
   * An Arabic paragraph, heading or list item that begins with a Latin name ("John Smith قال إن
   * ...") runs right to left with the page: a browser would lay it out from the left if it took
   * the direction of its first strong character ({@code dir="auto"}).
   */
  @Test
  void arabicTextThatBeginsWithALatinNameRunsRightToLeft() {
    Minutes minutes =
        RightToLeftMinutes.arabic().toBuilder()
            .addAgendaItems(
                AgendaItem.withHeading("John Smith يعرض التقرير المالي")
                    .addBlocks(
                        Block.paragraph("John Smith قال إن الميزانية ستزيد في العام المقبل."),
                        Block.paragraph(Inline.strong("Anna Berg"), Inline.plain(" طرحت سؤالاً.")),
                        Block.paragraph("The committee agreed in English."))
                    .build())
            .build();
    Document arabic = Jsoup.parse(Pages.html(minutes));
    assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
    assertTrue(arabic.select("[dir=auto]").isEmpty(), arabic.select("[dir=auto]").outerHtml());
    assertFalse(paragraph(arabic, "John Smith قال").hasAttr("dir"));
    assertFalse(paragraph(arabic, "Anna Berg طرحت").hasAttr("dir"));
    assertFalse(arabic.selectFirst("#item-3").hasAttr("dir"));
    assertFalse(arabic.selectFirst("li:contains(Anna Berg تتولى)").hasAttr("dir"));
    // Wholly English: left to right.
    assertEquals("ltr", paragraph(arabic, "The committee agreed").attr("dir"));
  }

  /**
   * Values that may be in any script (a participant's name, code and organisation, a network's
   * name) are isolated in cells and lines that take the page's direction, so that a column lines
   * up on the page's start side whatever each name's script.
   */
  @Test
  void namesInCellsAreIsolatedAndTheCellsTakeThePagesDirection() {
    Document arabic = Jsoup.parse(Pages.html(RightToLeftMinutes.arabic()));
    for (Document document : List.of(page, arabic)) {
      for (Element cell : document.select("tbody td")) {
        assertFalse(cell.hasAttr("dir"), cell.outerHtml());
        boolean role = cell.text().isEmpty() || cell.select("bdi").isEmpty();
        if (!role) {
          assertEquals(cell.text(), cell.child(0).text(), cell.outerHtml());
          assertEquals("bdi", cell.child(0).tagName(), cell.outerHtml());
        }
      }
    }
    Element anna = arabic.selectFirst("tbody td:contains(Anna Berg)");
    assertEquals("<bdi>Anna Berg</bdi>", anna.html());
    Element network = arabic.selectFirst(".networks dd");
    assertFalse(network.hasAttr("dir"));
    assertEquals("<bdi>شبكة الصحة</bdi>", network.html());
  }

  /** The content's paragraph that begins with a text. */
  private static Element paragraph(Document document, String start) {
    return document.select(".content p, .content li").stream()
        .filter(p -> p.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + start));
  }

  /** Arabic minutes with the shipped Arabic labels: the whole page is Arabic and right to left. */
  @Test
  void anArabicDocumentHasArabicLabelsAndRunsRightToLeft() {
    Document arabic = Jsoup.parse(Pages.html(RightToLeftMinutes.arabic()));
    assertEquals("ar", arabic.selectFirst("html").attr("lang"));
    assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
    assertEquals("ملاحظات الاجتماع", arabic.selectFirst(".kind").text());
    assertTrue(arabic.select("bdi[dir=ltr]").isEmpty(), "no left-to-right label phrase to isolate");
  }

  /**
   * Minutes written in Arabic but declared in a language without shipped labels (Persian): the
   * page is in English (the fallback) but runs right to left, as the document does; its dates read
   * left to right inside it.
   */
  @Test
  void aRightToLeftDocumentWithEnglishLabelsRunsRightToLeft() {
    Document arabic = persianWithEnglishLabels();
    assertEquals("en", arabic.selectFirst("html").attr("lang"));
    assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
    assertEquals("fa", arabic.selectFirst("h1").attr("lang"));
    assertEquals("Meeting notes", arabic.selectFirst(".kind").text());
    for (Element phrase : arabic.select(".facts dd:has(time), p.when, p.attendance")) {
      Element isolate = phrase.child(0);
      assertEquals("bdi", isolate.tagName(), phrase.outerHtml());
      assertEquals("ltr", isolate.attr("dir"), phrase.outerHtml());
      assertEquals(phrase.text(), isolate.text(), phrase.outerHtml());
    }
    assertFalse(arabic.select("p.when").isEmpty());
    assertTrue(page.select(".facts bdi:has(time)").isEmpty(), "no isolate where they agree");
  }

  /**
   * The terms of the facts ("Date", with the colon the stylesheet adds) are English labels on a
   * right-to-left page: each runs left to right in its own isolate, or it reads ":Date".
   */
  @Test
  void factTermsInEnglishOnARightToLeftPageRunLeftToRight() {
    Document persian = persianWithEnglishLabels();
    List<Element> terms = persian.select(".facts > div > dt");
    assertFalse(terms.isEmpty());
    for (Element term : terms) {
      assertEquals("ltr", term.attr("dir"), term.outerHtml());
      // The space between term and value outside the isolate, where it separates them.
      assertEquals(
          " ", ((TextNode) term.nextSibling()).getWholeText(), term.parent().outerHtml());
    }
    Document arabic = Jsoup.parse(Pages.html(RightToLeftMinutes.arabic()));
    assertTrue(arabic.select(".facts dt[dir]").isEmpty(), "Arabic terms on an Arabic page");
    assertTrue(page.select(".facts dt[dir]").isEmpty(), "Swedish terms on a Swedish page");
  }

  /** Arabic-script minutes declared Persian, which has no shipped labels: English labels. */
  private static Document persianWithEnglishLabels() {
    return Jsoup.parse(
        Pages.html(RightToLeftMinutes.arabic().toBuilder().language(Language.ofTag("fa")).build()));
  }

  @Test
  void theStylesheetUsesLogicalSidesOnly() {
    // With the look's accent colour too, whose rules come after the stylesheet's.
    String css =
        page.selectFirst("style").data()
            + Pages.parse(
                    Pages.html(
                        ReferenceMinutes.june2022(),
                        Pages.branded(ExportOptions.defaults(), Pages.PNG_LOGO)))
                .selectFirst("style")
                .data();
    for (String physical :
        List.of("padding-left", "padding-right", "margin-left", "margin-right", "border-left",
            "border-right", "text-align: left", "text-align: right")) {
      assertFalse(css.contains(physical), physical + " in the stylesheet; use the logical name");
    }
  }
}
