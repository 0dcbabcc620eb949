package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceFacts;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the reference documents is on the page, as text a reader sees: every person, role,
 * region, heading, sentence, date, time, count and link label. Checked twice (see {@link
 * ReferenceFacts}): against everything the model holds, and against the source documents' words.
 * In HTML the colon after a label is the stylesheet's, so a label and its value are separated by a
 * space in the page's text.
 */
class ReferenceFactsTest {

  private static final String LABEL_SEPARATOR = " ";

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void everyTextOfTheModelIsOnThePage(String name, Minutes minutes, Language language) {
    Document page =
        Pages.parse(Pages.html(minutes, ExportOptions.defaults().withLanguage(language)));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(page.body().text(), ReferenceFacts.of(minutes, language)),
        "missing from the page of " + name + " in " + language);
  }

  @Test
  void june2022InSwedishSaysWhatTheSourceSays() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.june2022()));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            page.body().text(), ReferenceFacts.june2022InSwedish(LABEL_SEPARATOR)));
    assertEquals(6, page.select(".links li").size(), "two links under each of three items");
    assertEquals(
        "2 juni 2022 kl. 10.00–15.00",
        page.getElementById("time-and-place").parent().selectFirst(".when").text());
    assertEquals(
        List.of("2022-06-02", "2022-06-02T10:00", "2022-06-02T15:00"),
        page.select(".when time").eachAttr("datetime"));
    assertEquals("2022-06-11", page.selectFirst(".facts time").attr("datetime"));
  }

  @Test
  void december2021InSwedishSaysWhatTheSourceSays() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.december2021()));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            page.body().text(), ReferenceFacts.december2021InSwedish(LABEL_SEPARATOR)));
    assertEquals(8, page.select(".links li").size(), "two links under each of four items");
    assertEquals(2, page.select(".sessions > li").size());
  }

  @Test
  void june2022InEnglishHasEnglishLabelsAndTheSwedishText() {
    Document page =
        Pages.parse(
            Pages.html(
                ReferenceMinutes.june2022(),
                ExportOptions.defaults().withLanguage(Language.ENGLISH)));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            page.body().text(), ReferenceFacts.june2022InEnglish(LABEL_SEPARATOR)));
    // The page is in English; the minutes' own text is marked as Swedish.
    assertEquals("en", page.selectFirst("html").attr("lang"));
    for (String selector :
        List.of("h1", ".facts dd > bdi", ".networks dd", "#item-1", ".presenters dd",
            ".content", ".people", "caption h2", "tbody td:first-child")) {
      Element element = page.selectFirst(selector);
      assertEquals("sv", element.attr("lang"), selector);
    }
    assertEquals("en", page.selectFirst(".placeholder-note").attr("lang"));
    Element guest = page.select("tbody tr").get(15).select("td").get(1);
    assertEquals("Guest", guest.text());
    assertEquals("en", guest.attr("lang"));
  }

  @Test
  void swedishPagesDoNotRepeatTheLanguageOnEveryElement() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.june2022()));
    assertEquals(1, page.select("[lang]").size(), "only <html lang>");
  }
}
