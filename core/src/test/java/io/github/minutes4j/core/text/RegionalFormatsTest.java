package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A region whose readers write dates and times otherwise than the language's set is served by a
 * shipped regional set before the language's: American readers read "January 9, 2026,
 * 10:00 AM–3:00 PM", as CLDR writes it, where the English set is British. Until 0.3.0 {@code
 * en-US} printed "9 January 2026, 10:00–15:00".
 */
class RegionalFormatsTest {

  private static final Session JANUARY =
      Session.on(LocalDate.of(2026, 1, 9), LocalTime.of(10, 0), LocalTime.of(15, 0)).build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en-US | January 9, 2026, 10:00\u00a0AM–3:00\u00a0PM | Organizer",
        "en-CA | January 9, 2026, 10:00\u00a0a.m.–3:00\u00a0p.m. | Organizer",
        "en-AU | 9 January 2026, 10:00\u00a0am–3:00\u00a0pm | Organiser",
        "en-NZ | 9 January 2026, 10:00\u00a0am–3:00\u00a0pm | Organiser",
        "en-GB | 9 January 2026, 10:00–15:00 | Organiser",
        "en-IE | 9 January 2026, 10:00–15:00 | Organiser",
        "en | 9 January 2026, 10:00–15:00 | Organiser",
        "en-US-u-nu-arab | January ٩, ٢٠٢٦, ١٠:٠٠\u00a0AM–٣:٠٠\u00a0PM | Organizer",
        "de-AT | 9. Jänner 2026, 10:00–15:00 Uhr | Veranstalter",
        "de-CH | 9. Januar 2026, 10:00–15:00 Uhr | Veranstalter",
        "sv-FI | 9 januari 2026 kl. 10.00–15.00 | Arrangör",
        "ar-LB | 9 كانون الثاني 2026، الساعة 10:00–15:00 | الجهة المنظِّمة"
      })
  void aRegionWritesTheSessionAsItsReadersDo(String tag, String when, String organiser) {
    Language language = Language.ofTag(tag);
    Labels labels = Labels.of(language);

    assertEquals(when, labels.when(JANUARY));
    assertEquals(organiser, labels.text(Label.ORGANISER));
    assertEquals(language, labels.language(), "the page keeps the tag asked for");
    assertFalse(labels.resolution().fallbackUsed(), labels.resolution().describe());
    assertEquals(
        Language.ofTag(tag.substring(0, 2)),
        labels.resolution().servedBy(),
        "a regional set is no language of its own");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "en-CA", "en-AU", "en-NZ"})
  void theRegionalDatesAndClocksAreCldrs(String tag) {
    Labels labels = Labels.of(Language.ofTag(tag));
    Locale locale = Language.ofTag(tag).locale();
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);

    for (LocalDate day : List.of(LocalDate.of(2026, 1, 9), LocalDate.of(2022, 12, 31))) {
      assertEquals(date.format(day), labels.date(day));
    }
    for (LocalTime clock : List.of(LocalTime.of(0, 5), LocalTime.of(10, 0), LocalTime.of(15, 30))) {
      // CLDR's space before AM and PM is a plain one (a narrow no-break space in later CLDR); the
      // labels keep "3:00 PM" on one line with a no-break space.
      assertEquals(
          time.format(clock).replace(' ', '\u00a0').replace('\u202f', '\u00a0'),
          labels.time(clock));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "en_CA", "en_AU", "en_NZ"})
  void aRegionalSetHasOnlyWhatDiffersFromItsLanguage(String name) throws IOException {
    Properties region = properties("labels_" + name + ".properties");
    Properties language = properties("labels_" + name.substring(0, 2) + ".properties");

    assertFalse(region.isEmpty());
    for (String key : region.stringPropertyNames()) {
      assertTrue(Labels.keys().contains(key), key);
      assertNotEquals(language.getProperty(key), region.getProperty(key), name + " " + key);
    }
  }

  @Test
  void theRegionalSetsAreNoLanguagesOfTheirOwn() {
    assertFalse(LabelSets.installed().languages().contains(Language.ofTag("en-US")));
    assertEquals(
        Optional.of(Language.ENGLISH), LabelSets.installed().setFor(Language.ofTag("en-US")));
  }

  @Test
  void aProvidersSetOfTheRegionComesFirstLabelByLabel() {
    LabelProvider american =
        ProvidedSet.of("en-US", Map.of("pattern.time", "HH:mm", "ORGANISER", "Host"));
    Labels labels =
        LabelSets.of(List.of(american)).labels(Language.ofTag("en-US"), Language.ENGLISH);

    assertEquals("January 9, 2026, 10:00–15:00", labels.when(JANUARY), "the provider's clock");
    assertEquals("Host", labels.text(Label.ORGANISER));
    assertEquals("Region or organization", labels.text(Label.PARTICIPANT_ORGANISATION));
    assertEquals(Language.ofTag("en-US"), labels.resolution().servedBy());
  }

  @Test
  void theCallersWordingWins() {
    Labels labels =
        Labels.of(Language.ofTag("en-US")).withOverrides(Map.of(Label.ORGANISER, "Convener"));

    assertEquals("Convener", labels.text(Label.ORGANISER));
  }

  @Test
  void aRegionalFallbackLanguageWritesItsRegionsDates() {
    Labels labels = LabelSets.installed().labels(Language.ofTag("is"), Language.ofTag("en-US"));

    assertEquals("January 9, 2026, 10:00\u00a0AM–3:00\u00a0PM", labels.when(JANUARY));
    assertEquals(Language.ofTag("en-US"), labels.language());
    assertEquals(Language.ENGLISH, labels.resolution().servedBy());
  }

  private static Properties properties(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
