package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.extend.FontResolver;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.minutes4j.html.internal.TextDirection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.DateConverter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.DOMImplementation;

/**
 * Prints an HTML page (a jsoup document with its paged-media CSS) to a tagged PDF/UA-1 and
 * PDF/A-2u file with openhtmltopdf, deterministically and without reading anything.
 *
 * <ul>
 *   <li><b>No I/O</b>: every external resource (images, style sheets, fonts, {@code @import},
 *       {@code url()}, objects; {@code http}, {@code file}, {@code jar}, {@code data}, ...) is
 *       refused both before and after openhtmltopdf resolves its address. openhtmltopdf fetches
 *       {@code http} and reads {@code file} addresses by default.
 *   <li><b>Fonts</b> come only from the {@link FontSet}, parsed once; in PDF/A and PDF/UA modes
 *       openhtmltopdf's built-in fonts are off.
 *   <li><b>Same input, same bytes</b>: the creation and modification dates (Info dictionary and
 *       XMP) are the date passed in, not the clock, and the file identifier is a hash of the page.
 *   <li><b>Right-to-left text</b> (Arabic, Persian, Hebrew) is split, shaped and reordered by
 *       {@link JdkBidi}; each paragraph's base direction is its CSS {@code direction}, and
 *       generated content (page numbers) runs in the direction of the page's {@code lang}, the
 *       labels' language.
 *   <li><b>Lines</b> never break between a quotation mark and the word it quotes ({@link
 *       QuoteAwareLineBreaker}).
 *   <li><b>Threads</b>: stateless per call; openhtmltopdf's builder, renderer and PDFBox's document
 *       are created per render, and only the parsed fonts and their metrics cache are shared.
 * </ul>
 *
 * <p>The engine is told PDF/UA and not PDF/A: in PDF/A mode it builds the XMP packet with xmpbox
 * (reflection and an XSLT transformer per render, 0.9 of the 13.8 MB an export allocated). In
 * PDF/UA mode it builds a smaller one, which {@link UaCatalog} keeps it from building; the
 * exporter writes the catalog entries and {@link XmpPacket}'s packet itself. The engine writes
 * the content streams uncompressed, and {@link Flate} compresses them at a faster level than
 * PDFBox's.
 * What else PDF/A mode changes in the engine is done here: the PDF version, no {@code
 * /Interpolate} on images; the sRGB output intent, which the engine writes in either mode when
 * given a colour profile, is {@link SrgbIntent}'s (the same entry, without the engine's parsing and
 * compressing of the profile on every render); PDF/UA mode already leaves out the built-in fonts
 * and tags the content; transparency is allowed in PDF/A-2 and 3 as without PDF/A. The XMP packet
 * of PDF/A is {@link XmpPacket}.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
public final class PageRenderer {

  /** Refuses every external resource, whatever its address or type. */
  private static final BiPredicate<String, ExternalResourceType> DENY_ALL = (uri, type) -> false;

  /** Never resolved against (all access is refused), but openhtmltopdf wants a valid URI. */
  private static final String BASE_URI = "about:blank";

  private final FontSet fonts;

  /** The pages' style sheets, parsed once for all renders. */
  private final ParsedStyles styles = new ParsedStyles(BASE_URI);

  /**
   * Creates a renderer that draws text with the given fonts.
   *
   * @param fonts the fonts; never null
   */
  public PageRenderer(FontSet fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
  }

  /**
   * Prints a page. The page is not changed.
   *
   * @param page the page, with its print stylesheet; never null
   * @param date the creation and modification date to record; never null
   * @return the PDF
   * @throws IOException if openhtmltopdf or PDFBox fails, however they report it: the runtime
   *     exceptions they throw (such as an {@code IllegalArgumentException} for a date a {@link
   *     Calendar} cannot hold) become an {@code IOException} with the engine's exception as its
   *     cause, so that no undocumented exception escapes the exporter
   */
  public byte[] render(Document page, OffsetDateTime date) throws IOException {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(date, "date");
    byte[] identifier = identifier(date, page.outerHtml());
    return render(
        new AtomicReference<>(dom(page)),
        identifier,
        date,
        Optional.empty(),
        Optional.empty(),
        BidiPrint.needed(page));
  }

  /**
   * Prints a page already converted to a W3C DOM, as PDF/A-3u with the source attached when there
   * is one, and lets the engine read one image: the logo, given as a {@code data:} URI, which is
   * the only address it may open. Lets go of the DOM as soon as the pages are drawn, before the
   * file is written: for a large document the DOM, openhtmltopdf's boxes and the PDF are not all
   * held at once. The DOM is not changed.
   *
   * @param dom holds the page, with its print stylesheet; emptied
   * @param identifier the file identifier, 16 bytes, such as from {@link #identifier}
   * @param date the creation and modification date to record, also of the attachment
   * @param source the minutes' JSON to attach; empty for a PDF/A-2u file without attachment
   * @param image the {@code data:} URI of a PNG or JPEG image on the page; empty for none
   * @param bidi whether the page needs the bidirectional algorithm, as {@link BidiPrint#needed}
   *     tells: without it the engine lays every line out left to right
   * @return the PDF
   * @throws IOException if openhtmltopdf or PDFBox fails
   */
  byte[] render(
      AtomicReference<org.w3c.dom.Document> dom,
      byte[] identifier,
      OffsetDateTime date,
      Optional<SourceAttachment> source,
      Optional<String> image,
      boolean bidi)
      throws IOException {
    BiPredicate<String, ExternalResourceType> access =
        image.isEmpty()
            ? DENY_ALL
            : (uri, type) -> type == ExternalResourceType.IMAGE_RASTER && image.get().equals(uri);
    try {
      return EngineLog.quietly(
          () -> renderNow(dom, identifier, date, source, access, bidi));
    } catch (IOException e) {
      throw e;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (Exception e) {
      throw new IOException("the PDF engine failed to print the page: " + e, e);
    }
  }

  /**
   * The page as openhtmltopdf reads it: a W3C DOM copy of its elements, attributes, text and
   * style sheets (comments are left out; the engine skips them).
   *
   * <p>Built here rather than with jsoup's {@code W3CDom}, which records each node's jsoup source
   * as DOM user data: the DOM implementation keeps a map entry with a map of its own for every
   * node that ever had user data, even after the data is removed, so a large document's page
   * carried about 18 MB of empty maps through the whole render.
   *
   * @param page the page
   * @return a W3C DOM copy of it
   */
  static org.w3c.dom.Document dom(Document page) {
    org.w3c.dom.Document dom = JdkDom.IMPLEMENTATION.createDocument(null, null, null);
    DocumentType doctype = page.documentType();
    if (doctype != null) {
      dom.appendChild(
          dom.getImplementation()
              .createDocumentType(doctype.name(), doctype.publicId(), doctype.systemId()));
    }
    Element root = page.firstElementChild();
    if (root != null) {
      dom.appendChild(copy(root, dom));
    }
    return dom;
  }

  /**
   * The JDK's own DOM implementation, asked for once: an empty document from it is the one a
   * {@code DocumentBuilder}'s {@code newDocument()} gives, without building a parser (an XML
   * parser configuration of some hundred objects) per render only to create an empty document.
   * The implementation is a stateless singleton, safe on any thread.
   */
  private static final class JdkDom {
    static final DOMImplementation IMPLEMENTATION;

    static {
      try {
        IMPLEMENTATION =
            DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException("the JDK's own DOM builder is not configured", e);
      }
    }
  }

  /** A DOM copy of an element and everything in it, without recursion (pages nest deeply). */
  private static org.w3c.dom.Element copy(Element root, org.w3c.dom.Document dom) {
    org.w3c.dom.Element top = element(root, dom);
    Deque<Node> sources = new ArrayDeque<>();
    Deque<org.w3c.dom.Node> parents = new ArrayDeque<>();
    sources.push(root);
    parents.push(top);
    while (!sources.isEmpty()) {
      Node source = sources.pop();
      org.w3c.dom.Node parent = parents.pop();
      for (Node child : source.childNodes()) {
        if (child instanceof Element) {
          org.w3c.dom.Element element = element((Element) child, dom);
          parent.appendChild(element);
          sources.push(child);
          parents.push(element);
        } else if (child instanceof TextNode) {
          parent.appendChild(dom.createTextNode(((TextNode) child).getWholeText()));
        } else if (child instanceof DataNode) {
          parent.appendChild(dom.createTextNode(((DataNode) child).getWholeData()));
        }
      }
    }
    return top;
  }

  private static org.w3c.dom.Element element(Element source, org.w3c.dom.Document dom) {
    org.w3c.dom.Element element = dom.createElementNS(source.tag().namespace(), source.tagName());
    for (Attribute attribute : source.attributes()) {
      // A name XML cannot hold is coerced, or the attribute left out, as jsoup's converter does.
      String name = Attribute.getValidKey(attribute.getKey(), Document.OutputSettings.Syntax.xml);
      if (name != null) {
        element.setAttribute(name, attribute.getValue());
      }
    }
    return element;
  }

  private byte[] renderNow(
      AtomicReference<org.w3c.dom.Document> dom,
      byte[] identifier,
      OffsetDateTime date,
      Optional<SourceAttachment> source,
      BiPredicate<String, ExternalResourceType> access,
      boolean bidi)
      throws IOException {
    PDDocument document = new PDDocument();
    try (Flate flate = new Flate()) {
      PdfAConformance conformance =
          source.isPresent() ? PdfAConformance.PDFA_3_U : PdfAConformance.PDFA_2_U;
      JdkBidi.Reorderer reorderer = JdkBidi.reorderer();
      org.w3c.dom.Document page = Objects.requireNonNull(dom.getAndSet(null), "dom");
      String language = page.getDocumentElement().getAttribute("lang");
      Collection<PDFont> drawnWith =
          draw(
              page,
              document,
              conformance,
              access,
              bidi ? Optional.of(reorderer) : Optional.empty(),
              flate);
      flate.allPages(document); // the last page
      UaCatalog.write(document, language);
      SrgbIntent.addTo(document);
      withoutInterpolation(document);
      if (bidi) {
        // Only BidiPrint reverses rows, and only those whose direction is right to left.
        LogicalOrder.restoreRows(document);
      }
      if (reorderer.reordered()) {
        LogicalOrder.actualTexts(document, drawnWith);
      }
      // openhtmltopdf's builder, renderer, boxes and the DOM are garbage now; only the PDF is left.
      Finisher finisher = new Finisher(date, identifier, conformance);
      finisher.finish(document);
      if (source.isPresent()) {
        source.get().attachTo(document, finisher.calendar());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    } finally {
      document.close();
    }
  }

  /**
   * Takes the {@code /Interpolate} flag off every image on the pages: PDF/A forbids it (ISO
   * 19005-2, 6.2.8), and the engine, not told PDF/A, sets it on an image whose CSS {@code
   * image-rendering} is the default. An image drawn without it is the same.
   */
  private static void withoutInterpolation(PDDocument document) {
    for (PDPage page : document.getPages()) {
      COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
      COSDictionary xobjects =
          resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
      if (xobjects != null) {
        for (COSBase xobject : xobjects.getValues()) {
          COSBase object =
              xobject instanceof COSObject ? ((COSObject) xobject).getObject() : xobject;
          if (object instanceof COSStream
              && COSName.IMAGE.equals(((COSStream) object).getCOSName(COSName.SUBTYPE))) {
            ((COSStream) object).removeItem(COSName.INTERPOLATE);
          }
        }
      }
    }
  }

  /**
   * Lays the page out and draws it into the document, which stays open.
   *
   * @return the fonts the page is drawn with, which the document embeds
   */
  private Collection<PDFont> draw(
      org.w3c.dom.Document dom,
      PDDocument document,
      PdfAConformance conformance,
      BiPredicate<String, ExternalResourceType> access,
      Optional<JdkBidi.Reorderer> reorderer,
      Flate flate)
      throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(dom, BASE_URI);
    builder.withProducer("minutes4j");
    builder.useNamespaceHandler(styles.handler());
    builder.useExternalResourceAccessControl(
        access, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        access, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.usePdfUaAccessibility(true);
    // Not usePdfAConformance: see the class comment. The same version it would set.
    builder.usePdfVersion(conformance.getPdfVersion());
    // Content streams uncompressed, which is all test mode changes in openhtmltopdf 1.1.65:
    // Flate compresses each page's at its faster level once the page is drawn.
    builder.testMode(true);
    // No useColorProfile: the output intent is SrgbIntent's, written after the pages.
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fonts.metricsCache());
    builder.useUnicodeLineBreaker(new QuoteAwareLineBreaker());
    if (reorderer.isPresent()) {
      // Left out for a page that has no right-to-left direction and no character the algorithm
      // could move: the engine then skips splitting the page into paragraphs and their runs,
      // and draws the same lines.
      builder.useUnicodeBidiSplitter(JdkBidi.SPLITTERS);
      builder.useUnicodeBidiReorderer(reorderer.get());
    }
    // The engine gives generated content (the page number "Page 1 of 2" in the margin, the
    // contents' leaders and page numbers) this direction, not its element's: the direction of the
    // labels, whose language is the page's lang. Paragraphs take their CSS direction, which
    // BidiPrint sets from their dir. With the page's direction, English labels on an Arabic page
    // read "2 of 1Page".
    builder.defaultTextDirection(
        TextDirection.of(Locale.forLanguageTag(dom.getDocumentElement().getAttribute("lang")))
                == TextDirection.RTL
            ? BaseRendererBuilder.TextDirection.RTL
            : BaseRendererBuilder.TextDirection.LTR);
    builder.usePDDocument(document);
    builder.usePageSupplier(new SharedArtifacts(flate));
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      UaCatalog.skipEngineMetadata(renderer);
      Collection<PDFont> drawnWith = fonts.register(renderer.getFontResolver(), document);
      SharedContext context = renderer.getSharedContext();
      FontResolver resolver = context.getFontResolver();
      ResolvedFonts resolved = new ResolvedFonts(resolver);
      context.setFontResolver(resolved);
      context.setTextRenderer(new GlyphWidths(resolved::resolved));
      try {
        renderer.layout();
        if (reorderer.isPresent()) {
          // Without the algorithm every line is laid out left to right, with no run to reorder.
          VisualOrder.apply(renderer.getRootBox());
        }
        renderer.createPDFWithoutClosing();
      } finally {
        // The engine's own resolver again, which closing the renderer closes.
        context.setFontResolver(resolver);
      }
      return drawnWith;
    }
  }

  /**
   * A date as PDFBox writes a calendar made from it ({@code DateConverter.toString}, which
   * {@code setCreationDate} calls): {@code D:yyyyMMddHHmmss+hh'mm'}. Written here for the dates
   * the exporter records (years 1000 to 9999, offsets of whole minutes up to 14 hours): PDFBox
   * formats with {@code String.format} and a new {@code SimpleDateFormat}, and the calendar itself
   * costs as much again, together about 1 % of an export. Any other date is PDFBox's to format.
   *
   * @param date the date, without a fraction of a second
   * @return the PDF date string
   */
  static String pdfDate(OffsetDateTime date) {
    int offset = date.getOffset().getTotalSeconds();
    if (date.getYear() < 1000
        || date.getYear() > 9999
        || offset % 60 != 0
        || Math.abs(offset) > 14 * 3600) {
      return DateConverter.toString(GregorianCalendar.from(date.toZonedDateTime()));
    }
    StringBuilder text = new StringBuilder(24).append("D:").append(date.getYear());
    twoDigits(text, date.getMonthValue());
    twoDigits(text, date.getDayOfMonth());
    twoDigits(text, date.getHour());
    twoDigits(text, date.getMinute());
    twoDigits(text, date.getSecond());
    int minutes = Math.abs(offset) / 60;
    text.append(offset < 0 ? '-' : '+');
    twoDigits(text, minutes / 60);
    text.append('\'');
    twoDigits(text, minutes % 60);
    return text.append('\'').toString();
  }

  private static void twoDigits(StringBuilder text, int value) {
    text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /**
   * A stable file identifier from the content, instead of PDFBox's clock-based one: the first 16
   * bytes of the SHA-256 of the date and the texts that make up the page.
   *
   * @param date the document's date
   * @param page the texts the page is made of, such as its HTML
   * @return 16 bytes
   */
  static byte[] identifier(OffsetDateTime date, String... page) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String text : page) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update(date.toString().getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Runs after the pages are drawn and before the file is saved: replaces the clock-based dates
   * openhtmltopdf writes ({@code Calendar.getInstance()}) in the Info dictionary, writes the XMP
   * packet of PDF/A and PDF/UA from that dictionary into the metadata stream {@link UaCatalog}
   * made, and sets the file identifier.
   */
  private static final class Finisher {

    private final OffsetDateTime date;
    private final String xmpDate;
    private final byte[] id;
    private final PdfAConformance conformance;

    Finisher(OffsetDateTime date, byte[] id, PdfAConformance conformance) {
      this.date = date.truncatedTo(ChronoUnit.SECONDS); // PDF dates have no fraction
      this.xmpDate = this.date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      this.id = id.clone();
      this.conformance = conformance;
    }

    /** The date as a calendar, for PDFBox's API; made only when asked for (it is costly). */
    Calendar calendar() {
      return GregorianCalendar.from(date.toZonedDateTime());
    }

    void finish(PDDocument document) {
      PDDocumentInformation info = document.getDocumentInformation();
      // As setCreationDate and setModificationDate write it, formatted once.
      String pdfDate = pdfDate(date);
      info.getCOSObject().setString(COSName.CREATION_DATE, pdfDate);
      info.getCOSObject().setString(COSName.MOD_DATE, pdfDate);

      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      try {
        metadata.importXMPMetadata(
            XmpPacket.of(conformance.getPart(), conformance.getPdfVersion(), info, xmpDate));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the XMP metadata", e);
      }
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().setDocumentID(ids);
    }
  }
}
