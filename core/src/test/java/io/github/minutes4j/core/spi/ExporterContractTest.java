package io.github.minutes4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link MinutesExporter#export} does for every exporter before and after its {@code write}. */
class ExporterContractTest {

  private static final Minutes VALID =
      Minutes.builder(
              Language.ENGLISH,
              Organiser.of("Networks"),
              DocumentKind.MEETING_NOTES,
              "Meeting",
              LocalDate.of(2022, 6, 11))
          .addSession(
              Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                  .build())
          .build();

  /** Records what happens to the stream: writes and flushes, in order. */
  static final class Recording extends ByteArrayOutputStream {
    final List<String> events = new ArrayList<>();

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      events.add("write");
      super.write(b, off, len);
    }

    @Override
    public void flush() {
      events.add("flush");
    }
  }

  private final List<Minutes> written = new ArrayList<>();

  private final MinutesExporter exporter =
      new MinutesExporter() {
        @Override
        public FormatDescriptor format() {
          return new FormatDescriptor("text", "text/plain", "txt");
        }

        @Override
        public void write(Minutes minutes, ExportOptions options, OutputStream out)
            throws java.io.IOException {
          written.add(minutes);
          out.write(minutes.title().getBytes(StandardCharsets.UTF_8));
        }
      };

  @Test
  void validMinutesAreWrittenThenTheStreamIsFlushed() throws Exception {
    Recording out = new Recording();
    exporter.export(VALID, out);
    assertEquals(List.of(VALID), written);
    assertEquals(List.of("write", "flush"), out.events);
    assertEquals("Meeting", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void invalidMinutesAreRefusedBeforeWriteIsCalled() {
    Minutes invalid = VALID.toBuilder().title(" ").build();
    Recording out = new Recording();
    InvalidMinutesException e =
        assertThrows(
            InvalidMinutesException.class,
            () -> exporter.export(invalid, ExportOptions.defaults(), out));
    assertEquals("title", e.violations().get(0).path());
    assertEquals(List.of(), written);
    assertEquals(List.of(), out.events);
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    OutputStream out = new ByteArrayOutputStream();
    ExportOptions options = ExportOptions.defaults();
    assertEquals(
        "minutes",
        assertThrows(NullPointerException.class, () -> exporter.export(null, options, out))
            .getMessage());
    assertEquals(
        "options",
        assertThrows(NullPointerException.class, () -> exporter.export(VALID, null, out))
            .getMessage());
    assertEquals(
        "out",
        assertThrows(NullPointerException.class, () -> exporter.export(VALID, options, null))
            .getMessage());
    assertEquals(List.of(), written);
  }

  /** {@code check} refuses what {@code export} refuses, and accepts what it writes, writing nothing. */
  @Test
  void checkRefusesWhatExportRefusesAndWritesNothing() throws Exception {
    exporter.check(VALID, ExportOptions.defaults());
    assertEquals(List.of(VALID), written, "the default check writes to a stream that discards it");

    Minutes invalid = VALID.toBuilder().title(" ").build();
    InvalidMinutesException e =
        assertThrows(
            InvalidMinutesException.class, () -> exporter.check(invalid, ExportOptions.defaults()));
    assertEquals("title", e.violations().get(0).path());
    assertEquals(List.of(VALID), written);

    MinutesExporter refusing =
        new MinutesExporter() {
          @Override
          public FormatDescriptor format() {
            return new FormatDescriptor("strict", "text/plain", "txt");
          }

          @Override
          public void write(Minutes minutes, ExportOptions options, OutputStream out) {
            throw new Refusal("cannot show the title \"" + minutes.title() + "\"");
          }
        };
    assertEquals(
        "cannot show the title \"Meeting\"",
        assertThrows(Refusal.class, () -> refusing.check(VALID, ExportOptions.defaults()))
            .getMessage());
    assertEquals(
        "options",
        assertThrows(NullPointerException.class, () -> exporter.check(VALID, null)).getMessage());
  }

  /** An exporter's own refusal, as exporters in other modules define them. */
  static final class Refusal extends io.github.minutes4j.core.Minutes4jException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }
}
