/**
 * Writes minutes as one accessible, self-contained HTML5 page: valid markup, a semantic outline
 * (one {@code h1}, a section per agenda item, the participant list as a real table), inline CSS
 * for phones, desktops and A4 print, no script and no external resource.
 *
 * <p>The exporter registers itself for {@link java.util.ServiceLoader}, so {@code
 * FormatRegistry.exporters().byId("html")} finds it on the module path and on the class path.
 * Only {@code io.github.minutes4j.html} is exported; the rendering code is internal.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.html {
  requires transitive io.github.minutes4j.core;

  exports io.github.minutes4j.html;
  // The PDF exporter prints this module's page of minutes it has validated itself.
  exports io.github.minutes4j.html.internal to
      io.github.minutes4j.pdf;

  provides io.github.minutes4j.core.spi.MinutesExporter with
      io.github.minutes4j.html.HtmlMinutesExporter;
}
