package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import java.awt.image.BufferedImage;
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
