package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDirectionTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "ar, RTL", "ar-EG, RTL", "fa-IR, RTL", "he, RTL", "iw, RTL", "ur-PK, RTL", "ps, RTL",
    "yi, RTL", "dv, RTL", "ckb, RTL", "syr, RTL", "az-Arab, RTL", "pa-Arab, RTL",
    "sv, LTR", "sv-SE, LTR", "en, LTR", "fi-FI, LTR", "se, LTR", "ku-Latn, LTR", "uz-Cyrl, LTR",
    "so, LTR", "ti, LTR", "und, LTR"
  })
  void directionOfTheLanguage(String tag, TextDirection expected) {
    assertEquals(expected, TextDirection.of(Locale.forLanguageTag(tag)));
    assertEquals(expected.name().toLowerCase(Locale.ROOT), expected.attribute());
  }

  @Test
  void aTextHasStrongCharactersOfTheDirectionsItsLettersRunIn() {
    assertStrong("قال إن ١٠٪.", false, true);
    assertStrong("יעל 15:00", false, true);
    assertStrong("12 Mötet", true, false);
    assertStrong("Ωμέγα", true, false);
    // Devanagari and an emoji: letters of a left-to-right script, a neutral symbol.
    assertStrong("नमस्ते \uD83D\uDC4B", true, false);
    // Both, whichever comes first; a letter beyond the Basic Multilingual Plane (Adlam, right to
    // left) counts as one character.
    assertStrong("John Smith قال إن الميزانية", true, true);
    assertStrong("محمد presenterade", true, true);
    assertStrong("\uD83A\uDD00 ok", true, true);
    // Neither: digits, punctuation, symbols.
    assertStrong("2026-11-20, 09:00 – ?", false, false);
    assertStrong("", false, false);
  }

  @Test
  void theOppositeOfADirection() {
    assertEquals(TextDirection.RTL, TextDirection.LTR.opposite());
    assertEquals(TextDirection.LTR, TextDirection.RTL.opposite());
  }

  private static void assertStrong(String text, boolean leftToRight, boolean rightToLeft) {
    assertEquals(leftToRight, TextDirection.LTR.hasStrongCharacterIn(text), text + ", LTR");
    assertEquals(rightToLeft, TextDirection.RTL.hasStrongCharacterIn(text), text + ", RTL");
  }
}
