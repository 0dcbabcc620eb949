/**
 * Chinese, Japanese and Korean for the PDF exporter of {@code io.github.minutes4j.pdf}: the font
 * Droid Sans Fallback, registered as a {@link io.github.minutes4j.pdf.FontProvider} both here
 * ({@code provides}) and in {@code META-INF/services}, so that the exporter finds it on the module
 * path and on the class path. Requires only the PDF exporter.
 *
 * @since 0.3.0
 */
module io.github.minutes4j.fonts.cjk {
  requires io.github.minutes4j.pdf;

  exports io.github.minutes4j.fonts.cjk;

  provides io.github.minutes4j.pdf.FontProvider with
      io.github.minutes4j.fonts.cjk.CjkFonts;
}
