package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@code datetime} of a time is the date and time as ISO 8601 writes them, to the minute, or to
 * the second when the text shows the seconds (a time that is not a whole minute).
 */
class DateTimeAttributeTest {

  private static final DateTimeFormatter ISO_MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  @Test
  void writesTheDateAndTheTimeAsIso8601WithTheSecondsTheTextShows() {
    assertEquals(
        "2022-06-02T09:05", MinutesPage.dateTime(LocalDate.of(2022, 6, 2), LocalTime.of(9, 5)));
    assertEquals(
        "0999-12-31T23:59:59",
        MinutesPage.dateTime(LocalDate.of(999, 12, 31), LocalTime.of(23, 59, 59, 999)));
    assertEquals(
        "2022-06-02T10:00:00",
        MinutesPage.dateTime(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0, 0, 500_000_000)),
        "a fraction is dropped, as in the text");
  }

  @Test
  void agreesWithTheJdksFormatterForAnyDateAndTime() {
    Random random = new Random(17);
    for (int i = 0; i < 10_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 700_000);
      LocalTime time = LocalTime.ofNanoOfDay((long) (random.nextDouble() * 86_399_999_999_999L));
      DateTimeFormatter iso =
          time.getSecond() == 0 && time.getNano() == 0 ? ISO_MINUTES : ISO_SECONDS;
      assertEquals(
          iso.format(date.atTime(time)), MinutesPage.dateTime(date, time), date + " " + time);
    }
  }
}
