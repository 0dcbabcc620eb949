package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.html.internal.MinutesPage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Prints minutes: the HTML exporter's page, plus the print-only parts, checked for characters the
 * fonts lack, through the {@link PageRenderer}. Stateless and thread-safe.
 *
 * <p>The minutes are valid when they get here: the PDF exporter has validated them, and the page
 * comes straight from the HTML module's internal {@link MinutesPage}, which does not validate again.
 * That page's text and attribute values are already in Unicode Normalization Form C (an address
 * that is not is written percent-encoded), so nothing here normalises the page again.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
public final class MinutesPdf {

  private final FontSet fonts;
  private final PageRenderer renderer;

  /**
   * Creates a printer with a font set.
   *
   * @param fonts the fonts; never null
   */
  public MinutesPdf(FontSet fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.renderer = new PageRenderer(fonts);
  }

  /**
   * The page as the PDF prints it, before it is drawn: the HTML exporter's page with the
   * print-only parts, its text in NFC.
   *
   * @param minutes valid minutes
   * @param options the export options
   * @return the page
   * @throws IOException if writing the HTML page fails
   */
  public Document page(Minutes minutes, ExportOptions options) throws IOException {
    return page(html(minutes, options), minutes, options, options.labelsFor(minutes));
  }

  private Document page(String html, Minutes minutes, ExportOptions options, Labels labels) {
    Document page = Jsoup.parse(html);
    PrintEdition.apply(page, minutes, options.pageSize(), labels, fonts, options.isExtract());
    return page;
  }

  private static String html(Minutes minutes, ExportOptions options) throws IOException {
    StringWriter html = new StringWriter(16 * 1024);
    new MinutesPage(minutes, options, html, false).write();
    return html.toString();
  }

  /**
   * Prints minutes.
   *
   * @param minutes valid minutes; never null
   * @param options the export options; never null
   * @return the PDF
   * @throws io.github.minutes4j.pdf.UnsupportedCharacterException if the fonts cannot draw a
   *     character of the page
   * @throws IOException if a step of the rendering fails
   */
  public byte[] render(Minutes minutes, ExportOptions options) throws IOException {
    return render(minutes, options, false);
  }

  /**
   * Prints minutes, as PDF/A-3u with their JSON attached as the source if asked to.
   *
   * @param minutes valid minutes; never null
   * @param options the export options; never null
   * @param embedSource whether to attach the minutes' JSON ({@link SourceAttachment}); ignored
   *     for an {@linkplain ExportOptions#isExtract() extract}, whose data would hold the items it
   *     leaves out
   * @return the PDF
   * @throws io.github.minutes4j.pdf.UnsupportedCharacterException if the fonts cannot draw a
   *     character of the page
   * @throws IOException if a step of the rendering fails
   */
  public byte[] render(Minutes minutes, ExportOptions options, boolean embedSource)
      throws IOException {
    Optional<String> logo = PrintEdition.logoImage(options.look());
    OffsetDateTime date = date(minutes);
    String html = html(minutes, options);
    Optional<SourceAttachment> source =
        embedSource && !options.isExtract()
            ? Optional.of(SourceAttachment.of(minutes, options))
            : Optional.empty();
    // The page is the HTML page plus what PrintEdition adds, which depends only on the minutes
    // (whose text is in the HTML), the paper size, the fonts, the footer's labels (which the
    // options may reword) and the attached source: hashing those is hashing the page, without
    // writing the whole page out again as text.
    Labels labels = options.labelsFor(minutes);
    String margins = TextCoverage.marginText(labels);
    String[] texts = {html, options.pageSize().name(), String.join("\n", fonts.families()), margins};
    if (source.isPresent()) {
      texts = Arrays.copyOf(texts, texts.length + 1);
      texts[texts.length - 1] = new String(source.get().json(), StandardCharsets.UTF_8);
    }
    byte[] identifier = PageRenderer.identifier(date, texts);
    Document page = page(html, minutes, options, labels);
    html = null; // a large document's page is held three times over otherwise: text, jsoup, DOM
    TextCoverage.require(fonts, minutes, options.includeParticipants(), page, margins);
    boolean bidi = BidiPrint.needed(page);
    AtomicReference<org.w3c.dom.Document> dom = new AtomicReference<>(PageRenderer.dom(page));
    page = null; // only the DOM is printed; let the jsoup tree go before the layout starts
    return renderer.render(dom, identifier, date, source, logo, bidi);
  }

  /** The document's date, at midnight UTC: the PDF's creation and modification date. */
  static OffsetDateTime date(Minutes minutes) {
    return minutes.date().atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
