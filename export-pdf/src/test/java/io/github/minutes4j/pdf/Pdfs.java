package io.github.minutes4j.pdf;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.testfixtures.Exports;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.provider.Arguments;

/** Renders PDFs for the tests, and reads them back with PDFBox. */
final class Pdfs {

  static final PdfMinutesExporter EXPORTER = new PdfMinutesExporter();

  /**
   * The text above this line (in points from the top) is the running header: every page size has
   * a top margin of at least 68 points, and the header sits at its bottom.
   */
  private static final float HEADER_BOTTOM = 64;

  /** The text below this distance from the bottom (in points) is the footer. */
  private static final float FOOTER_TOP = 54;

  private Pdfs() {}

  /** Where tests write PDFs for people and tools to look at: {@code target/pdf/}. */
  static Path outputDir() {
    return Path.of(System.getProperty("minutes4j.output.dir", "target")).resolve("pdf");
  }

  static byte[] render(Minutes minutes, ExportOptions options) {
    return render(EXPORTER, minutes, options);
  }

  static byte[] render(PdfMinutesExporter exporter, Minutes minutes, ExportOptions options) {
    return Exports.bytes(exporter, minutes, options);
  }

  static byte[] render(Minutes minutes) {
    return render(minutes, ExportOptions.defaults());
  }

  static byte[] write(String name, byte[] pdf) {
    try {
      Files.createDirectories(outputDir());
      Files.write(outputDir().resolve(name + ".pdf"), pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf;
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each reference document in each shipped language: name, minutes, language. */
  /** The four reference documents: the two meeting notes and the two formal minutes. */
  static List<ReferenceMinutes.ReferenceDocument> allReferenceDocuments() {
    List<ReferenceMinutes.ReferenceDocument> all = new ArrayList<>(ReferenceMinutes.all());
    all.addAll(io.github.minutes4j.examples.reference.FormalReferenceMinutes.all());
    return all;
  }

  static Stream<Arguments> referenceDocumentsInEachLanguage() {
    return inEachLanguage(ReferenceMinutes.all());
  }

  /**
   * The four reference documents (the two meeting notes and the two formal minutes) in each
   * shipped language: name, minutes, language.
   */
  static Stream<Arguments> allReferenceDocumentsInEachLanguage() {
    return inEachLanguage(allReferenceDocuments());
  }

  private static Stream<Arguments> inEachLanguage(
      List<ReferenceMinutes.ReferenceDocument> documents) {
    List<Arguments> all = new ArrayList<>();
    for (ReferenceMinutes.ReferenceDocument document : documents) {
      for (Language language : LabelSets.shipped()) {
        all.add(Arguments.of(document.name(), document.minutes(), language));
      }
    }
    return all.stream();
  }

  /** White space runs, no-break spaces among them, as one space. */
  static String squeeze(String text) {
    return text.replaceAll("[\\s\u00A0]+", " ").strip();
  }

  /**
   * The text of one page, split where it is printed.
   *
   * @param header the running header, white space squeezed
   * @param body the page's content, white space squeezed
   * @param footer the footer, white space squeezed
   */
  record PageText(String header, String body, String footer) {}

  /** The text of every page, by region. */
  static List<PageText> pages(PDDocument document) throws IOException {
    List<PageText> pages = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      stripper.setSortByPosition(true);
      stripper.addRegion("header", new Rectangle2D.Float(0, 0, width, HEADER_BOTTOM));
      stripper.addRegion(
          "body",
          new Rectangle2D.Float(0, HEADER_BOTTOM, width, height - HEADER_BOTTOM - FOOTER_TOP));
      stripper.addRegion("footer", new Rectangle2D.Float(0, height - FOOTER_TOP, width, FOOTER_TOP));
      stripper.extractRegions(page);
      pages.add(
          new PageText(
              squeeze(stripper.getTextForRegion("header")),
              squeeze(stripper.getTextForRegion("body")),
              squeeze(stripper.getTextForRegion("footer"))));
    }
    return pages;
  }

  /** Every glyph of one page (from 1), in the order PDFBox reads them, unsorted. */
  static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
    List<TextPosition> all = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            all.addAll(positions);
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return all;
  }

  /** The content of all pages, without headers and footers, as one text. */
  static String body(PDDocument document) throws IOException {
    StringBuilder text = new StringBuilder();
    for (PageText page : pages(document)) {
      text.append(page.body()).append(' ');
    }
    return squeeze(text.toString());
  }

  /** A bookmark: its title and the page (from 0) it leads to. */
  record Bookmark(String title, int page) {}

  /** The top-level bookmarks, in order. */
  static List<Bookmark> bookmarks(PDDocument document) throws IOException {
    List<Bookmark> bookmarks = new ArrayList<>();
    PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
    if (outline != null) {
      for (PDOutlineItem item : outline.children()) {
        PDPage target = item.findDestinationPage(document);
        bookmarks.add(
            new Bookmark(item.getTitle(), target == null ? -1 : document.getPages().indexOf(target)));
      }
    }
    return bookmarks;
  }

  /** Every link annotation's address, or {@code (not a URI link)} for other link actions. */
  static List<String> linkTargets(PDDocument document) throws IOException {
    List<String> targets = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          targets.add(
              link.getAction() instanceof PDActionURI
                  ? ((PDActionURI) link.getAction()).getURI()
                  : "(not a URI link: " + link.getAction() + ")");
        }
      }
    }
    return targets;
  }
}
