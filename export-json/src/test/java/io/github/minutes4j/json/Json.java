package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.testfixtures.Exports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shortcuts for tests: write to bytes and text, read from bytes and text. */
final class Json {

  static final JsonMinutesExporter EXPORTER = new JsonMinutesExporter();
  static final JsonMinutesReader READER = new JsonMinutesReader();

  private Json() {}

  static byte[] bytes(Minutes minutes) {
    return bytes(minutes, ExportOptions.defaults());
  }

  static byte[] bytes(Minutes minutes, ExportOptions options) {
    return Exports.bytes(EXPORTER, minutes, options);
  }

  static String text(Minutes minutes) {
    return new String(bytes(minutes), StandardCharsets.UTF_8);
  }

  static Minutes read(byte[] json) {
    try {
      return READER.read(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Minutes read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  static MinutesReadException readError(byte[] json) {
    return assertThrows(MinutesReadException.class, () -> read(json));
  }

  static MinutesReadException readError(String json) {
    return readError(json.getBytes(StandardCharsets.UTF_8));
  }
}
