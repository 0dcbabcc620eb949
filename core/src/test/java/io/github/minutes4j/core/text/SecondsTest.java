package io.github.minutes4j.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time that is not a whole minute is printed with its seconds, in the style of the language's
 * pattern, by every phrase that has a time; a fraction of a second is dropped. Until 0.3.0 a
 * session from 23:59:59 to 23:59:59.9 printed "23.59–23.59".
 */
class SecondsTest {

  private static final Labels SV = Labels.of(Language.SWEDISH);
  private static final LocalDate DAY = LocalDate.of(2021, 12, 9);

  @ParameterizedTest
  @CsvSource({
    "sv, 23.59.59, 10.00",
    "fi, 23.59.59, 10.00",
    "nb, 23.59.59, 10.00",
    "da, 23.59.59, 10.00",
    "en, 23:59:59, 10:00",
    "de, 23:59:59, 10:00",
    "ar, 23:59:59, 10:00",
    "ar-u-nu-arab, ٢٣:٥٩:٥٩, ١٠:٠٠",
    "en-US, 11:59:59\u00a0PM, 10:00\u00a0AM",
    "en-CA, 11:59:59\u00a0p.m., 10:00\u00a0a.m."
  })
  void secondsAreWrittenInTheStyleOfTheLanguagesPattern(
      String tag, String lastSecond, String wholeMinute) {
    Labels labels = Labels.of(Language.ofTag(tag));

    assertEquals(lastSecond, labels.time(LocalTime.of(23, 59, 59)));
    assertEquals(wholeMinute, labels.time(LocalTime.of(10, 0)), "a whole minute has no seconds");
  }

  @Test
  void aSessionWithinOneMinuteNoLongerPrintsTheSameTimeTwice() {
    Session lastMinute =
        Session.on(DAY, LocalTime.of(23, 59, 59), LocalTime.parse("23:59:59.9")).build();
    Session halfMinute = Session.on(DAY, LocalTime.of(10, 0, 30), LocalTime.of(10, 45)).build();

    assertEquals("9 december 2021 kl. 23.59.59–23.59.59", SV.when(lastMinute));
    assertEquals("9 december 2021 kl. 10.00.30–10.45", SV.when(halfMinute));
    assertEquals(
        "December 9, 2021, 10:00:30\u00a0AM–10:45\u00a0AM",
        Labels.of(Language.ofTag("en-US")).when(halfMinute));
  }

  @Test
  void aFractionOfASecondIsTruncatedNeverRoundedAndStillShowsTheSeconds() {
    assertEquals("23.59.59", SV.time(LocalTime.MAX));
    assertEquals("10.00.00", SV.time(LocalTime.of(10, 0, 0, 1)));
    assertNotEquals(
        SV.time(LocalTime.of(10, 0)),
        SV.time(LocalTime.of(10, 0, 0, 500_000_000)),
        "a time that is not a whole minute does not print as the whole minute");
  }

  @Test
  void everyPhraseWithATimeUsesTheSameFormat() {
    LocalTime start = LocalTime.of(14, 30, 15);
    LocalTime end = LocalTime.of(14, 45);

    assertEquals("kl. 14.30.15–14.45", SV.timeRange(start, end));
    assertEquals("kl. 14.30.15", SV.moment(Moment.at(start)));
    assertEquals(
        "anslöt till sammanträdet kl. 14.30.15 under § 45",
        SV.phrase(Label.ARRIVED, SV.moment(new Moment(Optional.of("§ 45"), Optional.of(start)))));
    NextMeeting next =
        new NextMeeting(
            LocalDate.of(2026, 12, 11), Optional.of(LocalTime.of(18, 0, 30)), Optional.empty());
    assertEquals("11 december 2026 kl. 18.00.30", SV.when(next));
    assertEquals("9 december 2021 kl. 14.30.15", SV.when(Session.on(DAY).start(start).build()));
  }

  @Test
  void theSecondsFollowThePatternsSeparator() {
    assertEquals("HH.mm.ss", Labels.withSeconds("HH.mm"));
    assertEquals("H.mm.ss", Labels.withSeconds("H.mm"));
    assertEquals("HH:mm:ss", Labels.withSeconds("HH:mm"));
    assertEquals("h:mm:ss\u00a0a", Labels.withSeconds("h:mm\u00a0a"));
    assertEquals("'kl.' HH.mm.ss", Labels.withSeconds("'kl.' HH.mm"));
    assertEquals("HH'h'mm:ss", Labels.withSeconds("HH'h'mm"), "after a quoted text, a colon");
    assertEquals("HH:mm:ss", Labels.withSeconds("HH:mm:ss"), "seconds already");
    assertEquals("H 'Uhr'", Labels.withSeconds("H 'Uhr'"), "no minutes");
    assertEquals("HH 'mm'", Labels.withSeconds("HH 'mm'"), "quoted text is no field");
  }

  @Test
  void aProvidedPatternGetsItsSecondsToo() {
    LabelProvider french = ProvidedSet.of("fr", Map.of("pattern.time", "HH'h'mm"));
    Labels labels = LabelSets.of(List.of(french)).labels(Language.ofTag("fr"), Language.ENGLISH);

    assertEquals("10h00", labels.time(LocalTime.of(10, 0)));
    assertEquals("10h00:30", labels.time(LocalTime.of(10, 0, 30)));
  }
}
