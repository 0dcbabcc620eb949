package io.github.minutes4j.benchmarks;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.html.HtmlMinutesExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The PDF baseline: openhtmltopdf used directly on the HTML exporter's page, with its defaults:
 * the built-in PDF fonts (nothing to embed), no PDF/UA or PDF/A, no bookmarks, header or footer.
 * As openhtmltopdf's documentation does it: jsoup parses the HTML5, {@link W3CDom} converts it,
 * {@link PdfRendererBuilder} draws it. External resources are refused, as in the exporter.
 */
public final class BaselinePdf {

  private static final BiPredicate<String, ExternalResourceType> DENY = (uri, type) -> false;

  /** PDFBox warns on every render that it maps the built-in Symbol font to a system font. */
  private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

  private BaselinePdf() {}

  /** Turns openhtmltopdf's logging and PDFBox's font warnings off, as a user would. Global. */
  public static void quiet() {
    XRLog.setLoggingEnabled(false);
    PDFBOX_FONTS.setLevel(Level.SEVERE);
  }

  /**
   * The page the PDF baseline prints.
   *
   * @param minutes the minutes
   * @return the HTML exporter's page
   */
  public static String html(Minutes minutes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HtmlMinutesExporter().export(minutes, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Prints a page.
   *
   * @param html the HTML5 page
   * @param out where the PDF goes
   * @throws IOException if openhtmltopdf fails
   */
  public static void render(String html, OutputStream out) throws IOException {
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(dom, "about:blank");
    builder.useExternalResourceAccessControl(
        DENY, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        DENY, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.toStream(out);
    builder.run();
  }
}
