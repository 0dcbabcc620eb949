package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {

  private static final Labels SV = Labels.of(Language.SWEDISH);
  private static final Labels EN = Labels.of(Language.ENGLISH);
  private static final Session HYBRID =
      Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
          .venue(Venue.of("SKR's lokaler", "Hornsgatan 20", "Stockholm"))
          .online(true)
          .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
          .build();

  /**
   * Fixed finding (of the mutation fuzzer): the parts were put in one placeholder after the other,
   * so a "{1}" in the first part, which is the minutes' own text, was filled with the second: a
   * venue named "Rum {1}" printed as "Rum digitalt".
   */
  @Test
  void aPlaceholderInThePartsIsTextNotAPlaceToFill() {
    Session session = Session.on(LocalDate.of(2022, 6, 2)).venue(Venue.room("Rum {1}")).online(true).build();
    assertEquals(Optional.of("Rum {1}, och digitalt"), SV.where(session));
    assertEquals(
        "Anna {1} {0} declared an interest (owns {0} shares) and took no part in this item.",
        EN.phrase(Label.CONFLICT_OF_INTEREST_REASON, "Anna {1} {0}", "owns {0} shares"));
    // A placeholder the label is not given stays as it is.
    assertEquals("Result: 1 for, {1} against, {2} abstained.", EN.phrase(Label.VOTE_RESULT, "1"));
  }

  @Test
  void swedishFollowsSwedishTypography() {
    assertEquals("2 juni 2022", SV.date(LocalDate.of(2022, 6, 2)));
    assertEquals("2 juni 2022 kl. 10.00–15.00", SV.when(HYBRID));
    assertEquals(
        Optional.of("SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt"), SV.where(HYBRID));
    assertEquals(
        Optional.of("Ca 10 personer deltog på plats och 13 personer på distans."),
        SV.attendance(HYBRID.attendance()));
    assertEquals("Minnesanteckningar", SV.documentKind(DocumentKind.MEETING_NOTES));
    assertEquals("Länk till bilder", SV.linkKind(LinkKind.SLIDES));
    assertEquals("Gäst", SV.affiliation(Affiliation.Role.GUEST));
    assertEquals("NUH", SV.affiliation(Affiliation.member("NUH")));
  }

  @Test
  void englishFollowsEnglishConventions() {
    assertEquals("2 June 2022, 10:00–15:00", EN.when(HYBRID));
    assertEquals(
        Optional.of("About 10 people attended on site and 13 people remotely."),
        EN.attendance(HYBRID.attendance()));
    assertEquals("Time and place", EN.text(Label.TIME_AND_PLACE));
  }

  @Test
  void partialAttendanceAndSingularCounts() {
    Attendance onlyRemote = Attendance.remote(HeadCount.exactly(1));
    Attendance onlyOnSite = Attendance.onSite(HeadCount.about(25));

    assertEquals(Optional.of("1 person deltog på distans."), SV.attendance(onlyRemote));
    assertEquals(Optional.of("Ca 25 personer deltog på plats."), SV.attendance(onlyOnSite));
    assertEquals(Optional.empty(), SV.attendance(Attendance.NOT_RECORDED));
    assertEquals("ca 1 person", SV.count(HeadCount.about(1)));
  }

  @Test
  void aParticipantListWithoutAHeadingIsHeadedByTheLanguagesLabel() {
    ParticipantList unheaded = ParticipantList.of(List.of());
    ParticipantList headed = ParticipantList.headed("Deltagarförteckning 28/4", List.of());

    assertEquals("Deltagarförteckning", SV.participantsHeading(unheaded));
    assertEquals("List of participants", EN.participantsHeading(unheaded));
    assertEquals("Deltagarförteckning 28/4", SV.participantsHeading(headed));
    assertEquals("Deltagarförteckning 28/4", EN.participantsHeading(headed));
  }

  @Test
  void sessionWithoutVenueOrRemoteParticipationHasNoPlace() {
    Session session =
        Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(13, 0), LocalTime.of(15, 0)).build();

    assertEquals(Optional.empty(), SV.where(session));
    assertEquals("9 december 2021 kl. 13.00–15.00", SV.when(session));
    assertEquals(
        Optional.of("Online"),
        EN.where(
            Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(13, 0), LocalTime.of(15, 0))
                .online(true)
                .build()));
  }

  static List<Language> shipped() {
    return LabelSets.shipped();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedSetHasEveryKeyAndNoOther(Language language) throws IOException {
    assertEquals(
        new TreeSet<>(Labels.keys()),
        new TreeSet<>(keysOf(language.tag()).stringPropertyNames()),
        "labels_" + language.tag() + ".properties");
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedLanguageServesItselfWithoutFallback(Language language) {
    Labels labels = Labels.of(language);

    assertFalse(labels.resolution().fallbackUsed(), labels.resolution().describe());
    assertEquals(language, labels.language());
    assertEquals(language, labels.resolution().servedBy());
    assertEquals(List.of(), labels.resolution().keysFromFallback());
    if (!language.equals(Language.ENGLISH)) {
      for (String key : Labels.keys()) {
        // Punctuation is rightly shared by the Latin-script languages: LabelPunctuationTest.
        if (!key.startsWith("pattern.")
            && !key.startsWith("separator.")
            && !ALIKE_IN_ENGLISH.contains(language.tag() + ":" + key)) {
          assertNotEquals(
              EN_TEXTS.getProperty(key),
              keysOf(language.tag()).getProperty(key),
              language.tag() + " " + key + " is the English text");
        }
      }
    }
  }

  /** Labels that are rightly the same word as in English. */
  private static final Set<String> ALIKE_IN_ENGLISH =
      Set.of(
          "sv:count.exact.one", "nb:count.exact.one", "da:count.exact.one",
          "sv:link.OTHER", "da:link.OTHER", "de:link.OTHER",
          "da:LINKS", "de:LINKS", "da:ONLINE", "de:ONLINE",
          "de:PARTICIPANT_NAME", "de:DOCUMENT_DATE");

  private static final Properties EN_TEXTS = keysOf("en");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sv | 2 juni 2022 kl. 10.00–15.00 | SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt"
            + " | Ca 10 personer deltog på plats och 13 personer på distans.",
        "en | 2 June 2022, 10:00–15:00 | SKR's lokaler, Hornsgatan 20, Stockholm, and online"
            + " | About 10 people attended on site and 13 people remotely.",
        "fi | 2. kesäkuuta 2022 klo 10.00–15.00 | SKR's lokaler, Hornsgatan 20, Stockholm sekä etänä"
            + " | Noin 10 henkeä osallistui paikan päällä ja 13 henkeä etänä.",
        "nb | 2. juni 2022 kl. 10.00–15.00 | SKR's lokaler, Hornsgatan 20, Stockholm og digitalt"
            + " | Ca. 10 personer deltok fysisk og 13 personer digitalt.",
        "da | 2. juni 2022 kl. 10.00–15.00 | SKR's lokaler, Hornsgatan 20, Stockholm og online"
            + " | Ca. 10 personer deltog fysisk og 13 personer online.",
        "de | 2. Juni 2022, 10:00–15:00 Uhr | SKR's lokaler, Hornsgatan 20, Stockholm und online"
            + " | Teilnehmende: ca. 10 Personen vor Ort und 13 Personen online.",
        "ar | 2 يونيو 2022، الساعة 10:00–15:00 | SKR's lokaler، Hornsgatan 20، Stockholm، وعبر الإنترنت"
            + " | عدد الحاضرين في المكان: نحو 10، وعن بُعد: 13."
      })
  void eachLanguageWritesTheSessionAsItsReadersExpect(
      String tag, String when, String where, String attendance) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(when, labels.when(HYBRID));
    assertEquals(Optional.of(where), labels.where(HYBRID));
    assertEquals(Optional.of(attendance), labels.attendance(HYBRID.attendance()));
  }

  @ParameterizedTest
  @CsvSource({
    "fi, 9. joulukuuta 2021 klo 9.00–12.00, 1 henki, noin 1 henki",
    "nb, 9. desember 2021 kl. 09.00–12.00, 1 person, ca. 1 person",
    "da, 9. december 2021 kl. 09.00–12.00, 1 person, ca. 1 person",
    "de, '9. Dezember 2021, 09:00–12:00 Uhr', 1 Person, ca. 1 Person",
    "ar, '9 ديسمبر 2021، الساعة 09:00–12:00', 1, نحو 1"
  })
  void morningsAndSingularCounts(String tag, String when, String one, String aboutOne) {
    Labels labels = Labels.of(Language.ofTag(tag));
    Session morning =
        Session.on(LocalDate.of(2021, 12, 10).minusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0))
            .build();

    assertEquals(when, labels.when(morning));
    assertEquals(one, labels.count(HeadCount.exactly(1)));
    assertEquals(aboutOne, labels.count(HeadCount.about(1)));
  }
  /** "About 0" says nothing more than 0 and reads as an error: it is written as 0. */
  @ParameterizedTest
  @CsvSource({
    "sv, 0 personer, ca 2 personer",
    "en, 0 people, about 2 people",
    "fi, 0 henkeä, noin 2 henkeä",
    "nb, 0 personer, ca. 2 personer",
    "da, 0 personer, ca. 2 personer",
    "de, 0 Personen, ca. 2 Personen",
    "ar, 0, نحو 2",
    "ar-u-nu-arab, ٠, نحو ٢"
  })
  void anApproximateCountOfZeroIsWrittenAsZero(String tag, String zero, String aboutTwo) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(zero, labels.count(HeadCount.about(0)));
    assertEquals(zero, labels.count(HeadCount.exactly(0)));
    assertEquals(aboutTwo, labels.count(HeadCount.about(2)), "other counts stay approximate");
  }


  @ParameterizedTest
  @CsvSource({"sv-SE, sv, För anteckningarna", "fi-FI, fi, Muistion laatija", "no, nb, Referent",
    "nn, nb, Referent", "nn-NO, nb, Referent", "no-NO, nb, Referent",
    "de-CH-1996, de, Protokollführung", "da-DK-u-ca-buddhist, da, Referent",
    "ar-u-nu-arab, ar, تدوين الملاحظات"})
  void aRegionalTagOrAnExtensionIsServedAlongItsTagWithoutAFallback(
      String tag, String set, String noteTakers) {
    Language language = Language.ofTag(tag);
    Labels labels = Labels.of(language);

    assertEquals(noteTakers, labels.text(Label.NOTE_TAKERS, 1));
    assertEquals(language, labels.language());
    assertEquals(Language.ofTag(set), labels.resolution().servedBy());
    assertFalse(labels.resolution().fallbackUsed(), "the language's own set is no fallback");
    assertFalse(labels.resolution().fallbackLanguageUsed());
    assertEquals(
        "labels for '" + language.tag() + "' come from the '" + set + "' set",
        labels.resolution().describe());
    assertEquals(Optional.of(Language.ofTag(set)), LabelSets.installed().setFor(language));
  }

  @ParameterizedTest
  @CsvSource({"is, en, Time and place", "fa, en, Time and place", "is-IS, en, Time and place"})
  void anUnshippedLanguageIsServedByEnglishAndTheFallbackIsReported(
      String tag, String set, String timeAndPlace) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(timeAndPlace, labels.text(Label.TIME_AND_PLACE));
    assertEquals(Language.ENGLISH, labels.language());
    assertEquals(Language.ENGLISH, labels.resolution().servedBy());
    assertTrue(labels.resolution().fallbackLanguageUsed());
    assertEquals(
        "no label set for '" + tag + "'; labels come from the 'en' set (fallback language 'en')",
        labels.resolution().describe());
    assertEquals("2 June 2022", labels.date(LocalDate.of(2022, 6, 2)));
    assertEquals(Optional.empty(), LabelSets.installed().setFor(Language.ofTag(tag)));
  }

  @Test
  void theCallerChoosesTheFallbackLanguage() {
    Labels labels = LabelSets.installed().labels(Language.ofTag("fit"), Language.ofTag("sv-SE"));

    assertEquals("Tid och plats", labels.text(Label.TIME_AND_PLACE));
    assertEquals("2 juni 2022 kl. 10.00–15.00", labels.when(HYBRID));
    assertEquals(Language.ofTag("sv-SE"), labels.language());
    assertEquals(Language.SWEDISH, labels.resolution().servedBy());
    assertEquals(
        "no label set for 'fit'; labels come from the 'sv' set (fallback language 'sv-SE')",
        labels.resolution().describe());
  }

  @Test
  void overridesReplaceSingleLabelsInAnyLanguage() {
    Map<Label, String> overrides = Map.of(Label.NOTE_TAKERS, "Sekreterare");

    assertEquals("Sekreterare", SV.withOverrides(overrides).text(Label.NOTE_TAKERS));
    assertEquals("Sekreterare", Labels.of(Language.ofTag("ar")).withOverrides(overrides).text(Label.NOTE_TAKERS));
    assertEquals("Tid och plats", SV.withOverrides(overrides).text(Label.TIME_AND_PLACE));
    assertEquals("För anteckningarna", SV.text(Label.NOTE_TAKERS));
    assertSame(SV, SV.withOverrides(Map.of()));
  }

  private static Properties keysOf(String tag) {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels_" + tag + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
