package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.pdf.UnsupportedCharacterException.Reason;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Fonts from a {@link FontProvider}: asked after every other font and only for their scripts,
 * read only when a character needs them; and without the CJK artifact (this module's tests do not
 * have it), the refusal of Chinese, Japanese and Korean names that artifact.
 */
class FontProviderTest {

  private static final String CJK = "io.github.minutes4j:minutes4j-fonts-cjk";

  /** A provider of Noto Sans Runic that counts how often its file is opened. */
  private static final class Runic implements FontProvider {
    final AtomicInteger opened = new AtomicInteger();
    private final String artifact;
    private final Set<Character.UnicodeScript> scripts;

    Runic(String artifact, Character.UnicodeScript... scripts) {
      this.artifact = artifact;
      this.scripts = Set.of(scripts);
    }

    @Override
    public String artifact() {
      return artifact;
    }

    @Override
    public List<Face> fonts() {
      Supplier<InputStream> file = CharactersTest.runic();
      return List.of(
          new Face(() -> {
            opened.incrementAndGet();
            return file.get();
          }, "Noto Sans Runic", 400, false, scripts));
    }
  }

  @Test
  void chineseJapaneseAndKoreanNamesAreRefusedNamingTheArtifactThatPrintsThem() {
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.render(SampleMinutes.titled("Möte med 王小明, 김민준 och さくら")));

    assertTrue(e.characters().stream().allMatch(c -> c.reason() == Reason.NO_GLYPH));
    assertEquals(List.of(CJK), e.artifacts());
    assertTrue(
        e.getMessage().contains(
            "The letters of Han, Hangul and Hiragana print with the fonts of " + CJK
                + ": add that artifact to the class path or module path."),
        e.getMessage());
    assertTrue(e.messageAdvising("--font FILE.ttf").contains(CJK), "also for the command line");
    // A character of another script is not sent to it.
    UnsupportedCharacterException runes =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.render(SampleMinutes.titled("Runor: ᚠᚢᚦ")));
    assertEquals(List.of(), runes.artifacts());
    assertFalse(runes.getMessage().contains("artifact"), runes.getMessage());
  }

  @Test
  void aProvidersFontIsReadOnlyWhenACharacterOfItsScriptsNeedsItAndThenPrints() throws Exception {
    Runic provider = new Runic("org.example:fonts-runic", Character.UnicodeScript.RUNIC);
    PdfMinutesExporter exporter = PdfMinutesExporter.builder().addFontProvider(provider).build();
    List<String> families = exporter.fontFamilies();
    assertEquals("Noto Sans Runic", families.get(families.size() - 1), "after every other font");

    byte[] latin = Pdfs.render(exporter, SampleMinutes.titled("Möte i Ålund"), ExportOptions.defaults());
    assertEquals(0, provider.opened.get(), "a page without runes does not read the font");

    Minutes runes = SampleMinutes.titled("Runor: ᚠᚢᚦᚨᚱᚲ");
    byte[] pdf = Pdfs.write("provided-runic", Pdfs.render(exporter, runes, ExportOptions.defaults()));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTrue(Pdfs.body(document).contains("Runor: ᚠᚢᚦᚨᚱᚲ"), Pdfs.body(document));
    }
    Pdfs.render(exporter, runes, ExportOptions.defaults());
    assertEquals(1, provider.opened.get(), "read once, when first needed");
    ConformanceTest.assertConforms("provided-runic", pdf);

    // The face is registered with every render now, and changes nothing where it is not drawn.
    assertArrayEquals(
        latin,
        Pdfs.render(exporter, SampleMinutes.titled("Möte i Ålund"), ExportOptions.defaults()));
  }

  @Test
  void aProvidersFontIsNotAskedForScriptsItIsNotMeantFor() throws Exception {
    Runic greek = new Runic("org.example:fonts-greek", Character.UnicodeScript.GREEK);
    PdfMinutesExporter exporter = PdfMinutesExporter.builder().addFontProvider(greek).build();
    assertThrows(
        UnsupportedCharacterException.class,
        () -> exporter.check(SampleMinutes.titled("Runor: ᚠᚢᚦ"), ExportOptions.defaults()));
    assertEquals(0, greek.opened.get());
  }

  @Test
  void anArtifactThatWasAskedAndLacksTheCharacterIsNotAdvised() throws Exception {
    // Stands in for minutes4j-fonts-cjk without the character: its font has no Han.
    PdfMinutesExporter exporter =
        PdfMinutesExporter.builder()
            .addFontProvider(new Runic(CJK, Character.UnicodeScript.HAN))
            .build();
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> exporter.check(SampleMinutes.titled("王小明"), ExportOptions.defaults()));
    assertEquals(List.of(), e.artifacts());
    assertFalse(e.getMessage().contains(CJK), e.getMessage());
  }

  @Test
  void aFaceChecksItsScripts() {
    IllegalArgumentException common =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Runic("org.example:x", Character.UnicodeScript.COMMON).fonts());
    assertTrue(common.getMessage().contains("COMMON"), common.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Runic("org.example:x").fonts());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> PdfMinutesExporter.builder()
                .addFontProvider(new Runic(" ", Character.UnicodeScript.RUNIC))
                .build());
    assertTrue(blank.getMessage().contains("names no artifact"), blank.getMessage());
  }
}
