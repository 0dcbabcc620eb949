package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoftHyphensTest {

  @ParameterizedTest
  @CsvSource({
    "Digitaliseringsrådet, Digi-ta-li-se-rings-rå-det",
    "Deltagarförteckning, Del-ta-gar-för-teck-ning",
    "Regionsjukvårdsledningsgruppen, Region-sjuk-vård-sled-nings-grup-pen",
    "verksamhetsutveckling, verksam-hetsut-veck-ling",
    "Omvärldsbevakning, Omvärlds-be-vak-ning",
    "Förutsättningar, Förutsätt-ningar",
  })
  void longWordsGetSoftHyphensAtSyllables(String word, String hyphenated) {
    assertEquals(hyphenated, SoftHyphens.swedish(word).replace('\u00AD', '-'));
  }

  /**
   * Fixed finding: the word was lower-cased as a whole, which turns "İ" into two characters, so
   * every break after it was one letter off ("İstanb-ulk-omm-un-ens-jukhus", "ri-ngsrå").
   */
  @Test
  void aLetterThatLowerCasesToTwoCharactersMovesNoBreak() {
    assertEquals(
        "İstan-bul-kom-mu-nen-sjuk-hus",
        SoftHyphens.swedish("İstanbulkommunensjukhus").replace('\u00AD', '-'));
    // Breaks as the same word with a plain "I" does.
    assertEquals(
        SoftHyphens.swedish("IIDigitaliseringsrådet").replace('I', 'İ'),
        SoftHyphens.swedish("İİDigitaliseringsrådet"));
  }

  @Test
  void shortWordsAndEverythingElseStayAsTheyAre() {
    String text = "Tid och plats: 2 juni, kl. 10.00–15.00 (2017/18:249) – Uppföljningen";
    assertSame(text, SoftHyphens.swedish(text));
    assertEquals(
        "Om Digi-ta-li-se-rings-rå-det, 2022!",
        SoftHyphens.swedish("Om Digitaliseringsrådet, 2022!").replace('\u00AD', '-'));
  }
}
