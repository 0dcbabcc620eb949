package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.json.JsonMinutesReader;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The bar on the start side of a decision and of a written reservation, which the HTML page draws
 * with {@code border-inline-start} and the engine, which knows no logical properties, drew not at
 * all: on the left of a left-to-right page and on the right of a right-to-left one, as a browser
 * draws it.
 */
class StartBarTest {

  private static final Minutes PROTOKOLL = FormalReferenceMinutes.committeeProtokoll();

  /** The first line of the first decision, and of the written reservation. */
  private static final List<String> BARRED_LINES =
      List.of("Arbetsutskottet beslutar att", "Vänsterpartiet reserverar sig mot beslutet.");

  @Test
  void aDecisionAndAWrittenReservationHaveABarOnTheLeftOfASwedishPage() throws Exception {
    byte[] pdf = Pdfs.render(PROTOKOLL, ExportOptions.defaults());
    for (String line : BARRED_LINES) {
      assertBarBeside(pdf, line, true);
    }
  }

  @Test
  void aDecisionAndAWrittenReservationHaveABarOnTheRightOfAnArabicPage() throws Exception {
    byte[] pdf =
        Pdfs.render(
            PROTOKOLL.toBuilder().language(Language.ofTag("ar")).build(), ExportOptions.defaults());
    for (String line : BARRED_LINES) {
      assertBarBeside(pdf, line, false);
    }
  }

  /**
   * A short list of presenters at the foot of a page moves to the next page whole. The engine
   * broke it after its last presenter, and the box's bottom padding went to the next page alone:
   * a square of its bar, with no text beside it, under the running header. In these Danish
   * minutes (written from outside) the presenter of § 202 is the last line of page 1.
   */
  @Test
  void aShortListOfPresentersLeavesNoPieceOfItsBarOnAnotherPage() throws Exception {
    Minutes minutes;
    try (InputStream json =
        StartBarTest.class.getResourceAsStream("byraad-presenters-at-page-foot.json")) {
      minutes = new JsonMinutesReader().read(json);
    }
    byte[] pdf = Pdfs.render(minutes, ExportOptions.defaults());
    try (PDDocument document = Pdfs.load(Pdfs.write("presenters-at-page-foot", pdf))) {
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        assertEquals(
            List.of(),
            loneBars(document, page),
            "bars with no text beside them on page " + (page + 1) + ", at these points from"
                + " the top");
      }
    }
  }

  /**
   * The pieces of a vertical bar at the left edge of the text that no line of text stands beside,
   * as the heights (in points from the top) where they start: ink in the bar (0.25em from the
   * left margin, 20 mm) and none just right of it, where a rule across the page would have some.
   */
  private static List<Float> loneBars(PDDocument document, int pageIndex) throws Exception {
    float scale = 2;
    BufferedImage page = new PDFRenderer(document).renderImage(pageIndex, scale);
    List<TextPosition> glyphs = Pdfs.glyphs(document, pageIndex + 1);
    float margin = 20 / 25.4f * 72;
    int bar = Math.round((margin + 1.4f) * scale);
    int beside = Math.round((margin + 6) * scale);
    List<Float> lone = new ArrayList<>();
    int start = -1;
    for (int y = 0; y <= page.getHeight(); y++) {
      boolean ink =
          y < page.getHeight()
              && (page.getRGB(bar, y) & 0xFF) < 128
              && (page.getRGB(beside, y) & 0xFF) >= 128;
      if (ink && start < 0) {
        start = y;
      } else if (!ink && start >= 0) {
        float top = start / scale;
        float bottom = y / scale;
        boolean text =
            glyphs.stream()
                .anyMatch(
                    g ->
                        g.getYDirAdj() + 0.2f * g.getFontSizeInPt() > top
                            && g.getYDirAdj() - 0.75f * g.getFontSizeInPt() < bottom);
        if (!text) {
          lone.add(top);
        }
        start = -1;
      }
    }
    return lone;
  }

  /**
   * Asserts that the line a text starts has, on the given side of its glyphs, a vertical bar: a
   * column of ink at least 12 points tall around the line's middle, taller than any glyph's stem.
   */
  private static void assertBarBeside(byte[] pdf, String text, boolean left) throws Exception {
    try (PDDocument document = Pdfs.load(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        List<TextPosition> glyphs = Pdfs.glyphs(document, page);
        String drawn = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
        int at = drawn.indexOf(text);
        if (at < 0) {
          continue;
        }
        TextPosition first = glyphs.get(at);
        List<TextPosition> line = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
          if (Math.abs(glyph.getYDirAdj() - first.getYDirAdj()) < 0.5f) {
            line.add(glyph);
          }
        }
        float start = (float) line.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
        float end =
            (float)
                line.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
        float middle = first.getYDirAdj() - first.getHeightDir() / 2;
        List<Float> bars = bars(document, page - 1, middle);
        assertTrue(
            bars.stream().anyMatch(x -> left ? x < start : x > end),
            "no bar " + (left ? "left" : "right") + " of '" + text + "' (line from " + start
                + " to " + end + " pt) on page " + page + "; bars at " + bars + " pt");
        return;
      }
      throw new AssertionError("'" + text + "' is on no page");
    }
  }

  /** The horizontal places (in points) of ink that runs 6 points up and down from a height. */
  private static List<Float> bars(PDDocument document, int pageIndex, float middle)
      throws Exception {
    float scale = 2;
    BufferedImage page = new PDFRenderer(document).renderImage(pageIndex, scale);
    int from = Math.round((middle - 6) * scale);
    int to = Math.round((middle + 6) * scale);
    List<Float> bars = new ArrayList<>();
    for (int x = 0; x < page.getWidth(); x++) {
      boolean ink = true;
      for (int y = from; y <= to && ink; y++) {
        ink = (page.getRGB(x, y) & 0xFF) < 225;
      }
      if (ink) {
        bars.add(x / scale);
      }
    }
    return bars;
  }
}
