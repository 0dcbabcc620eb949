package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.format.UnsupportedOptionException;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonMinutesExporterTest {

  /** The small sample, spelled out: the format as a person reads it. */
  static final String SMALL =
      """
      {
        "format": "minutes4j/1",
        "language": "sv",
        "organiser": {
          "name": "Nätverken",
          "networks": [
            {
              "code": "NUH",
              "name": "Nätverket Uppdrag Hälsa"
            }
          ]
        },
        "kind": "meeting-notes",
        "date": "2022-06-11",
        "title": "Ett möte",
        "sessions": [
          {
            "date": "2022-06-02",
            "start": "10:00",
            "end": "15:00",
            "online": true,
            "attendance": {}
          }
        ],
        "agenda": [
          {
            "heading": "Introduktion",
            "presenters": [],
            "content": [
              {
                "type": "paragraph",
                "content": [
                  {
                    "type": "strong",
                    "text": "Anna"
                  }
                ]
              }
            ],
            "links": [
              {
                "kind": "slides",
                "label": "Länk till bilder",
                "target": {
                  "placeholder": true
                }
              }
            ]
          }
        ],
        "noteTakers": [],
        "participants": {
          "heading": "Deltagare",
          "entries": [
            {
              "name": "Anna",
              "affiliation": {
                "networkCode": "NUH"
              },
              "organisation": "Halland"
            }
          ]
        }
      }
      """;

  private final JsonMinutesExporter exporter = new JsonMinutesExporter();

  @Test
  void describesTheJsonFormat() {
    assertEquals(
        new FormatDescriptor("json", "application/json", "json"), exporter.format());
  }

  @Test
  void writesTheDocumentedFormatByteForByte() {
    assertArrayEquals(SMALL.getBytes(StandardCharsets.UTF_8), Json.bytes(SampleMinutes.small()));
  }

  @Test
  void refusesInvalidMinutesAndWritesNothing() {
    Minutes invalid =
        SampleMinutes.small().toBuilder()
            .title(" ")
            .addSession(
                Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(15, 0), LocalTime.of(10, 0))
                    .build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InvalidMinutesException e =
        assertThrows(InvalidMinutesException.class, () -> exporter.export(invalid, out));
    assertEquals(
        List.of("sessions[1].end", "title"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals(0, out.size());
  }

  @Test
  void leavesOutTheParticipantListWhenAskedTo() {
    Minutes full = SampleMinutes.full();
    byte[] json = Json.bytes(full, ExportOptions.defaults().withParticipants(false));
    String text = new String(json, StandardCharsets.UTF_8);
    assertFalse(text.contains("\"participants\""));
    assertFalse(text.contains("Anna Lindeberg"));
    assertEquals(full.toBuilder().withoutParticipants().build(), Json.read(json));
  }

  @Test
  void ignoresTheLanguageAndPageSizeOptions() {
    Minutes full = SampleMinutes.full();
    assertArrayEquals(
        Json.bytes(full),
        Json.bytes(
            full,
            ExportOptions.defaults().withLanguage(Language.ENGLISH).withPageSize(PageSize.LETTER)));
  }

  @Test
  void refusesAnExtractAndWritesNothing() {
    // Written anyway, the whole minutes would reach those the extract of two items is meant for.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnsupportedOptionException e =
        assertThrows(
            UnsupportedOptionException.class,
            () ->
                exporter.export(
                    SampleMinutes.formal(), ExportOptions.defaults().withExtract("§ 2", "3"), out));
    assertEquals("json", e.formatId());
    assertEquals("extract", e.option());
    assertEquals(
        "The json format writes the whole minutes as data and cannot write an extract of items"
            + " § 2, 3; export the extract as HTML or PDF, or write the whole minutes as JSON"
            + " without ExportOptions.withExtract",
        e.getMessage());
    assertEquals(0, out.size());
  }

  @Test
  void doesNotCloseTheStream() throws IOException {
    RecordingStream out = new RecordingStream();
    exporter.export(SampleMinutes.small(), out);
    assertFalse(out.closed);
    assertEquals(SMALL, out.bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void passesOnTheStreamsIoException() {
    IOException failure = new IOException("disk full");
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw failure;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw failure;
          }
        };
    IOException thrown =
        assertThrows(IOException.class, () -> exporter.export(SampleMinutes.full(), broken));
    assertSame(failure, thrown);
  }

  /**
   * A stream that fails after the generator's first buffer has gone out fails inside databind,
   * which wraps the stream's exception in its own: the caller still gets the stream's
   * IOException, as the exporter contract says, not an IllegalStateException.
   */
  @Test
  void passesOnTheStreamsIoExceptionWhenItFailsHalfway() {
    Minutes.Builder large = SampleMinutes.full().toBuilder();
    for (int i = 0; i < 400; i++) {
      large.addAgendaItem(io.github.minutes4j.core.AgendaItem.withHeading("Punkt " + i).build());
    }
    IOException failure = new IOException("disk full");
    int[] written = {0};
    OutputStream halfway =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (written[0] > 0) {
              throw failure;
            }
            written[0] += len;
          }
        };
    IOException thrown =
        assertThrows(IOException.class, () -> exporter.export(large.build(), halfway));
    assertSame(failure, thrown);
    assertTrue(written[0] > 0, "the first buffer went out");
  }

  @Test
  void refusesNull() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Minutes small = SampleMinutes.small();
    ExportOptions defaults = ExportOptions.defaults();
    assertThrows(NullPointerException.class, () -> exporter.export(null, defaults, out));
    assertThrows(NullPointerException.class, () -> exporter.export(small, null, out));
    assertThrows(NullPointerException.class, () -> exporter.export(small, defaults, null));
    assertEquals(0, out.size());
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    List<Minutes> documents = new ArrayList<>();
    List<byte[]> expected = new ArrayList<>();
    for (long seed = 0; seed < 16; seed++) {
      Minutes minutes = SampleMinutes.generate(seed, new java.util.HashSet<>());
      documents.add(minutes);
      expected.add(Json.bytes(minutes));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 200; round++) {
        int index = round % documents.size();
        results.add(
            pool.submit(
                () -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  exporter.export(documents.get(index), out);
                  boolean same = java.util.Arrays.equals(expected.get(index), out.toByteArray());
                  Minutes back =
                      Json.READER.read(new java.io.ByteArrayInputStream(out.toByteArray()));
                  return same && back.equals(documents.get(index));
                }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class RecordingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean closed;

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
