package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * A font set made to parse its faces when needed reads each face's bytes once, and only then; the
 * shipped fonts of a script are opened only by a document in that script.
 */
class FontSetTest {

  private static final String FOLDER = "/io/github/minutes4j/pdf/fonts/";

  /** A face whose bytes are the shipped file, counting how often they are read. */
  private static FontSet.Source face(String file, int weight, boolean italic, AtomicInteger reads) {
    return new FontSet.Source(
        () -> {
          reads.incrementAndGet();
          InputStream in = FontSetTest.class.getResourceAsStream(FOLDER + file);
          if (in == null) {
            throw new IllegalStateException(FOLDER + file + " is missing");
          }
          return in;
        },
        "Test Sans",
        weight,
        italic);
  }

  @Test
  void parsesEachFaceOnlyWhenFirstNeededAndOnce() {
    AtomicInteger regular = new AtomicInteger();
    AtomicInteger bold = new AtomicInteger();
    FontSet fonts =
        FontSet.parsedWhenNeeded(
            List.of(
                face("LiberationSans-Regular.ttf", 400, false, regular),
                face("LiberationSans-Bold.ttf", 700, false, bold)));
    assertEquals(List.of("Test Sans"), fonts.families());
    assertEquals(0, regular.get() + bold.get(), "nothing is read before a face is needed");

    assertTrue(fonts.covers('å'));
    assertTrue(fonts.covers('Ж'));
    assertEquals(1, regular.get(), "the first face answers, read once");
    assertEquals(0, bold.get(), "a character of the first face reads no other");

    assertFalse(fonts.covers(0x4E2D)); // a Chinese character: no face has it, so all are asked
    assertEquals(1, regular.get());
    assertEquals(1, bold.get());
  }

  /**
   * Printing the four reference documents, in Latin script, opens Liberation Sans only: the
   * fallback fonts for other scripts (Arabic, Hebrew, Ethiopic, Armenian, Georgian) are
   * registered with every render but never read. A document with an Ethiopic name opens the
   * Ethiopic font, and still not the Armenian or Georgian one.
   */
  @Test
  void aDocumentOpensTheFontsOfOtherScriptsOnlyIfItHasTheirText() throws Exception {
    Set<String> opened = new TreeSet<>();
    MinutesPdf printer = new MinutesPdf(shippedOpening(opened));
    List<ReferenceMinutes.ReferenceDocument> latin = new ArrayList<>(ReferenceMinutes.all());
    latin.addAll(FormalReferenceMinutes.all());
    for (ReferenceMinutes.ReferenceDocument document : latin) {
      printer.render(document.minutes(), ExportOptions.defaults());
    }
    assertTrue(opened.contains("LiberationSans-Regular.ttf"), opened.toString());
    assertTrue(
        opened.stream().allMatch(file -> file.startsWith("LiberationSans-")),
        "the reference documents opened " + opened);
    for (String file :
        List.of(
            "NotoSansCherokee-Regular.ttf",
            "NotoSansCanadianAboriginal-Regular.ttf",
            "NotoSansTifinagh-Regular.ttf",
            "DejaVuSans.ttf",
            "Symbola.ttf")) {
      assertFalse(opened.contains(file), "a Latin document opens " + file + ": " + opened);
    }

    Minutes ethiopic =
        ReferenceMinutes.june2022().toBuilder().title("Möte med አበበ በቀለ").build();
    printer.render(ethiopic, ExportOptions.defaults());
    assertTrue(opened.contains("NotoSansEthiopic-Bold.ttf"), "the title is bold: " + opened);
    assertTrue(
        opened.stream()
            .noneMatch(
                file -> file.startsWith("NotoSansArmenian") || file.startsWith("NotoSansGeorgian")),
        "an Ethiopic name opens neither the Armenian nor the Georgian font: " + opened);
  }

