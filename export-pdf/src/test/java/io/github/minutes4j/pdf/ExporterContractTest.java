package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exporter keeps the SPI's contract: what it is, what it refuses, and what it writes. */
class ExporterContractTest {

  @Test
  void describesItsFormat() {
    assertEquals(
        new FormatDescriptor("pdf", "application/pdf", "pdf"), new PdfMinutesExporter().format());
    assertEquals(
        "PdfMinutesExporter[pdf, fonts [Liberation Sans, Noto Sans Arabic, Noto Sans Hebrew,"
            + " Noto Sans Ethiopic, Noto Sans Armenian, Noto Sans Georgian, Noto Sans Cherokee,"
            + " Noto Sans Canadian Aboriginal, Noto Sans Tifinagh, DejaVu Sans, Symbola]]",
        Pdfs.EXPORTER.toString());
  }

  @Test
  void writesOnePdfAndNeitherClosesNorOverwritesTheStream() throws IOException {
    CharactersTest.RecordingStream recording = new CharactersTest.RecordingStream();
    Pdfs.EXPORTER.export(ReferenceMinutes.june2022(), recording);
    assertFalse(recording.closed, "the caller's stream is closed");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("before".getBytes(StandardCharsets.US_ASCII));
    Pdfs.EXPORTER.export(ReferenceMinutes.june2022(), ExportOptions.defaults(), out);
    byte[] bytes = out.toByteArray();
    assertEquals(recording.written + "before".length(), bytes.length);
    String head = new String(bytes, 0, 11, StandardCharsets.ISO_8859_1);
    assertEquals("before%PDF-", head);
    String tail = new String(bytes, bytes.length - 6, 6, StandardCharsets.ISO_8859_1);
    assertTrue(tail.contains("%%EOF"), tail);
  }

  @Test
  void refusesInvalidMinutesAndWritesNothing() {
    Minutes invalid = ReferenceMinutes.june2022().toBuilder().title(" ").build();
    CharactersTest.RecordingStream out = new CharactersTest.RecordingStream();
    InvalidMinutesException e =
        assertThrows(
            InvalidMinutesException.class,
            () -> Pdfs.EXPORTER.export(invalid, ExportOptions.defaults(), out));
    assertEquals("title", e.violations().get(0).path());
    assertEquals(0, out.written);
    assertFalse(out.closed);
  }

  @Test
  void aFailingStreamGetsTheWholeFileAtOnceOrNothing() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };
    IOException e =
        assertThrows(
            IOException.class, () -> Pdfs.EXPORTER.export(ReferenceMinutes.june2022(), failing));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void refusesNull() {
    OutputStream out = OutputStream.nullOutputStream();
    Minutes minutes = ReferenceMinutes.june2022();
    ExportOptions options = ExportOptions.defaults();
    assertThrows(NullPointerException.class, () -> Pdfs.EXPORTER.export(null, options, out));
    assertThrows(NullPointerException.class, () -> Pdfs.EXPORTER.export(minutes, null, out));
    assertThrows(NullPointerException.class, () -> Pdfs.EXPORTER.export(minutes, options, null));
  }

  @Test
  void theDefaultOptionsAreThoseOfTheSpi() throws IOException {
    ByteArrayOutputStream withDefaults = new ByteArrayOutputStream();
    Pdfs.EXPORTER.export(ReferenceMinutes.december2021(), withDefaults);
    assertArrayEquals(
        Pdfs.render(ReferenceMinutes.december2021(), ExportOptions.defaults()),
        withDefaults.toByteArray());
  }
}
