package io.github.minutes4j.json;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.UnsupportedOptionException;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.json.internal.JsonFormat;
import io.github.minutes4j.json.internal.MinutesJsonWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@link Minutes} as JSON in format {@code minutes4j/1}: format id {@code json}, media type
 * {@code application/json}, file extension {@code json}.
 *
 * <p>The output is UTF-8 without a byte order mark, indented by two spaces, with {@code \n} line
 * ends and a final line end, and holds the properties in a fixed, documented order (not
 * alphabetical), so the same minutes always give the same bytes. {@code docs/json/README.md}
 * describes the format and {@code minutes-1.schema.json} (in this jar, next to this class, and in
 * {@code docs/json}) is its JSON Schema. {@link JsonMinutesReader} reads it back to equal minutes.
 *
 * <p>Of the {@link ExportOptions}, only {@link ExportOptions#includeParticipants()} applies: when
 * false, the participant list is left out, as in every other format, to keep personal data off a
 * published copy. The language and page size are ignored: JSON holds the minutes' own language
 * and has no labels or pages. An {@linkplain ExportOptions#withExtract(java.util.List) extract} is
 * refused with an {@link UnsupportedOptionException}: JSON holds whole minutes, and the items an
 * extract leaves out must not reach those it is sent to.
 *
 * <p>Stable. Stateless and thread-safe: one instance can serve any number of threads.
 *
 * @since 0.1.0
 */
public final class JsonMinutesExporter implements MinutesExporter {

  /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
  public JsonMinutesExporter() {}

  /**
   * The JSON format.
   *
   * @return id {@code json}, media type {@code application/json}, extension {@code json}; never
   *     null
   */
  @Override
  public FormatDescriptor format() {
    return JsonFormat.DESCRIPTOR;
  }

  /**
   * Writes valid minutes as JSON; {@link #export(Minutes, ExportOptions, OutputStream) export}
   * validates them first.
   *
   * @param minutes the minutes, valid; never null
   * @param options only {@link ExportOptions#includeParticipants()} applies; never null
   * @param out where to write; not closed; never null
   * @throws UnsupportedOptionException if the options ask for an extract; nothing is written
   * @throws IOException if writing to {@code out} fails
   */
  @Override
  public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
    if (options.isExtract()) {
      throw new UnsupportedOptionException(JsonFormat.DESCRIPTOR.id(), "extract",
          "The json format writes the whole minutes as data and cannot write an extract of items "
              + String.join(", ", options.extract()) + "; export the extract as HTML or PDF, or"
              + " write the whole minutes as JSON without ExportOptions.withExtract");
    }
    MinutesJsonWriter.write(minutes, options.includeParticipants(), out);
  }

  @Override
  public String toString() {
    return "JsonMinutesExporter[" + JsonFormat.VERSION + "]";
  }
}
