package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick scan of {@link HtmlWriter#isNfc} agrees with {@link Normalizer}. */
class NfcQuickCheckTest {

  @Test
  void everyPairOfQuickRangeCharactersIsInNfc() {
    List<Character> quick = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (HtmlWriter.isAlwaysNfc(c)) {
        quick.add(c);
      }
    }
    assertEquals(0x300 + 0x18, quick.size());
    char[] pair = new char[2];
    for (char first : quick) {
      for (char second : quick) {
        pair[0] = first;
        pair[1] = second;
        String text = new String(pair);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
          throw new AssertionError(
              String.format("U+%04X U+%04X is not in NFC", (int) first, (int) second));
        }
      }
    }
  }

  @Test
  void aQuickRangeCharacterFollowedByACombiningMarkIsLeftToTheNormalizer() {
    assertFalse(HtmlWriter.isNfc("e\u0301"));
    assertEquals("\u00E9", HtmlWriter.nfc("e\u0301"));
    assertFalse(HtmlWriter.isNfc("\u2001")); // a singleton: its NFC form is U+2003
    assertTrue(HtmlWriter.isNfc("Årsmöte – “citat” …"));
    assertTrue(HtmlWriter.isNfc("\u00E9\u0627\u4E2D"));
  }
}
