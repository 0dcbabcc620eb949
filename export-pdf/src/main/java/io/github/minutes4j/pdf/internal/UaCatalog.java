package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The catalog entries of a PDF/UA file that openhtmltopdf writes in PDF/UA mode, written here
 * instead: {@code /MarkInfo}, {@code /Lang}, {@code /ViewerPreferences} and the metadata stream,
 * which {@link XmpPacket} fills.
 *
 * <p>After drawing the first page the engine builds an XMP packet with xmpbox (its type mapping
 * set up by reflection, an XSLT transformer to serialise it), only for the exporter to replace it
 * with {@link XmpPacket}'s: 7-8 % of an export's CPU time in a profile of the December 2021
 * minutes (JFR, 6 December 2026). The engine has no option to leave it out: it builds it when
 * its renderer's private flag of PDF/UA mode is set, the flag it also tags the content by. The
 * tagging is decided when the renderer is built, and openhtmltopdf 1.1.65 reads the flag nowhere
 * else afterwards, so {@link #skipEngineMetadata} clears it on the built renderer. If that is not
 * possible (another version of the engine, without the field), the engine writes its entries as
 * before and {@link #write} writes over them: the file is the same. {@code UaCatalogTest} fails
 * when the engine's packet is built again.
 *
 * <p>Stateless. Internal to the module; no compatibility promise.
 */
final class UaCatalog {

  /** The renderer's flag of PDF/UA mode; empty where the engine has no such field. */
  private static final Optional<VarHandle> PDF_UA_MODE = pdfUaMode();

  private UaCatalog() {}

  /** Whether {@link #skipEngineMetadata} keeps the engine from writing its metadata. */
  static boolean skipsEngineMetadata() {
    return PDF_UA_MODE.isPresent();
  }

  /**
   * Keeps a renderer from writing its XMP packet and catalog entries; its content stays tagged.
   *
   * @param renderer a renderer built in PDF/UA mode, before it draws
   */
  static void skipEngineMetadata(PdfBoxRenderer renderer) {
    PDF_UA_MODE.ifPresent(flag -> flag.set(renderer, false));
  }

  /**
   * Writes the entries into the document's catalog, as the engine does in PDF/UA mode, with an
   * empty metadata stream where the engine wrote none, for the XMP packet.
   *
   * @param document the drawn document
   * @param language the page's language, its {@code lang}; not empty
   */
  static void write(PDDocument document, String language) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    if (catalog.getMetadata() == null) {
      catalog.setMetadata(new PDMetadata(document));
    }
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    catalog.setLanguage(language);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
  }

  private static Optional<VarHandle> pdfUaMode() {
    try {
      return Optional.of(
          MethodHandles.privateLookupIn(PdfBoxRenderer.class, MethodHandles.lookup())
              .findVarHandle(PdfBoxRenderer.class, "_pdfUaConformance", boolean.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Another version of the engine, or one that does not open its package: it writes its own.
      return Optional.empty();
    }
  }
}
