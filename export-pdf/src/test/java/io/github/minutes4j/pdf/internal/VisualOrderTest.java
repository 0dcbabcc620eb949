package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A line whose runs of one direction stand in several inline elements is drawn in the visual
 * order of the Unicode Bidirectional Algorithm: the engine alone lays the pieces out one after
 * another in the line's direction. Each word is found on the page by a letter only it has.
 */
class VisualOrderTest {

  private static final PageRenderer RENDERER = new PageRenderer(FontSet.shipped());
  private static final OffsetDateTime DATE =
      LocalDate.of(2026, 11, 18).atStartOfDay().atOffset(ZoneOffset.UTC);

  /** "Anna och Bo" on an Arabic line reads from the left, as one left-to-right phrase. */
  @Test
  void aLeftToRightPhraseOfSeveralElementsOnARightToLeftLineReadsFromTheLeft() throws IOException {
    List<TextPosition> glyphs =
        glyphs(
            "ar",
            "<p dir=\"rtl\">كتب <span>Anna</span> <span>och</span> Bo 2026 فوز</p>");
    float anna = x(glyphs, "A");
    float och = x(glyphs, "c");
    float bo = x(glyphs, "B");
    float year = x(glyphs, "6");
    assertTrue(anna < och && och < bo && bo < year, "Anna och Bo 2026: " + List.of(anna, och, bo, year));
    assertTrue(year < x(glyphs, "ك"), "the phrase after the first Arabic word, on its left");
    assertTrue(x(glyphs, "ف") < anna, "the last Arabic word on the phrase's left");
  }

  /** Arabic words in several elements on a Swedish line read from the right, as one phrase. */
  @Test
  void aRightToLeftPhraseOfSeveralElementsOnALeftToRightLineReadsFromTheRight()
      throws IOException {
    List<TextPosition> glyphs =
        glyphs("sv", "<p>Möte <span>كتب</span> <span>شمس</span> فوز slut</p>");
    float first = x(glyphs, "ك");
    float second = x(glyphs, "ش");
    float third = x(glyphs, "ف");
    assertTrue(first > second && second > third, "from the right: " + List.of(first, second, third));
    assertTrue(x(glyphs, "M") < third && first < x(glyphs, "u"), "between Möte and slut");
  }

  /** A number inside an Arabic phrase inside a left-to-right line (level 2) stays in place. */
  @Test
  void aDateInAnArabicIsolateOnALeftToRightLineReadsFromTheRight() throws IOException {
    List<TextPosition> glyphs =
        glyphs("sv", "<p>Datum: <bdi dir=\"rtl\"><span>18</span> شمس <span>2026</span></bdi></p>");
    assertTrue(
        x(glyphs, "8") > x(glyphs, "ش") && x(glyphs, "ش") > x(glyphs, "6"),
        "18 on the right, 2026 on the left");
    assertTrue(x(glyphs, ":") < x(glyphs, "6"), "after the term");
  }

  /**
   * A closing bracket that is a run of its own is drawn mirrored only at an odd level (UAX #9
   * L4): a Latin "(S)" on an Arabic line keeps its brackets the right way round.
   */
  @Test
  void aBracketIsMirroredOnlyAtAnOddLevel() throws IOException {
    List<TextPosition> glyphs =
        glyphs("ar", "<p dir=\"rtl\">كتب <bdi dir=\"ltr\"><span>Anna</span> (S<span>)</span></bdi></p>");
    float open = x(glyphs, "(");
    float close = x(glyphs, ")");
    assertTrue(open < x(glyphs, "S") && x(glyphs, "S") < close, "(S) from the left: " + open + ", " + close);
    assertTrue(x(glyphs, "A") < open && close < x(glyphs, "ك"), "Anna (S) left of the Arabic word");
  }

  private static List<TextPosition> glyphs(String lang, String body) throws IOException {
    Document page =
        Jsoup.parse(
            "<!DOCTYPE html><html lang=\""
                + lang
                + "\"><head><title>t</title><style>body { font-family: 'Liberation Sans',"
                + " 'Noto Sans Arabic'; } [dir=rtl] { direction: rtl; }</style></head><body>"
                + body
                + "</body></html>");
    byte[] pdf = RENDERER.render(page, DATE);
    List<TextPosition> all = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          all.addAll(positions);
        }
      }.getText(document);
    }
    return all;
  }

  /** The middle of the one glyph that is the character (after NFKC). */
  private static float x(List<TextPosition> glyphs, String character) {
    List<Float> found = new ArrayList<>();
    for (TextPosition glyph : glyphs) {
      if (Normalizer.normalize(glyph.getUnicode(), Normalizer.Form.NFKC).equals(character)) {
        found.add(glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2);
      }
    }
    assertTrue(found.size() == 1, character + " is drawn " + found.size() + " times");
    return found.get(0);
  }
}
