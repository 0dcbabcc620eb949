package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The splitter finds the runs the Unicode Bidirectional Algorithm finds; the reorderer mirrors. */
class JdkBidiTest {

  @Test
  void bracketsAreMirroredByName() {
    assertEquals(')', JdkBidi.mirror('('));
    assertEquals('>', JdkBidi.mirror('<'));
    assertEquals('»', JdkBidi.mirror('«'));
    assertEquals(']', JdkBidi.mirror('['));
    assertEquals('a', JdkBidi.mirror('a'));
  }

  @Test
  void aRightToLeftRunIsReversedWithItsBracketsMirrored() {
    assertEquals("(בא)", JdkBidi.reorderer().reorderRTLTextToLTR("(אב)"));
    // A mark comes before its letter, where fonts expect it when drawing left to right.
    assertEquals("\u064Eب", JdkBidi.reorderer().reorderRTLTextToLTR("ب\u064E"));
  }

  /**
   * A right-to-left line in drawing order: shaped, runs from the right, brackets mirrored; and
   * back, in base letters, which is what {@code /ActualText} and the page number rely on.
   */
  @Test
  void aLineGoesToDrawingOrderAndBack() {
    String page = "الصفحة";
    assertEquals(
        new StringBuilder(ArabicShaper.INSTANCE.shape(page)).reverse().toString(),
        JdkBidi.visual(page));
    assertEquals("2 نم", ArabicShaper.INSTANCE.deshape(JdkBidi.visual("من 2")));
    assertEquals("(בא) 15:00", JdkBidi.visual("15:00 (אב)"));
    for (String logical :
        List.of(
            "تقرير اللجنة (٢٠٢٦)",
            "نوقش جدول الأعمال (البند ٣) ووافق الجميع على الخطة.",
            "لا إله",
            "مَرْحَبًا بِكُمْ",
            "می‌خواهیم گزارش را با هم بخوانیم.",
            "הפגישה הסתיימה בשעה 15:00 בהסכמה.",
            "NUH: شبكة الصحة")) {
      assertEquals(logical, JdkBidi.logical(JdkBidi.visual(logical)), logical);
    }
  }

  @Test
  void theSplitterFindsRunsAndTheirDirections() {
    BidiSplitter splitter = JdkBidi.SPLITTERS.createBidiSplitter();
    String text = "Anna och יעל כהן svarade";
    splitter.setParagraph(text, BidiSplitter.LTR);
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < splitter.countTextRuns(); i++) {
      BidiTextRun run = splitter.getVisualRun(i);
      runs.add(
          text.substring(run.getStart(), run.getStart() + run.getLength())
              + "|"
              + run.getDirection());
    }
    assertEquals(List.of("Anna och |0", "יעל כהן|1", " svarade|0"), runs);
    assertEquals(BidiSplitter.RTL, splitter.getBaseDirection("  (محمد) Anna"));
    assertEquals(BidiSplitter.LTR, splitter.getBaseDirection("15:00 Anna"));
    assertEquals(BidiSplitter.NEUTRAL, splitter.getBaseDirection("15:00 ()"));
  }

  /**
   * The splitter skips the JDK's algorithm for a paragraph it can tell is one left-to-right run;
   * on random paragraphs of Latin, digits, punctuation, spaces, Hebrew and Arabic letters, Arabic
   * digits and the explicit direction marks, its runs are still the JDK's, in every base
   * direction.
   */
  @Test
  void theSplitterGivesTheJdksRunsOnRandomParagraphs() {
    String[] pieces = {
      "Anna", " ", "15:00", ".", "(", ")", "«", "-", "\u00ad", "é", "\u2019", "\u2013", "ש", "ب",
      "\u0663", "\u06F3", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
      "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u0378", "\uD83D\uDE00"
    };
    Random random = new Random(17);
    BidiSplitter splitter = JdkBidi.SPLITTERS.createBidiSplitter();
    int leftToRightOnly = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(8);
      // Mostly Latin paragraphs, as on most pages, with a rarer piece of another kind.
      for (int i = 0; i < length; i++) {
        int piece = random.nextInt(10) < 8 ? random.nextInt(11) : random.nextInt(pieces.length);
        text.append(pieces[piece]);
      }
      String paragraph = text.toString();
      for (byte direction : new byte[] {BidiSplitter.LTR, BidiSplitter.RTL, BidiSplitter.NEUTRAL}) {
        int flags =
            direction == BidiSplitter.RTL
                ? Bidi.DIRECTION_RIGHT_TO_LEFT
                : direction == BidiSplitter.LTR
                    ? Bidi.DIRECTION_LEFT_TO_RIGHT
                    : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        Bidi jdk = new Bidi(paragraph, flags);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < jdk.getRunCount(); i++) {
          expected.add(
              jdk.getRunStart(i) + "+" + (jdk.getRunLimit(i) - jdk.getRunStart(i)) + "|"
                  + ((jdk.getRunLevel(i) & 1) == 0 ? BidiSplitter.LTR : BidiSplitter.RTL));
        }
        splitter.setParagraph(paragraph, direction);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < splitter.countTextRuns(); i++) {
          BidiTextRun run = splitter.getVisualRun(i);
          actual.add(run.getStart() + "+" + run.getLength() + "|" + run.getDirection());
        }
        assertEquals(expected, actual, () -> direction + " " + escaped(paragraph));
        if (expected.size() == 1 && direction != BidiSplitter.RTL) {
          leftToRightOnly++;
        }
      }
    }
    assertTrue(leftToRightOnly > 10_000, "the left-to-right paragraphs are the common case");
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(c -> out.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.toString();
  }
}
