package io.github.minutes4j.benchmarks;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.MinutesPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The PDF baseline: openhtmltopdf printing the very page the PDF exporter prints (its print
 * edition: the HTML exporter's page with the print stylesheet, running header and footer, printed
 * link addresses), but with openhtmltopdf's defaults: the built-in PDF fonts (nothing to parse,
 * subset or embed; the page's font families are unknown to it, so it falls back to them), no PDF/UA
 * structure tree, no PDF/A, no colour profile. As openhtmltopdf's documentation does it: jsoup
 * parses the HTML5, {@link W3CDom} converts it, {@link PdfRendererBuilder} draws it. External
 * resources are refused, as in the exporter.
 *
 * <p>The print edition comes from the exporter's internal {@link MinutesPdf#page} (public on the
 * class path), made once at set-up; the exporter makes it on every render, which is part of its
 * measured cost. {@code BaselinesTest} checks that both print the same words on as many pages.
 */
public final class BaselinePdf {

  private static final BiPredicate<String, ExternalResourceType> DENY = (uri, type) -> false;

  /** PDFBox warns on every render that it maps the built-in Symbol font to a system font. */
  private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

  /** Makes the print edition; its fonts are only named in the page, never used here. */
  private static final MinutesPdf PRINT_EDITION = new MinutesPdf(FontSet.shipped());

  private BaselinePdf() {}

  /** Turns openhtmltopdf's logging and PDFBox's font warnings off, as a user would. Global. */
  public static void quiet() {
    XRLog.setLoggingEnabled(false);
    PDFBOX_FONTS.setLevel(Level.SEVERE);
  }

  /**
   * The page the PDF baseline prints: the PDF exporter's print edition, as HTML.
   *
   * @param minutes valid minutes
   * @return the page
   */
  public static String html(Minutes minutes) {
    try {
      return PRINT_EDITION.page(minutes, ExportOptions.defaults()).outerHtml();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
