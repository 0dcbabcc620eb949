package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A time that is not a whole minute is printed with its seconds, and its {@code datetime} has them
 * too. Until 0.3.0 a session from 23:59:59 to 23:59:59.9 read "kl. 23.59–23.59", and its {@code
 * datetime} values were both "2021-12-09T23:59".
 */
class SecondsTest {

  @Test
  void sessionsAndAdjournmentsShowTheirSecondsInTextAndIsoValues() {
    Minutes minutes =
        ReferenceMinutes.december2021().toBuilder()
            .sessions(
                List.of(
                    Session.on(
                            LocalDate.of(2021, 12, 9),
                            LocalTime.of(23, 59, 59),
                            LocalTime.parse("23:59:59.9"))
                        .build(),
                    Session.on(
                            LocalDate.of(2021, 12, 10), LocalTime.of(10, 0, 30), LocalTime.of(10, 45))
                        .addAdjournment(LocalTime.of(10, 5, 15), LocalTime.of(10, 10))
                        .build()))
            .build();
    Document page = Pages.parse(Pages.html(minutes, ExportOptions.defaults()));
    String text = page.body().text();

    assertTrue(text.contains("9 december 2021 kl. 23.59.59–23.59.59"), text);
    assertTrue(text.contains("10 december 2021 kl. 10.00.30–10.45"), text);
    assertTrue(text.contains("kl. 10.05.15–10.10"), text);
    assertEquals("23.59.59", page.selectFirst("time[datetime=2021-12-09T23:59:59]").text());
    assertEquals("10.00.30", page.selectFirst("time[datetime=2021-12-10T10:00:30]").text());
    assertEquals("10.45", page.selectFirst("time[datetime=2021-12-10T10:45]").text());
    assertEquals("10.05.15", page.selectFirst("time[datetime=2021-12-10T10:05:15]").text());
  }
}
