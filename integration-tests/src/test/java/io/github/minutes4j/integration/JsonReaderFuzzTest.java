package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Jazzer, a coverage-guided fuzzer, on {@code JsonMinutesReader.read}: whatever the bytes, the
 * reader returns valid minutes or throws one of its two documented exceptions, {@link
 * MinutesReadException} (with a place) or {@link InvalidMinutesException}. Anything else (a
 * Jackson exception, a {@code NullPointerException}, an {@code IOException} from an in-memory
 * stream, a stack overflow, an assertion below) is a finding.
 *
 * <p>Minutes it does read must survive the JSON round trip and export to HTML.
 *
 * <p>Without the environment variable or system property {@code JAZZER_FUZZ}, jazzer-junit runs in
 * regression mode: the seeds in {@code src/test/resources/.../JsonReaderFuzzTestInputs} (the
 * reference documents and every field of the model) and any earlier findings. With {@code
 * JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}; the module's pom sets it for a separate
 * surefire execution, so that every build fuzzes for a bounded time.
 */
class JsonReaderFuzzTest {

  private static final AtomicLong RUNS = new AtomicLong();
  private static final AtomicLong READ = new AtomicLong();

  @AfterAll
  static void report() {
    System.out.printf(
        "fuzzing: %d inputs, %d read as minutes, the rest refused with a documented exception%n",
        RUNS.get(), READ.get());
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({
    "\"format\"", "\"minutes4j/1\"", "\"language\"", "\"sv\"", "\"en\"", "\"organiser\"", "\"name\"",
    "\"networks\"", "\"code\"", "\"kind\"", "\"meeting-notes\"", "\"minutes\"", "\"date\"",
    "\"2022-06-02\"", "\"title\"", "\"sessions\"", "\"start\"", "\"end\"", "\"10:00\"", "\"15:00\"",
    "\"venue\"", "\"street\"", "\"city\"", "\"online\"", "\"attendance\"", "\"onSite\"",
    "\"remote\"", "\"count\"", "\"approximate\"", "\"agenda\"", "\"heading\"", "\"presenters\"",
    "\"role\"", "\"organisation\"", "\"content\"", "\"links\"", "\"type\"", "\"paragraph\"",
    "\"subsection\"", "\"list\"", "\"ordered\"", "\"items\"", "\"plain\"", "\"strong\"",
    "\"emphasis\"", "\"link\"", "\"text\"", "\"target\"", "\"address\"", "\"placeholder\"",
    "\"label\"", "\"slides\"", "\"video\"", "\"document\"", "\"other\"", "\"noteTakers\"",
    "\"participants\"", "\"entries\"", "\"affiliation\"", "\"networkCode\"", "\"guest\"",
    "\"coordinator\"", "\"https://example.org/\"", "\"mailto:a@example.org\"", "true", "false",
    "null", "1e999", "2147483648", "\\u0000", "\\uD800", "\uFEFF"
  })
  void readsOnlyIntoMinutesOrTheDocumentedErrors(byte[] input) throws IOException {
    RUNS.incrementAndGet();
    Minutes minutes;
    try {
      minutes = Formats.READER.read(new ByteArrayInputStream(input));
    } catch (MinutesReadException e) {
      assertNotEquals(SourceLocation.UNKNOWN, e.location(), e.getMessage());
      assertFalse(e.problem().isBlank());
      return;
    } catch (InvalidMinutesException e) {
      assertFalse(e.violations().isEmpty());
      return;
    }
    READ.incrementAndGet();
    assertEquals(minutes, Formats.read(Formats.json(minutes)));
    Formats.html(minutes, ExportOptions.defaults());
  }
}