  /**
   * A Cherokee name opens the Cherokee font and not the last resort after it; a check mark, which
   * only the last resort has, opens it, but not the emoji face after it, which an emoji opens. The
   * fonts of other scripts are opened for it too (the glyph check and the engine ask each face
   * before the last resort once per JVM), but never by a document in Latin script, nor is the last
   * resort.
   */
  @Test
  void theLastResortIsOpenedOnlyForWhatNoOtherFontHas() throws Exception {
    Set<String> opened = new TreeSet<>();
    MinutesPdf printer = new MinutesPdf(shippedOpening(opened));
    Minutes cherokee = ReferenceMinutes.june2022().toBuilder().title("Möte med ᏣᎳᎩ").build();
    printer.render(cherokee, ExportOptions.defaults());
    assertTrue(opened.contains("NotoSansCherokee-Bold.ttf"), "the title is bold: " + opened);
    assertFalse(opened.contains("DejaVuSans.ttf"), opened.toString());
    assertFalse(opened.contains("NotoSansTifinagh-Regular.ttf"), opened.toString());

    Minutes checked = ReferenceMinutes.june2022().toBuilder().title("Möte ✓").build();
    printer.render(checked, ExportOptions.defaults());
    assertTrue(opened.contains("DejaVuSans.ttf"), opened.toString());
    assertFalse(opened.contains("Symbola.ttf"), "a check mark is DejaVu Sans': " + opened);

    Minutes liked = ReferenceMinutes.june2022().toBuilder().title("Möte 👍").build();
    printer.render(liked, ExportOptions.defaults());
    assertTrue(opened.contains("Symbola.ttf"), opened.toString());
  }

  /**
   * A provider's face is asked for its scripts, the characters common to all, and the Halfwidth
   * and Fullwidth Forms, whose Latin letters ("Ａ") East Asian text uses; not for other Latin
   * letters. The last resort is asked for symbols and the scripts it is meant for, in the Basic
   * Multilingual Plane only; the emoji face after it for what is common to all scripts, in every
   * plane.
   */
  @Test
  void whatAFaceIsAskedFor() {
    IntPredicate han = FontSet.providerServes(Set.of(Character.UnicodeScript.HAN));
    assertTrue(han.test('漢'));
    assertTrue(han.test('★'));
    assertTrue(han.test(0xFF21), "FULLWIDTH LATIN CAPITAL LETTER A");
    assertTrue(han.test(0xFF41), "FULLWIDTH LATIN SMALL LETTER A");
    assertFalse(han.test('A'));
    assertFalse(han.test('Ꮳ'));

    assertTrue(FontSet.lastResort('✓'));
    assertTrue(FontSet.lastResort('₹'));
    assertTrue(FontSet.lastResort(0x2163), "ROMAN NUMERAL FOUR, a Latin letter");
    assertTrue(FontSet.lastResort(0xA4E1), "LISU LETTER LA");
    assertFalse(FontSet.lastResort(0x1F600), "GRINNING FACE");
    assertFalse(FontSet.lastResort(0x0EA5), "LAO LETTER LO LOOT");
    assertFalse(FontSet.lastResort(0x07C1), "NKO DIGIT ONE");
    assertFalse(FontSet.lastResort(0x0627), "ARABIC LETTER ALEF: Noto Sans Arabic's");
    assertFalse(FontSet.lastResort(0xE000), "private use");

    assertTrue(FontSet.emoji(0x1F44D), "THUMBS UP SIGN");
    assertTrue(FontSet.emoji(0x2705), "WHITE HEAVY CHECK MARK");
    assertTrue(FontSet.emoji(0x20E3), "COMBINING ENCLOSING KEYCAP, inherited");
    assertTrue(FontSet.emoji(0x1D538), "MATHEMATICAL DOUBLE-STRUCK CAPITAL A");
    assertFalse(FontSet.emoji('A'));
    assertFalse(FontSet.emoji(0x0EA5), "LAO LETTER LO LOOT");
    assertFalse(FontSet.emoji(0x16A0), "RUNIC LETTER FEHU: Symbola has none, nor is asked");
    assertFalse(FontSet.emoji(0xE000), "private use");
    assertFalse(FontSet.emoji(0xF0000), "supplementary private use");
    assertFalse(FontSet.emoji(0x3002), "IDEOGRAPHIC FULL STOP: a CJK font's");
    assertFalse(FontSet.emoji(0xFF01), "FULLWIDTH EXCLAMATION MARK: a CJK font's");
  }

  /** The shipped fonts, adding the name of each file to {@code opened} as it is opened. */
  private static FontSet shippedOpening(Set<String> opened) {
    return FontSet.shipped(
        file -> {
          synchronized (opened) {
            opened.add(file);
          }
          return FontSetTest.class.getResourceAsStream(FOLDER + file);
        });
  }
}
