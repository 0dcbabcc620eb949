package io.github.minutes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void theBarShowsCountPercentRateAndTimeLeft() {
    assertEquals(
        "[==============>                         ] 740/2000 37% 49.3 docs/s 0:26 left",
        Progress.bar(740, 2000, 15.0, 80));
    assertEquals(
        "[>                                       ] 0/2000 0% - docs/s --:-- left",
        Progress.bar(0, 2000, 0.4, 80));
    assertEquals(
        "[========================================] 2000/2000 100% 48.8 docs/s 0:00 left",
        Progress.bar(2000, 2000, 41.0, 80));
  }

  @Test
  void theBarFitsTheTerminalLeavingTheLastColumnFree() {
    for (int width = 20; width <= 120; width++) {
      String bar = Progress.bar(1234, 100000, 3600.0, width);
      assertTrue(bar.length() < Math.max(width, bar.strip().length() + 1), width + ": " + bar);
      if (width >= 60) {
        assertTrue(bar.length() <= width - 1, width + ": " + bar);
      }
    }
    assertEquals("1234/100000 1% 0.3 docs/s 80:02:14 left", Progress.bar(1234, 100000, 3600.0, 30));
  }

  @Test
  void durationsReadAsAClock() {
    assertEquals("0:26", Progress.duration(26));
    assertEquals("12:05", Progress.duration(725));
    assertEquals("1:02:03", Progress.duration(3723));
  }

  @Test
  void theWidthComesFromColumnsOr80() {
    assertEquals(132, Progress.terminalWidth("132"));
    assertEquals(80, Progress.terminalWidth(null));
    assertEquals(80, Progress.terminalWidth("wide"));
    assertEquals(80, Progress.terminalWidth("5"));
  }
}
