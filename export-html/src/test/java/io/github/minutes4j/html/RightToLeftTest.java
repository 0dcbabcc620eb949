package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.util.List;
import java.util.stream.Collectors;
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

  @Test
  void userTextTakesTheDirectionOfItsFirstStrongCharacter() {
    List<String> paragraphs =
        page.select(".content p").stream()
            .filter(p -> !"auto".equals(p.attr("dir")))
            .map(Element::outerHtml)
            .collect(Collectors.toList());
    assertEquals(List.of(), paragraphs, "paragraphs without dir=auto");
    for (Element cell : page.select("tbody td")) {
      boolean role = List.of("Gäst", "Koordinator").contains(cell.text());
      assertEquals(role ? "" : "auto", cell.attr("dir"), cell.outerHtml());
    }
    assertEquals("auto", page.selectFirst("h1").attr("dir"));
    assertEquals("auto", page.selectFirst("#item-1").attr("dir"));
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
