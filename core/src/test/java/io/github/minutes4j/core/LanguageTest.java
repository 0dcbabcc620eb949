package io.github.minutes4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({
    "sv, sv",
    "SV-se, sv-SE",
    "fi-fi, fi-FI",
    "se, se",
    "fit, fit",
    "ar, ar",
    "de-ch, de-CH",
    "iw, he",
    "zh-hant-tw, zh-Hant-TW",
    "und, und"
  })
  void anyWellFormedTagIsKeptInCanonicalForm(String tag, String canonical) {
    Language language = Language.ofTag(tag);

    assertEquals(canonical, language.tag());
    assertEquals(canonical, language.toString());
    assertEquals(Locale.forLanguageTag(canonical), language.locale());
    assertEquals(language, Language.ofTag(canonical));
    assertEquals(language.hashCode(), Language.ofTag(canonical).hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sv_SE", "abcdefghi", "sv-", " sv", "x-private", "1234"})
  void illFormedTagsAreRefusedWithWhatToWrite(String tag) {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Language.ofTag(tag));

    assertTrue(thrown.getMessage().startsWith("'" + tag + "' "), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("'sv'"), thrown.getMessage());
  }

  /**
   * A word of 4 to 8 letters is a well-formed tag, but no language has such a subtag: a language's
   * name ("svenska", "English") is refused with its code when it is one.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "svenska | \"; for svenska, write 'sv'\"",
        "English | \"; for English, write 'en'\"",
        "Suomi-FI | \"; for Suomi-FI, write 'fi'\"",
        "Deutsch | \"; for Deutsch, write 'de'\"",
        "klingon | \"such as 'sv' in 'sv-SE' or 'en' (use 'und' if the language is not known)\""
      })
  void aLanguagesNameIsRefusedWithItsCode(String tag, String fix) {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Language.ofTag(tag));

    assertTrue(thrown.getMessage().startsWith("'" + tag + "' does not start with a language code"),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains(fix), thrown.getMessage());
  }

  @org.junit.jupiter.api.Test
  void constantsAreTheirTagsAndDifferFromEachOther() {
    assertEquals(Language.SWEDISH, Language.ofTag("sv"));
    assertEquals(Language.NORWEGIAN_BOKMAL, Language.of(Locale.forLanguageTag("nb")));
    assertNotEquals(Language.SWEDISH, Language.ofTag("sv-SE"));
    assertEquals(Language.GERMAN, Language.of(Locale.GERMAN));
    assertEquals("und", Language.of(Locale.ROOT).tag());
  }
}
