package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.examples.reference.ReferenceFacts;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page in every shipped language, in a regional and an unshipped language, and with labels
 * reworded in the options. {@link ReferenceFactsTest} checks that every label of each shipped
 * language is on the page; this test checks that no English label leaks into another language's
 * page and that fallbacks are marked and reported.
 */
class LanguagesTest {

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void eachShippedLanguageIsServedByItsOwnSetWithNoEnglishOnThePage(
      String name, Minutes minutes, Language language) {
    ExportOptions options = ExportOptions.defaults().withLanguage(language);
    Document page = Pages.parse(Pages.html(minutes, options));

    assertFalse(options.labelsFor(minutes).resolution().fallbackUsed());
    assertEquals(language.tag(), page.selectFirst("html").attr("lang"));
    if (!language.equals(Language.ENGLISH)) {
      Labels own = Labels.of(language);
      for (String english : words(Labels.of(Language.ENGLISH))) {
        if (!words(own).contains(english)) {
          assertFalse(
              page.text().contains(english),
              "the English label '" + english + "' is on the " + language + " page of " + name);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "sv-SE, För anteckningarna",
    "fi-FI, Muistion laatijat",
    "no, Referenter",
    "nn, Referenter",
    "en-US, Notes taken by"
  })
  void aRegionalTagKeepsItsTagAndUsesTheSetAlongIt(String tag, String noteTakers) {
    Minutes minutes = ReferenceMinutes.june2022().toBuilder().language(Language.ofTag(tag)).build();
    Document page = Pages.parse(Pages.html(minutes, ExportOptions.defaults()));

    assertEquals(tag, page.selectFirst("html").attr("lang"));
    assertEquals(0, page.select("body [lang]").size(), "one language throughout");
    assertEquals(noteTakers, page.getElementById("note-takers").text());
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            page.body().text(), ReferenceFacts.of(minutes, Labels.of(Language.ofTag(tag)))));
  }

  @ParameterizedTest
  @CsvSource({"is, en, Notes taken by", "fa, en, Notes taken by", "is, de, Protokollführung"})
  void anUnshippedLanguageIsLabelledInTheFallbackAndTheMinutesKeepTheirTag(
      String tag, String fallback, String noteTakers) {
    Minutes minutes = ReferenceMinutes.june2022().toBuilder().language(Language.ofTag(tag)).build();
    ExportOptions options = ExportOptions.defaults().withFallbackLanguage(Language.ofTag(fallback));
    Document page = Pages.parse(Pages.html(minutes, options));

    assertTrue(options.labelsFor(minutes).resolution().fallbackLanguageUsed());
    assertEquals(fallback, page.selectFirst("html").attr("lang"));
    assertEquals(noteTakers, page.getElementById("note-takers").text());
    assertEquals(tag, page.selectFirst("h1").attr("lang"), "the minutes' own text keeps its tag");
    assertEquals(
        List.of(), ReferenceFacts.missingFrom(page.body().text(), ReferenceFacts.of(minutes, options.labelsFor(minutes))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | June 2, 2022, 10:00 AM–3:00 PM | 10:00 AM | Organizer",
        "en-AU | 2 June 2022, 10:00 am–3:00 pm | 10:00 am | Organiser",
        "en | 2 June 2022, 10:00–15:00 | 10:00 | Organiser"
      })
  void aRegionsReadersReadItsDatesAndClockWithIsoValues(
      String tag, String when, String start, String organiser) {
    ExportOptions options = ExportOptions.defaults().withLanguage(Language.ofTag(tag));
    Document page = Pages.parse(Pages.html(ReferenceMinutes.june2022(), options));

    assertEquals(tag, page.selectFirst("html").attr("lang"));
    // wholeText: text() would make the no-break space before "AM" a space.
    assertEquals(when, page.selectFirst("p.when").wholeText());
    assertEquals(start, page.selectFirst("time[datetime=2022-06-02T10:00]").wholeText());
    assertEquals(
        List.of("2022-06-11", "2022-06-02", "2022-06-02T10:00", "2022-06-02T15:00"),
        page.select("time").eachAttr("datetime").subList(0, 4),
        "machine-readable values stay ISO 8601");
    assertTrue(page.body().text().contains(organiser), page.body().text());
  }

  @Test
  void rewordedLabelsReplaceTheSetsWords() {
    ExportOptions options =
        ExportOptions.defaults()
            .withLabel(Label.NOTE_TAKERS, "Sekreterare")
            .withLabel(Label.PARTICIPANTS, "Närvarande");
    Minutes minutes = ReferenceMinutes.june2022();
    Document page = Pages.parse(Pages.html(minutes, options));

    assertEquals("Sekreterare", page.getElementById("note-takers").text());
    assertFalse(page.text().contains("För anteckningarna"));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(page.body().text(), ReferenceFacts.of(minutes, options.labelsFor(minutes))));
    assertEquals(
        "Sekreterare",
        Pages.parse(Pages.html(minutes, options.withLanguage(Language.GERMAN)))
            .getElementById("note-takers")
            .text());
  }

  /** The words of a set that are labels rather than patterns, long enough to be telling. */
  private static List<String> words(Labels labels) {
    List<String> words = new ArrayList<>();
    for (Label label : Label.values()) {
      words.add(labels.text(label));
    }
    for (DocumentKind kind : DocumentKind.values()) {
      words.add(labels.documentKind(kind));
    }
    for (LinkKind kind : LinkKind.values()) {
      words.add(labels.linkKind(kind));
    }
    for (Affiliation.Role role : Affiliation.Role.values()) {
      words.add(labels.affiliation(role));
    }
    words.removeIf(word -> word.length() < 4);
    return words;
  }
}
