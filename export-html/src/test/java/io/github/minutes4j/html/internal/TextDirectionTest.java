package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
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
  void aTextWithStrongCharactersOfOneDirectionHasThatDirection() {
    assertEquals(Optional.of(TextDirection.RTL), TextDirection.ofStrongCharacters("قال إن ١٠٪."));
    assertEquals(Optional.of(TextDirection.RTL), TextDirection.ofStrongCharacters("יעל 15:00"));
    assertEquals(Optional.of(TextDirection.LTR), TextDirection.ofStrongCharacters("12 Mötet"));
    // Devanagari and an emoji: letters of a left-to-right script, a neutral symbol.
    assertEquals(Optional.of(TextDirection.LTR), TextDirection.ofStrongCharacters("नमस्ते \uD83D\uDC4B"));
  }

  @Test
  void aTextWithBothDirectionsOrNeitherHasNone() {
    // The first strong character is Latin, but the text is Arabic as much as it is anything.
    assertEquals(Optional.empty(), TextDirection.ofStrongCharacters("John Smith قال إن الميزانية"));
    assertEquals(Optional.empty(), TextDirection.ofStrongCharacters("محمد presenterade"));
    assertEquals(Optional.empty(), TextDirection.ofStrongCharacters("2026-11-20, 09:00 – ?"));
    assertEquals(Optional.empty(), TextDirection.ofStrongCharacters(""));
  }
}
