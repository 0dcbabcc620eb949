package io.github.minutes4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The reader's dates and times, read by hand in their usual forms, are exactly what {@link
 * LocalDate#parse} and {@link LocalTime#parse} make of the same text: the same value, or the same
 * refusal with the same message.
 */
class CodecsTest {

  @Test
  void readsDatesAsLocalDateParse() {
    List<String> texts = new ArrayList<>();
    for (int year : new int[] {0, 4, 100, 400, 1900, 1999, 2000, 2022, 2023, 2024, 9999}) {
      for (int month = 0; month <= 19; month++) {
        for (int day = 0; day <= 39; day++) {
          texts.add(String.format("%04d-%02d-%02d", year, month, day));
        }
      }
    }
    texts.addAll(List.of("+2022-06-02", "-0001-01-01", "+10000-01-01", "2022-6-02", "2022-06-2",
        "2022/06/02", "2022-06-02 ", " 2022-06-02", "2022-06-0a", "２０２２-06-02",
        "2022-06-02T10:00"));
    texts.addAll(random("0123456789-+ :T", 10, 20_000));
    assertAgree(texts, Codecs::date, LocalDate::parse);
  }

  @Test
  void readsTimesAsLocalTimeParse() {
    List<String> texts = new ArrayList<>();
    for (int hour = 0; hour <= 29; hour++) {
      for (int minute = 0; minute <= 69; minute++) {
        texts.add(String.format("%02d:%02d", hour, minute));
        for (int second = 0; second <= 69; second += 7) {
          texts.add(String.format("%02d:%02d:%02d", hour, minute, second));
        }
      }
    }
    texts.addAll(List.of("10:00:00.5", "10:00:00.123456789", "1:00", "10:0", "10-00", "10:00:",
        "10:00:0", " 10:00", "10:00 ", "10:00Z", "24:00", "23:59:60", "１０:00", "10:00:00:00"));
    texts.addAll(random("0123456789:. ", 5, 10_000));
    texts.addAll(random("0123456789:. ", 8, 10_000));
    assertAgree(texts, Codecs::time, LocalTime::parse);
  }

  private static List<String> random(String alphabet, int length, int count) {
    Random random = new Random(length * 31L + count);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static void assertAgree(
      List<String> texts, Function<String, ?> ours, Function<String, ?> jdk) {
    int read = 0;
    for (String text : texts) {
      Object expected = outcome(jdk, text);
      assertEquals(expected, outcome(ours, text), text);
      read += expected instanceof String ? 0 : 1;
    }
    // The set holds both kinds, so that the test can fail either way.
    assertEquals(true, read > 1000 && read < texts.size() - 1000, read + " of " + texts.size());
  }

  /** The value, or the class and message of the exception as text. */
  private static Object outcome(Function<String, ?> parse, String text) {
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
