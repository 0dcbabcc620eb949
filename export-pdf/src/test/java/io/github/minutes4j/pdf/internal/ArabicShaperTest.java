package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The shaper's tables, built from the JDK's Unicode data, give the forms Unicode names. */
class ArabicShaperTest {

  private final ArabicShaper shaper = ArabicShaper.INSTANCE;

  @Test
  void lettersTakeTheirPositionalForms() {
    // بيت: beh initial, yeh medial, teh final.
    assertEquals("\uFE91\uFEF4\uFE96", shaper.shape("بيت"));
    // دار: dal and alef join only on their right; reh after alef stands alone.
    assertEquals("\uFEA9\uFE8D\uFEAD", shaper.shape("دار"));
  }

  @Test
  void persianLettersJoin() {
    // پگاه: peh initial, gaf medial, alef final, heh isolated.
    assertEquals("\uFB58\uFB95\uFE8E\uFEE9", shaper.shape("پگاه"));
    // چی: tcheh initial, farsi yeh final.
    assertEquals("\uFB7C\uFBFD", shaper.shape("چی"));
  }

  @Test
  void theZeroWidthNonJoinerBreaksAJoin() {
    // می‌خواهم: yeh final (not medial), then khah initial.
    String shaped = shaper.shape("می\u200Cخ");
    assertEquals("\uFEE3\uFBFD\u200C\uFEA5", shaped);
  }

  @Test
  void lamAlefBecomesOneLigatureAndMarksAreTransparent() {
    assertEquals("\uFEFB", shaper.shape("لا"));
    assertEquals("\uFEDF\uFEFC", shaper.shape("للا"));
    // بَت: the fatha between beh and teh does not break the join.
    assertEquals("\uFE91\u064E\uFE96", shaper.shape("بَت"));
  }

  @Test
  void deshapingGivesTheLettersBack() {
    for (String word : new String[] {"محمد عبد الله", "پگاه چگینی", "لا", "مَرْحَبًا"}) {
      assertEquals(word, shaper.deshape(shaper.shape(word)), word);
      assertEquals(
          Normalizer.normalize(shaper.shape(word), Normalizer.Form.NFKC), word, "NFKC " + word);
    }
  }

  @Test
  void lettersWithoutFormsAreReportedAndOtherTextIsUntouched() {
    assertFalse(shaper.canShape(0x08A1), "ARABIC LETTER BEH WITH HAMZA ABOVE has no forms");
    assertTrue(shaper.canShape('A'));
    assertTrue(shaper.canShape(0x06AF), "gaf");
    assertEquals("Anna, 15:00 (שלום)", shaper.shape("Anna, 15:00 (שלום)"));
  }
}
