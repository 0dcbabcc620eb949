/**
 * JSON for minutes4j: {@link io.github.minutes4j.json.JsonMinutesExporter} writes {@link
 * io.github.minutes4j.core.Minutes} in the documented, versioned format {@code minutes4j/1}, and
 * {@link io.github.minutes4j.json.JsonMinutesReader} reads it back, strictly.
 *
 * <p>Both are found by {@link java.util.ServiceLoader} under the format id {@code json} and the
 * media type {@code application/json}. The format and its JSON Schema ({@code
 * minutes-1.schema.json}, draft 2020-12) are described in {@code docs/json/README.md}.
 *
 * <p>Jackson 3's databind does the work, configured by an internal module of mix-ins; no Jackson
 * type appears in the API.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.json {
  requires transitive io.github.minutes4j.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.minutes4j.json;

  // Lets tools on the module path read the JSON Schema, minutes-1.schema.json, from this package.
  opens io.github.minutes4j.json;

  provides io.github.minutes4j.core.spi.MinutesExporter with
      io.github.minutes4j.json.JsonMinutesExporter;
  provides io.github.minutes4j.core.spi.MinutesReader with
      io.github.minutes4j.json.JsonMinutesReader;
}
