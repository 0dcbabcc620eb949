package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.TransformerFactoryConfigurationError;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine builds no XMP packet of its own (the exporter writes its own), and the exported file
 * still has every catalog entry of PDF/UA and compressed content streams.
 */
class UaCatalogTest {

  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"sv\"><head><title>Protokoll</title></head><body>"
          + "<h1>Protokoll</h1><p>Ordföranden öppnade mötet.</p></body></html>";

  /** The catalog the engine leaves after drawing the page in PDF/UA mode. */
  private static PDDocumentCatalog drawnByTheEngine(boolean skip) throws IOException {
    PDDocument document = new PDDocument();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(
        PageRenderer.dom(
            Jsoup.parse("<!DOCTYPE html><html lang=\"sv\"><body><div></div></body></html>")),
        "about:blank");
    builder.usePdfUaAccessibility(true);
    builder.usePDDocument(document);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      if (skip) {
        UaCatalog.skipEngineMetadata(renderer);
      }
      renderer.layout();
      renderer.createPDFWithoutClosing();
    }
    return document.getDocumentCatalog();
  }

  @Test
  void theEngineBuildsNoMetadataButStillTagsThePage() throws IOException {
    assertTrue(UaCatalog.skipsEngineMetadata(), "the engine's flag of PDF/UA mode is found");

    PDDocumentCatalog skipped = drawnByTheEngine(true);
    PDDocumentCatalog unskipped = drawnByTheEngine(false);

    assertNull(skipped.getMetadata(), "no XMP packet of the engine's");
    assertNull(skipped.getMarkInfo());
    assertNotNull(skipped.getStructureTreeRoot(), "the content is still tagged");
    assertNotNull(unskipped.getMetadata(), "without the skip, the engine writes its packet");
  }

  /**
   * No render looks up an XSLT processor or a DOM builder, as the engine's XMP step did: one named
   * by an application's class path but missing would fail the lookup, and one present would be
   * used by the render.
   */
  @Test
  void aRenderLooksUpNoXsltProcessorOrDomBuilder(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve("javax.xml.transform.TransformerFactory"), "no.Xslt\n");
    Files.writeString(services.resolve("javax.xml.parsers.DocumentBuilderFactory"), "no.Dom\n");
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    try (URLClassLoader application = new URLClassLoader(new URL[] {dir.toUri().toURL()}, own)) {
      thread.setContextClassLoader(application);
      assertThrows(
          TransformerFactoryConfigurationError.class,
          TransformerFactory::newInstance,
          "the application's class path names a processor that is missing");

      byte[] pdf =
          new PageRenderer(FontSet.shipped())
              .render(Jsoup.parse(PAGE), OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC));

      assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
    } finally {
      thread.setContextClassLoader(own);
    }
  }

  @Test
  void theExportedFileHasTheCatalogEntriesOfPdfUaAndCompressedPages() throws IOException {
    byte[] pdf =
        new PageRenderer(FontSet.shipped())
            .render(Jsoup.parse(PAGE), OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertTrue(catalog.getMarkInfo().isMarked());
      assertEquals("sv", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
      assertTrue(xmp.contains("Protokoll"), xmp);
      for (PDPage page : document.getPages()) {
        COSStream contents = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        assertEquals(COSName.FLATE_DECODE, contents.getDictionaryObject(COSName.FILTER));
        String drawn = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(drawn.contains("BDC") && drawn.contains("Tf"), "the page's content is intact");
      }
    }
  }
}
