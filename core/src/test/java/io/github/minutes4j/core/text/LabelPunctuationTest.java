package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The punctuation that joins parts: from the label set, or for Arabic script from the Arabic one. */
class LabelPunctuationTest {

  private static final Session SESSION =
      Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(18, 0), LocalTime.of(20, 0))
          .venue(Venue.of("Kommunhuset", "Storgatan 1", "Halmstad"))
          .build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sv | ', ' | '; ' | ': '",
        "en | ', ' | '; ' | ': '",
        "fi | ', ' | '; ' | ': '",
        "nb | ', ' | '; ' | ': '",
        "da | ', ' | '; ' | ': '",
        "de | ', ' | '; ' | ': '",
        "ar | '\u060c ' | '\u061b ' | ': '",
        "ar-EG | '\u060c ' | '\u061b ' | ': '",
        // Languages without a set of their own, written in Arabic script: their script's marks,
        // with the fallback's words.
        "fa | '\u060c ' | '\u061b ' | ': '",
        "ur-PK | '\u060c ' | '\u061b ' | ': '",
        "az-Arab | '\u060c ' | '\u061b ' | ': '",
        // Written in Latin script: the fallback's marks.
        "is | ', ' | '; ' | ': '",
        "az-Latn | ', ' | '; ' | ': '"
      })
  void eachLanguageJoinsPartsWithItsOwnPunctuation(
      String tag, String list, String group, String label) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(list, labels.listSeparator());
    assertEquals(group, labels.groupSeparator());
    assertEquals(label, labels.labelSeparator());
    assertEquals("Anna Ek" + list + "Bo Berg", labels.join(List.of("Anna Ek", "Bo Berg")));
    assertEquals(
        Optional.of("Kommunhuset" + list + "Storgatan 1" + list + "Halmstad"),
        labels.where(SESSION));
    assertEquals(
        "Linda Persson Melin" + list + "handläggare" + list + "SKR",
        labels.person(Person.named("Linda Persson Melin").withRole("handläggare").withOrganisation("SKR")));
  }

  @Test
  void persianTakesArabicPunctuationButStillReportsTheFallback() {
    Labels persian = Labels.of(Language.ofTag("fa"));

    assertEquals("Time and place", persian.text(Label.TIME_AND_PLACE));
    assertTrue(persian.resolution().fallbackLanguageUsed());
    assertTrue(persian.resolution().keysFromFallback().contains("separator.list"));
  }

  @Test
  void aProviderSetMayWordItsOwnPunctuation() {
    LabelProvider french =
        ProvidedSet.of(
            "fr", Map.of("separator.label", "\u202f: ", "TIME_AND_PLACE", "Date et lieu"));
    Labels labels = LabelSets.of(List.of(french)).labels(Language.ofTag("fr"), Language.ENGLISH);

    assertEquals("\u202f: ", labels.labelSeparator());
    assertEquals(", ", labels.listSeparator());
  }
}
