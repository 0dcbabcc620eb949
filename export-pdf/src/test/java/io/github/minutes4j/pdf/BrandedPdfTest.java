package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.AccentColour;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.InvalidLogoException;
import io.github.minutes4j.core.spi.Logo;
import io.github.minutes4j.core.spi.PageSize;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The organisation's look in the PDF: the logo in the header as a tagged figure with its
 * alternative text, the footer text on every page, a table of contents with page numbers, the
 * accent colour; still PDF/UA-1 and PDF/A-2u, still the same bytes for the same input.
 */
class BrandedPdfTest {

  static final String FOOTER = "Nätverken Demokrati-Uppdrag-Hälsa, Hornsgatan 20, 118 82 Stockholm";

  /** A logo drawn here: a blue disc and a bar, with or without transparency. */
  static byte[] image(String format, boolean alpha) throws Exception {
    BufferedImage image =
        new BufferedImage(
            300, 100, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    if (!alpha) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 300, 100);
    }
    g.setColor(new Color(0x005a8c));
    g.fillOval(10, 10, 80, 80);
    g.setColor(new Color(0x1b1b1b));
    g.fillRect(110, 35, 180, 30);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out), format);
    return out.toByteArray();
  }

  static ExportOptions branded(ExportOptions options, byte[] logo) {
    return options
        .withLogo(Logo.of(logo, "Nätverkens logotyp"))
        .withAccentColour(AccentColour.of("#005a8c"))
        .withFooterText(FOOTER)
        .withTableOfContents(true);
  }

  @Test
  void aBrandedPdfConformsAndTagsTheLogoAsAFigureWithItsAlternativeText() throws Exception {
    for (String format : List.of("png", "jpeg")) {
      for (boolean alpha : format.equals("png") ? List.of(false, true) : List.of(false)) {
        String name = "branded-" + format + (alpha ? "-alpha" : "");
        byte[] pdf =
            Pdfs.write(
                name,
                Pdfs.render(
                    ReferenceMinutes.june2022(),
                    branded(ExportOptions.defaults(), image(format, alpha))));
        try (PDDocument document = Pdfs.load(pdf)) {
          List<String> figures = new ArrayList<>();
          figures(document.getDocumentCatalog().getStructureTreeRoot(), figures);
          assertEquals(List.of("Nätverkens logotyp"), figures, name + ": figures and their Alt");
          int images = 0;
          for (var xobject : document.getPage(0).getResources().getXObjectNames()) {
            if (document.getPage(0).getResources().getXObject(xobject) instanceof PDImageXObject) {
              images++;
            }
          }
          assertEquals(1, images, name + ": the logo is drawn on the first page");
        }
        ConformanceTest.assertConforms(name, pdf);
      }
    }
  }

  private static void figures(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement element = (PDStructureElement) kid;
        if ("Figure".equals(element.getStructureType())) {
          alts.add(element.getAlternateDescription());
        }
        figures(element, alts);
      }
    }
  }

  @Test
  void theFooterTextIsOnEveryPageBesideThePageNumber() throws Exception {
    byte[] pdf =
        Pdfs.render(
            SampleMinutes.manyParticipants(120),
            ExportOptions.defaults().withFooterText(FOOTER).withPageSize(PageSize.LETTER));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      assertTrue(pages.size() > 2, pages.size() + " pages");
      for (int i = 0; i < pages.size(); i++) {
        assertEquals(
            FOOTER + " Sida " + (i + 1) + " av " + pages.size(),
            pages.get(i).footer(),
            "footer of page " + (i + 1));
        assertTrue(!pages.get(i).body().contains(FOOTER), "not in the flow: page " + (i + 1));
      }
    }
    ConformanceTest.assertConforms("footer-text", pdf);
  }

  @Test
  void theTableOfContentsGivesEachSectionsPage() throws Exception {
    Minutes minutes = SampleMinutes.looks();
    byte[] pdf =
        Pdfs.write(
            "contents",
            Pdfs.render(minutes, ExportOptions.defaults().withTableOfContents(true)));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<Pdfs.Bookmark> bookmarks = Pdfs.bookmarks(document);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(2);
      String contents = stripper.getText(document);
      assertTrue(contents.contains("Innehåll"), contents);
      for (Pdfs.Bookmark bookmark : bookmarks) {
        Matcher entry =
            Pattern.compile(Pattern.quote(bookmark.title()) + "[ .]*\\.\\s*(\\d+)\\s*$", Pattern.MULTILINE)
                .matcher(contents);
        assertTrue(entry.find(), "entry for " + bookmark + " in:\n" + contents);
        assertEquals(bookmark.page() + 1, Integer.parseInt(entry.group(1)), bookmark.title());
      }
      assertEquals(15, bookmarks.size(), "time and place, 12 items, note-takers, participants");
    }
    ConformanceTest.assertConforms("contents", pdf);
  }

  @Test
  void anSvgLogoIsRefusedForThePdfWithWhatToGiveInsteadAndNothingIsWritten() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"9\" height=\"9\"/></svg>";
    ExportOptions options =
        ExportOptions.defaults()
            .withLogo(Logo.of(svg.getBytes(StandardCharsets.UTF_8), "Nätverkens logotyp"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InvalidLogoException e =
        assertThrows(
            InvalidLogoException.class,
            () -> Pdfs.EXPORTER.export(ReferenceMinutes.june2022(), options, out));
    assertTrue(e.getMessage().contains("as a PNG"), e.getMessage());
    assertEquals(0, out.size());
  }

  @Test
  void aBrandedPdfIsTheSameBytesEachTime() throws Exception {
    ExportOptions options = branded(ExportOptions.defaults(), image("png", true));
    assertArrayEquals(
        Pdfs.render(ReferenceMinutes.december2021(), options),
        Pdfs.render(ReferenceMinutes.december2021(), options));
  }
}
