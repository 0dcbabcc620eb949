package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.List;
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
}
