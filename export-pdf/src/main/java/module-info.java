/**
 * Writes minutes as tagged, archival PDF that conforms to both PDF/UA-1 and PDF/A-2u: the HTML
 * exporter's page printed through openhtmltopdf, with fonts shipped in the jar, bookmarks, running
 * headers and page numbers, and no access to the network or the file system.
 *
 * <p>The exporter registers itself for {@link java.util.ServiceLoader}, so {@code
 * FormatRegistry.exporters().byId("pdf")} finds it on the module path and on the class path. Only
 * {@code io.github.minutes4j.pdf} is exported; the rendering code is internal. openhtmltopdf's jars
 * have no module names of their own; they are used as the automatic modules {@code
 * openhtmltopdf.core} and {@code openhtmltopdf.pdfbox}.
 *
 * @since 0.1.0
 */
module io.github.minutes4j.pdf {
  requires transitive io.github.minutes4j.core;
  requires io.github.minutes4j.html;
  requires io.github.minutes4j.json;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  // Not used here, but PDFBox logs through it. PDFBox is an automatic module, and an explicit
  // module like this one that no module requires is not resolved on the module path.
  requires org.apache.commons.logging;
  // Not used here either: PDFBox releases buffers with sun.misc.Unsafe when it can, and logs a
  // SEVERE stack trace at start-up on the module path when jdk.unsupported is not resolved.
  requires jdk.unsupported;
  requires org.jsoup;
  requires java.desktop;
  requires java.logging;
  requires java.xml;

  exports io.github.minutes4j.pdf;

  // Fallback fonts from artifacts of their own, such as minutes4j-fonts-cjk (FontProvider).
  uses io.github.minutes4j.pdf.FontProvider;

  provides io.github.minutes4j.core.spi.MinutesExporter with
      io.github.minutes4j.pdf.PdfMinutesExporter;
  provides io.github.minutes4j.core.spi.MinutesReader with
      io.github.minutes4j.pdf.PdfMinutesReader;
}
