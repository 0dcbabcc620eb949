package io.github.minutes4j.pdf;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.testfixtures.Exports;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

  /** The four reference documents: the two meeting notes and the two formal minutes. */
  static List<ReferenceMinutes.ReferenceDocument> allReferenceDocuments() {
    List<ReferenceMinutes.ReferenceDocument> all = new ArrayList<>(ReferenceMinutes.all());
    all.addAll(io.github.minutes4j.examples.reference.FormalReferenceMinutes.all());
    return all;
  }

  /** Each reference document in each shipped language: name, minutes, language. */
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

  /**
   * English meeting notes of one work party of an allotment society, 2 April 2026, 10:00 to
   * 12:00, with one agenda item: for the sweeps that put the same words at every place in a line.
   */
  static Minutes workParty(AgendaItem item) {
    return Minutes.builder(
            Language.ENGLISH,
            Organiser.of("Millbrook Allotment Society"),
            DocumentKind.MEETING_NOTES,
            "Work party",
            LocalDate.of(2026, 4, 2))
        .addSession(
            Session.on(LocalDate.of(2026, 4, 2), LocalTime.of(10, 0), LocalTime.of(12, 0)).build())
        .addAgendaItem(item)
        .build();
  }

  /**
   * The printed lines, read sorted by position and stripped, that start with what one pattern
   * finds or end with what the other finds.
   */
  static List<String> linesStartingOrEnding(PDDocument document, Pattern start, Pattern end)
      throws IOException {
    List<String> found = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    for (String line : stripper.getText(document).split("\\R")) {
      String printed = line.strip();
      if (start.matcher(printed).find() || end.matcher(printed).find()) {
        found.add(printed);
      }
    }
    return found;
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

  /**
   * Asserts that PDFBox reads each text back from the pages' bodies, and the texts of {@code
   * tagged} also from the tagged reading order; and that veraPDF finds the file compliant.
   *
   * @param what names the file in a failure
   * @param texts texts in the pages' bodies
   * @param tagged texts in the tagged reading order too
   */
  static void assertReadBackAndConforms(
      String what, byte[] pdf, List<String> texts, List<String> tagged) throws Exception {
    try (PDDocument document = load(pdf)) {
      String body = body(document);
      for (String text : texts) {
        if (!body.contains(text)) {
          throw new AssertionError(text + " is not in " + body);
        }
      }
      String reading = new TaggedText(document).reading();
      for (String text : tagged) {
        if (!reading.contains(text)) {
          throw new AssertionError(text + " is not in the reading order " + reading);
        }
      }
    }
    ConformanceTest.assertConforms(what, pdf);
  }

  /**
   * The fonts embedded in a PDF, each by its name without the subset tag, with the number of
   * glyphs of its embedded program; fails unless every font is a subset (a tagged name).
   */
  static Map<String, Integer> embeddedGlyphs(byte[] pdf) throws IOException {
    Map<String, Integer> glyphs = new TreeMap<>();
    try (PDDocument document = load(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          String baseFont = font.getName();
          if (!baseFont.matches("[A-Z]{6}\\+.+")) {
            throw new AssertionError("a subset's tagged name: " + baseFont);
          }
          byte[] program =
              ((PDType0Font) font)
                  .getDescendantFont()
                  .getFontDescriptor()
                  .getFontFile2()
                  .toByteArray();
          // A subset, as PDFBox embeds one, has no 'post' table.
          try (TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
            glyphs.put(baseFont.substring(7), ttf.getNumberOfGlyphs());
          }
        }
      }
    }
    return glyphs;
  }

  /**
   * Asserts that each of some shipped faces is among the embedded fonts, with fewer than a quarter
   * of the glyphs of its file in the jar.
   *
   * @param glyphs the embedded fonts, as {@link #embeddedGlyphs} gives them
   * @param faces the faces by their file's name without {@code .ttf}, such as {@code DejaVuSans}
   */
  static void assertSubsets(Map<String, Integer> glyphs, List<String> faces) throws IOException {
    for (String face : faces) {
      if (!glyphs.containsKey(face)) {
        throw new AssertionError(face + " is not among " + glyphs);
      }
      int inFile = shippedGlyphCount(face + ".ttf");
      if (glyphs.get(face) >= inFile / 4) {
        throw new AssertionError(
            face + ": " + glyphs.get(face) + " of the file's " + inFile + " glyphs embedded");
      }
    }
  }

  /** The number of glyphs of a shipped font file, such as {@code DejaVuSans.ttf}. */
  private static int shippedGlyphCount(String file) throws IOException {
    try (InputStream in = Pdfs.class.getResourceAsStream("/io/github/minutes4j/pdf/fonts/" + file);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      return ttf.getNumberOfGlyphs();
    }
  }
}
