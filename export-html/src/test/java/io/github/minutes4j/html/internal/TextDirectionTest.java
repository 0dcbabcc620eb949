package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
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
}
