package io.github.minutes4j.integration;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.json.JsonMinutesReader;
import io.github.minutes4j.testfixtures.Exports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The exporters and the reader under test, and small helpers around them. */
final class Formats {

  static final JsonMinutesExporter JSON = new JsonMinutesExporter();
  static final HtmlMinutesExporter HTML = new HtmlMinutesExporter();
  static final JsonMinutesReader READER = new JsonMinutesReader();

  private Formats() {}

  static byte[] export(MinutesExporter exporter, Minutes minutes, ExportOptions options) {
    return Exports.bytes(exporter, minutes, options);
  }

  static byte[] json(Minutes minutes) {
    return export(JSON, minutes, ExportOptions.defaults());
  }

  static String html(Minutes minutes, ExportOptions options) {
    return new String(export(HTML, minutes, options), StandardCharsets.UTF_8);
  }

  static String html(Minutes minutes) {
    return html(minutes, ExportOptions.defaults());
  }

  static Document page(Minutes minutes, ExportOptions options) {
    return Jsoup.parse(html(minutes, options));
  }

  static Minutes read(byte[] json) {
    try {
      return READER.read(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
