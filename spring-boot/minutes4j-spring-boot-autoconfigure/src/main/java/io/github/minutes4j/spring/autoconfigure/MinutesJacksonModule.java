package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets Spring's Jackson converter write {@link Minutes} inside other values (a {@code
 * List<Minutes>}, an application's record of search results) as {@code minutes4j/1} JSON, written
 * by the installed JSON exporter, instead of Jackson's own view of the records ({@code
 * "language":{}}, {@code "MEETING_NOTES"}), which no reader reads back. Minutes returned on their
 * own are written by {@link MinutesHttpMessageConverter}. Reading is not changed: a request body
 * is one document, read by the converter.
 */
final class MinutesJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the module.
   *
   * @param json the JSON exporter
   * @param options the options of every export
   */
  MinutesJacksonModule(MinutesExporter json, ExportOptions options) {
    super("minutes4j");
    addSerializer(Minutes.class, new Writer(json, options));
  }

  /** Writes minutes as the exporter writes them, as a raw JSON value. */
  private static final class Writer extends ValueSerializer<Minutes> {
    private final MinutesExporter json;
    private final ExportOptions options;

    Writer(MinutesExporter json, ExportOptions options) {
      this.json = Objects.requireNonNull(json, "json");
      this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void serialize(Minutes minutes, JsonGenerator generator, SerializationContext context) {
      byte[] bytes;
      try {
        bytes = json.exportToBytes(minutes, options);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      generator.writeRawValue(new String(bytes, StandardCharsets.UTF_8).strip());
    }
  }
}
