/**
 * An exporter that writes minutes as Markdown, written the way a third party would write one: it
 * requires only {@code io.github.minutes4j.core}, and registers itself for {@link
 * java.util.ServiceLoader} both here ({@code provides}) and in {@code META-INF/services}, so that
 * {@code FormatRegistry.exporters()} and {@code minutes4j formats} find it on the module path and
 * on the class path.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.examples.markdown {
  // transitive: the exporter's public methods take and return core types.
  requires transitive io.github.minutes4j.core;

  exports io.github.minutes4j.examples.markdown;

  provides io.github.minutes4j.core.spi.MinutesExporter with
      io.github.minutes4j.examples.markdown.MarkdownMinutesExporter;
}
