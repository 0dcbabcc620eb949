package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.json.JsonMinutesReader;
import io.github.minutes4j.pdf.UnsupportedCharacterException.Reason;
import io.github.minutes4j.pdf.UnsupportedCharacterException.UnsupportedCharacter;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.MinutesPdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text never silently vanishes or turns into "#": every European Latin name prints; a character
 * no font has, or a letter of a joining script the exporter cannot shape, stops the export with an exception naming each character
 * and where it is, before anything is written; a font added with the builder supplies what the
 * shipped fonts lack; decomposed text is printed composed.
 */
class CharactersTest {

  /**
   * The families of an exporter with the Runic font added: the shipped ones, then Runic, then the
   * shipped last resorts.
   */
  private static final List<String> WITH_RUNIC =
      List.of(
          "Liberation Sans",
          "Noto Sans Arabic",
          "Noto Sans Hebrew",
          "Noto Sans Ethiopic",
          "Noto Sans Armenian",
          "Noto Sans Georgian",
          "Noto Sans Cherokee",
          "Noto Sans Canadian Aboriginal",
          "Noto Sans Tifinagh",
          "Noto Sans Runic",
          "DejaVu Sans",
          "Symbola");

  @Test
  void everyEuropeanLatinNamePrints() throws Exception {
    try (PDDocument document =
        Pdfs.load(Pdfs.render(SampleMinutes.everything(Language.SWEDISH)))) {
      String body = Pdfs.body(document);
      for (String name : SampleMinutes.NAMES) {
        assertTrue(body.contains(name), name + " is missing from " + body);
      }
      for (String hostile : SampleMinutes.HOSTILE) {
        assertTrue(body.contains(Pdfs.squeeze(hostile)), hostile + " is not printed as text");
      }
    }
  }

  @Test
  void chineseAndEmojiAreNamedAndNothingIsWritten() {
    Minutes minutes = SampleMinutes.titled("Möte om 漢字 och 🥲");
    RecordingStream out = new RecordingStream();

    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.EXPORTER.export(minutes, ExportOptions.defaults(), out));

    assertEquals(0, out.written, "bytes written");
    assertEquals(false, out.closed, "the caller's stream is closed");
    assertEquals(
        List.of(
            new UnsupportedCharacter(
                0x6F22, "CJK UNIFIED IDEOGRAPHS 6F22", Reason.NO_GLYPH, "title",
                "Möte om 漢字 och 🥲", 1),
            new UnsupportedCharacter(
                0x5B57, "CJK UNIFIED IDEOGRAPHS 5B57", Reason.NO_GLYPH, "title",
                "Möte om 漢字 och 🥲", 1),
            new UnsupportedCharacter(
                0x1F972, "SMILING FACE WITH TEAR", Reason.NO_GLYPH, "title", "Möte om 漢字 och 🥲", 1)),
        e.characters());
    assertTrue(e.getMessage().contains("U+6F22 漢"), e.getMessage());
    assertTrue(e.getMessage().contains("U+1F972 🥲 (SMILING FACE WITH TEAR), no font has it, in title"),
        e.getMessage());
    assertTrue(e.getMessage().contains("addFont"), "the message says how to fix it");
  }

  /**
   * {@code check} refuses exactly what {@code export} refuses (the page's text, the margins' text
   * and the fonts added with the builder included), and accepts what it prints, without drawing.
   */
  @Test
  void checkRefusesWhatExportRefusesWithoutDrawing() throws Exception {
    Minutes minutes = SampleMinutes.titled("Möte om 漢字, ᚠᚢᚦ och 🥲");
    UnsupportedCharacterException exported =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.EXPORTER.export(minutes, ExportOptions.defaults(), new RecordingStream()));
    UnsupportedCharacterException checked =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.EXPORTER.check(minutes, ExportOptions.defaults()));
    assertEquals(exported.characters(), checked.characters());
    assertEquals(exported.getMessage(), checked.getMessage());

    PdfMinutesExporter withRunes = PdfMinutesExporter.builder().addFont(runic(), "Runic", 400, false).build();
    Minutes runes = SampleMinutes.titled("Runor: ᚠᚢᚦᚨᚱᚲ");
    assertThrows(
        UnsupportedCharacterException.class,
        () -> Pdfs.EXPORTER.check(runes, ExportOptions.defaults()));
    withRunes.check(runes, ExportOptions.defaults());
    Pdfs.EXPORTER.check(ReferenceMinutes.june2022(), ExportOptions.defaults());

    // The margins' "Page 1 of 2", which only the stylesheet prints.
    ExportOptions runicFooter =
        ExportOptions.defaults().withLabel(io.github.minutes4j.core.text.Label.PAGE_OF, "ᚠ");
    UnsupportedCharacterException margins =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.EXPORTER.check(SampleMinutes.titled("Möte"), runicFooter));
    assertEquals(0x16A0, margins.characters().get(0).codePoint());
    assertEquals("", margins.characters().get(0).path(), "printed around the minutes");
    assertEquals(
        margins.characters(),
        assertThrows(
                UnsupportedCharacterException.class,
                () -> Pdfs.render(Pdfs.EXPORTER, SampleMinutes.titled("Möte"), runicFooter))
            .characters());
  }

  @Test
  void theExceptionSaysWhereInTheMinutesEachCharacterFirstIs() {
    Minutes minutes =
        SampleMinutes.titled("Möte").toBuilder()
            .addAgendaItem(
                AgendaItem.withHeading("Punkt ᚠ")
                    .addBlock(
                        Block.subsection(
                            "Nuläge",
                            Block.paragraph(Inline.plain("Bra "), Inline.strong("ᚠ och 🥲"))))
                    .build())
            .build();
    Minutes4jException thrown = assertThrows(Minutes4jException.class, () -> Pdfs.render(minutes));
    UnsupportedCharacterException e = assertInstanceOf(UnsupportedCharacterException.class, thrown);
    assertEquals(2, e.characters().size(), e.getMessage());
    UnsupportedCharacter rune = e.characters().get(0);
    assertEquals(0x16A0, rune.codePoint());
    assertEquals("RUNIC LETTER FEHU FEOH FE F", rune.name());
    assertEquals("agenda[1].heading", rune.path());
    assertEquals(2, rune.occurrences(), "in the heading and in the paragraph");
    UnsupportedCharacter emoji = e.characters().get(1);
    assertEquals("SMILING FACE WITH TEAR", emoji.name());
    assertEquals("agenda[1].content[0].content[0].content[1].text", emoji.path());
    assertEquals("ᚠ och 🥲", emoji.context());
  }

  @Test
  void aJoiningScriptTheShaperDoesNotKnowIsRefusedRatherThanPrintedUnjoined() {
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.render(SampleMinutes.titled("Möte med ܫܠܡܐ")));
    assertEquals(4, e.characters().size(), e.getMessage());
    for (UnsupportedCharacter c : e.characters()) {
      assertEquals(Reason.RIGHT_TO_LEFT, c.reason(), c.toString());
      assertEquals("title", c.path());
    }
    assertTrue(e.getMessage().contains("cannot join the letters"), e.getMessage());
  }

  /**
   * Devanagari (and the other scripts whose syllables must be shaped) is refused as a script the
   * PDF cannot shape, not as characters a font lacks: a Devanagari font drew "समिति" with its vowel
   * signs after their consonants. Its digits print as they are.
   */
  @Test
  void aScriptWhoseSyllablesMustBeShapedIsRefusedEvenWithAFont() {
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.render(SampleMinutes.titled("Möte om समिति")));
    assertEquals(4, e.characters().size(), e.getMessage());
    for (UnsupportedCharacter c : e.characters()) {
      assertEquals(Reason.COMPLEX_SCRIPT, c.reason(), c.toString());
      assertEquals("title", c.path());
    }
    assertTrue(e.characters().get(2).toString().contains("U+093F"), e.getMessage());
    assertTrue(e.getMessage().contains("script that the PDF cannot shape"), e.getMessage());
    assertTrue(e.getMessage().contains("publish these minutes as HTML"), e.getMessage());
    assertFalse(e.getMessage().contains("add a font"), e.getMessage());
  }

  /**
   * The marks of Thai (vowel signs above and below, tone marks) are refused as marks the PDF
   * cannot position: with Noto Sans Thai, the tone mark of "ที่" printed over its vowel sign and
   * that of "ป่า" into the stem of its letter. The refusal says so, and that HTML shows them; its
   * letters only lack a font.
   */
  @Test
  void theMarksOfThaiAreRefusedAsMarksThePdfCannotPosition() {
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.render(SampleMinutes.titled("Möte ที่ประชุม ป่า")));
    List<Integer> marks = e.characters().stream()
        .filter(c -> c.reason() == Reason.COMPLEX_SCRIPT)
        .map(UnsupportedCharacter::codePoint)
        .toList();
    assertEquals(List.of(0x0E35, 0x0E48, 0x0E38), marks, e.getMessage());
    assertTrue(
        e.characters().stream()
            .allMatch(c -> c.reason() == Reason.COMPLEX_SCRIPT || c.reason() == Reason.NO_GLYPH),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("U+0E48 ่ (THAI CHARACTER MAI EK), mark that the PDF cannot"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("cannot position the vowel signs above and below and the tone"
            + " marks of Thai and Lao"),
        e.getMessage());
    assertTrue(e.getMessage().contains("publish these minutes as HTML"), e.getMessage());
    assertFalse(e.getMessage().contains("script that the PDF cannot shape"), e.getMessage());
  }

  /**
   * Invisible characters that come with pasted names (a left-to-right mark, a zero width joiner, a
   * combining grapheme joiner, a zero width no-break space) print nothing. The shipped fonts have
   * visible glyphs for some of them (a bar, a boxed "CGJ"), which the engine drew on a page
   * without right-to-left text; on other pages the bidirectional algorithm took the marks away.
   */
  @Test
  void invisibleCharactersDrawNoGlyph() throws Exception {
    Minutes minutes = SampleMinutes.titled("Anna\u200DLind, Bo\u200EBerg, Cia\u034FDahl\uFEFF");
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      StringBuilder drawn = new StringBuilder();
      for (TextPosition glyph : Pdfs.glyphs(document, 1)) {
        drawn.append(glyph.getUnicode());
      }
      for (int invisible : new int[] {0x200D, 0x200E, 0x034F, 0xFEFF}) {
        assertEquals(
            -1,
            drawn.indexOf(Character.toString(invisible)),
            String.format("U+%04X is drawn: %s", invisible, drawn));
      }
      assertTrue(drawn.indexOf("AnnaLind, BoBerg, CiaDahl") >= 0, drawn.toString());
    }
  }

  /**
   * A variation selector, such as the emoji one (VS16) that phones put after "©" or "™", asks for
   * another look of the character before it: the PDF prints that character in its text look, as
   * if the selector were not there, rather than refusing the minutes because no font has the
   * selector. A character that needs a glyph of its own after it, the keycap, prints with the
   * emoji font, around the digit before it.
   */
  @Test
  void aVariationSelectorPrintsTheCharacterBeforeItInItsTextLook() throws Exception {
    String plain = "Anna Lind © 2026, Acme™ ↔ Bo";
    String selected = "Anna Lind ©\uFE0F 2026, Acme™\uFE0F ↔\uFE0E Bo";
    List<String> expected = drawnWithPlaces(SampleMinutes.titled(plain));
    assertEquals(expected, drawnWithPlaces(SampleMinutes.titled(selected)));
    String text =
        expected.stream().map(g -> g.substring(0, g.lastIndexOf('@'))).reduce("", String::concat);
    assertTrue(text.contains("Anna Lind © 2026, Acme™ ↔ Bo"), text);

    String keycap =
        drawnWithPlaces(SampleMinutes.titled("Punkt 1\uFE0F\u20E3")).stream()
            .map(g -> g.substring(0, g.lastIndexOf('@')))
            .reduce("", String::concat);
    assertTrue(keycap.contains("Punkt 1\u20E3"), keycap);
  }

  /** The glyphs of the first page, each with where it is drawn. */
  private static List<String> drawnWithPlaces(Minutes minutes) throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      List<String> drawn = new ArrayList<>();
      for (TextPosition glyph : Pdfs.glyphs(document, 1)) {
        drawn.add(glyph.getUnicode() + "@" + glyph.getXDirAdj() + "," + glyph.getYDirAdj());
      }
      return drawn;
    }
  }

  @Test
  void decomposedTextIsPrintedComposed() throws Exception {
    String decomposed = Normalizer.normalize("Möte i Ålund om Þórðardóttir", Normalizer.Form.NFD);
    assertTrue(decomposed.length() > "Möte i Ålund om Þórðardóttir".length(), "is decomposed");
    try (PDDocument document = Pdfs.load(Pdfs.render(SampleMinutes.titled(decomposed)))) {
      assertTrue(Pdfs.body(document).contains("Möte i Ålund om Þórðardóttir"));
    }
    String page =
        new MinutesPdf(FontSet.shipped())
            .page(SampleMinutes.titled(decomposed), ExportOptions.defaults())
            .outerHtml();
    assertTrue(page.contains("<h1>Möte i Ålund om Þórðardóttir</h1>"), "NFC on the page");
    assertTrue(Normalizer.isNormalized(page, Normalizer.Form.NFC), "the whole page is NFC");
  }

  /**
   * Minutes whose every text comes decomposed (NFD), as a Mac or an old system may send them, with
   * stacked accents (Vietnamese "Việt", a dot below and a circumflex on one e): the PDF prints the
   * same text as for the composed minutes, every letter composed, wherever it stands (title,
   * headings, running text with bold names, presenters, note-takers, the participant table, the
   * running header).
   */
  @Test
  void decomposedTextIsPrintedComposedWhereverItStands() throws Exception {
    Minutes june = ReferenceMinutes.june2022();
    AgendaItem first = june.agenda().get(0);
    Minutes composed =
        june.toBuilder()
            .agenda(
                List.of(
                    first.toBuilder()
                        .addBlock(
                            Block.paragraph(
                                Inline.strong("Anders Ångström"),
                                Inline.plain(" talade om tiếng Việt, Dương và Nguyễn.")))
                        .build()))
            .build();
    Minutes decomposed = nfd(composed);
    assertTrue(
        decomposed.agenda().get(0).content().toString().contains("A\u030Angstro\u0308m"),
        "the text is decomposed");

    try (PDDocument expected = Pdfs.load(Pdfs.render(composed));
        PDDocument document =
            Pdfs.load(Pdfs.write("decomposed-text", Pdfs.render(decomposed)))) {
      String body = Pdfs.body(document);
      assertTrue(body.contains("Anders Ångström talade om tiếng Việt, Dương và Nguyễn."), body);
      assertEquals(Pdfs.pages(expected), Pdfs.pages(document), "header, body and footer");
      assertTrue(Normalizer.isNormalized(body, Normalizer.Form.NFC), body);
      assertEquals(Pdfs.bookmarks(expected), Pdfs.bookmarks(document));
      assertEquals(
          expected.getDocumentInformation().getTitle(),
          document.getDocumentInformation().getTitle());
      assertEquals(
          expected.getDocumentInformation().getKeywords(),
          document.getDocumentInformation().getKeywords());
    }
  }

  /** The minutes with every text in NFD, through their JSON. */
  private static Minutes nfd(Minutes minutes) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    new JsonMinutesExporter().export(minutes, ExportOptions.defaults(), json);
    String decomposed =
        Normalizer.normalize(json.toString(StandardCharsets.UTF_8), Normalizer.Form.NFD);
    return new JsonMinutesReader()
        .read(new ByteArrayInputStream(decomposed.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anAddedFontDrawsWhatTheShippedFontsLack() throws Exception {
    Minutes minutes = SampleMinutes.titled("Runor: ᚠᚢᚦᚨᚱᚲ");
    assertThrows(UnsupportedCharacterException.class, () -> Pdfs.render(minutes));

    PdfMinutesExporter exporter =
        PdfMinutesExporter.builder().addFont(runic(), "Noto Sans Runic", 400, false).build();
    assertEquals(WITH_RUNIC, exporter.fontFamilies());
    byte[] pdf = Pdfs.write("runic", Pdfs.render(exporter, minutes, ExportOptions.defaults()));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTrue(Pdfs.body(document).contains("Runor: ᚠᚢᚦᚨᚱᚲ"), Pdfs.body(document));
    }
    ConformanceTest.assertConforms("runic", pdf);
  }

  @Test
  void withoutTheShippedFontsOnlyTheAddedOnesAreUsed() throws Exception {
    PdfMinutesExporter exporter =
        PdfMinutesExporter.builder()
            .useShippedFonts(false)
            .addFont(liberation("Regular"), "Minutes Sans", 400, false)
            .addFont(liberation("Bold"), "Minutes Sans", 700, false)
            .build();
    assertEquals(List.of("Minutes Sans"), exporter.fontFamilies());
    byte[] pdf =
        Pdfs.render(
            exporter, ReferenceMinutes.june2022(), ExportOptions.defaults());
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTrue(Pdfs.body(document).contains("Katrín Håkansson NUH Halland"));
    }

    PdfMinutesExporter runicOnly =
        PdfMinutesExporter.builder()
            .useShippedFonts(false)
            .addFont(runic(), "Noto Sans Runic", 400, false)
            .build();
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.render(runicOnly, SampleMinutes.titled("Möte"), ExportOptions.defaults()));
    UnsupportedCharacter m =
        e.characters().stream().filter(c -> c.codePoint() == 'M').findFirst().orElseThrow();
    assertEquals("title", m.path(), "the title's M is found in the title");
  }

  @Test
  void theBuilderRefusesWhatCannotWork() {
    IllegalArgumentException noFont =
        assertThrows(
            IllegalArgumentException.class,
            () -> PdfMinutesExporter.builder().useShippedFonts(false).build());
    assertTrue(noFont.getMessage().contains("at least one font"), noFont.getMessage());

    IllegalArgumentException duplicate =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PdfMinutesExporter.builder()
                    .addFont(liberation("Regular"), "liberation sans", 400, false)
                    .build());
    assertTrue(duplicate.getMessage().contains("'liberation sans' 400 upright"),
        duplicate.getMessage());

    IllegalArgumentException notAFont =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PdfMinutesExporter.builder()
                    .addFont(() -> new ByteArrayInputStream(new byte[100]), "Broken", 400, false)
                    .build());
    assertTrue(notAFont.getMessage().contains("'Broken' 400 upright"), notAFont.getMessage());

    assertThrows(
        IllegalArgumentException.class,
        () -> PdfMinutesExporter.builder().addFont(runic(), " ", 400, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> PdfMinutesExporter.builder().addFont(runic(), "Runic", 0, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> PdfMinutesExporter.builder().addFont(runic(), "Run\nic", 400, false));
    assertThrows(
        NullPointerException.class,
        () -> PdfMinutesExporter.builder().addFont(null, "Runic", 400, false));
    assertThrows(
        NullPointerException.class,
        () -> PdfMinutesExporter.builder().addFont(runic(), null, 400, false));
  }

  @Test
  void aBuiltExporterDoesNotChangeWhenTheBuilderIsUsedAgain() {
    PdfMinutesExporter.Builder builder = PdfMinutesExporter.builder();
    PdfMinutesExporter first = builder.build();
    builder.addFont(runic(), "Noto Sans Runic", 400, false);
    PdfMinutesExporter second = builder.build();
    assertEquals(FontSet.SHIPPED_FAMILIES, first.fontFamilies());
    assertEquals(WITH_RUNIC, second.fontFamilies());
    assertThrows(
        UnsupportedCharacterException.class,
        () -> Pdfs.render(first, SampleMinutes.titled("ᚠ"), ExportOptions.defaults()));
  }

  /**
   * An exporter that adds DejaVu Sans regular, as one may have done to print symbols before it
   * shipped, still builds: the shipped last resort gives way to it. The added face is asked for
   * every character it has, as before, so it prints Lao letters, which the shipped one is never
   * asked for.
   */
  @Test
  void anAddedDejaVuSansTakesThePlaceOfTheShippedOne() throws IOException {
    PdfMinutesExporter withDejaVu =
        PdfMinutesExporter.builder()
            .addFont(resource("/io/github/minutes4j/pdf/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                false)
            .build();
    assertEquals(FontSet.SHIPPED_FAMILIES, withDejaVu.fontFamilies());
    Minutes lao = SampleMinutes.titled("Möte ✓ ລາວ");
    withDejaVu.check(lao, ExportOptions.defaults());
    assertThrows(
        UnsupportedCharacterException.class,
        () -> Pdfs.EXPORTER.check(lao, ExportOptions.defaults()));
  }

  /** A font file named only by its path is named in the PDF as its own tables name it. */
  @Test
  void aFontFileIsAddedAsItsTablesNameIt(@TempDir Path folder) throws Exception {
    Path regular = folder.resolve("runes.ttf");
    Path bold = folder.resolve("LiberationSans-Bold.ttf");
    try (InputStream in = runic().get()) {
      Files.copy(in, regular);
    }
    try (InputStream in = liberation("Bold").get()) {
      Files.copy(in, bold);
    }
    PdfMinutesExporter exporter = PdfMinutesExporter.builder().addFont(regular).build();
    assertEquals(WITH_RUNIC, exporter.fontFamilies());
    exporter.check(SampleMinutes.titled("Runor: ᚠᚢᚦᚨᚱᚲ"), ExportOptions.defaults());

    IllegalArgumentException sameFace =
        assertThrows(
            IllegalArgumentException.class, () -> PdfMinutesExporter.builder().addFont(bold).build());
    assertEquals(
        "The font " + bold + " is the face 'Liberation Sans' 700 upright, which the shipped fonts"
            + " have already (LiberationSans-Bold.ttf), so it need not be added: leave it out (with"
            + " the builder: or turn the shipped fonts off with useShippedFonts(false) to print with"
            + " it in their place)",
        sameFace.getMessage(),
        "read as Liberation Sans bold, which the shipped fonts have");
    PdfMinutesExporter.builder().useShippedFonts(false).addFont(bold).build();
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> PdfMinutesExporter.builder().addFont(regular).addFont(regular).build());
    assertTrue(
        twice.getMessage().startsWith("The font " + regular + " is added twice, as the face '"),
        twice.getMessage());
    assertTrue(twice.getMessage().endsWith("; add it once"), twice.getMessage());
    Path copy = Files.copy(regular, folder.resolve("copy.ttf"));
    IllegalArgumentException two =
        assertThrows(
            IllegalArgumentException.class,
            () -> PdfMinutesExporter.builder().addFont(regular).addFont(copy).build());
    assertTrue(
        two.getMessage().startsWith("The font " + copy + " and the font " + regular + " are both the face '"),
        two.getMessage());

    assertThrows(
        NoSuchFileException.class,
        () -> PdfMinutesExporter.builder().addFont(folder.resolve("missing.ttf")));
    Path text = Files.writeString(folder.resolve("notes.ttf"), "not a font");
    IllegalArgumentException notAFont =
        assertThrows(IllegalArgumentException.class, () -> PdfMinutesExporter.builder().addFont(text));
    assertTrue(notAFont.getMessage().startsWith("The font " + text + " cannot be read as a TrueType"),
        notAFont.getMessage());
    IllegalArgumentException aFolder =
        assertThrows(IllegalArgumentException.class, () -> PdfMinutesExporter.builder().addFont(folder));
    assertTrue(aFolder.getMessage().contains("is a folder"), aFolder.getMessage());
  }

  /**
   * A file that is not a font, such as a text file given by mistake, is refused by its first bytes
   * with one message, without fontbox's warning for every "table" it reads out of the text.
   */
  @Test
  void aFileThatIsNotAFontIsRefusedWithoutWarnings(@TempDir Path folder) throws IOException {
    Path text = Files.writeString(folder.resolve("passwd.ttf"),
        "root:x:0:0:root:/root:/bin/bash\n".repeat(40));
    Path woff = Files.write(folder.resolve("runes.woff2"), new byte[] {'w', 'O', 'F', '2', 0, 1});
    // A collection's header (tag, version 2.0, one font at offset 16), then a font's own bytes.
    byte[] header = {'t', 't', 'c', 'f', 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16};
    byte[] font;
    try (InputStream in = runic().get()) {
      font = in.readAllBytes();
    }
    byte[] collectionBytes = Arrays.copyOf(header, header.length + font.length);
    System.arraycopy(font, 0, collectionBytes, header.length, font.length);
    Path ttc = Files.write(folder.resolve("runes.ttc"), collectionBytes);
    List<LogRecord> logged = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger fontbox = Logger.getLogger("org.apache.fontbox");
    fontbox.addHandler(handler);
    try {
      IllegalArgumentException notAFont =
          assertThrows(
              IllegalArgumentException.class, () -> PdfMinutesExporter.builder().addFont(text));
      assertEquals(
          "The font " + text + " cannot be read as a TrueType font (it does not begin with the"
              + " signature of a font file); give a .ttf file",
          notAFont.getMessage());
      IllegalArgumentException webFont =
          assertThrows(
              IllegalArgumentException.class, () -> PdfMinutesExporter.builder().addFont(woff));
      assertTrue(webFont.getMessage().contains("it is a WOFF web font, which is compressed"),
          webFont.getMessage());
      IllegalArgumentException collection =
          assertThrows(
              IllegalArgumentException.class, () -> PdfMinutesExporter.builder().addFont(ttc));
      assertEquals(
          "The font " + ttc + " cannot be read as a TrueType font (it is a TrueType collection"
              + " (.ttc) of several faces; give the .ttf file of each face the text needs); give a"
              + " .ttf file",
          collection.getMessage());
    } finally {
      fontbox.removeHandler(handler);
    }
    assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList());
  }

  static Supplier<InputStream> runic() {
    return resource("/io/github/minutes4j/pdf/NotoSansRunic-Regular.ttf");
  }

  private static Supplier<InputStream> liberation(String face) {
    return resource("/io/github/minutes4j/pdf/fonts/LiberationSans-" + face + ".ttf");
  }

  private static Supplier<InputStream> resource(String name) {
    return () -> {
      InputStream in = CharactersTest.class.getResourceAsStream(name);
      if (in == null) {
        throw new UncheckedIOException(new IOException(name + " is missing"));
      }
      return in;
    };
  }

  /** Counts what is written, and whether it is closed. */
  static final class RecordingStream extends OutputStream {
    int written;
    boolean closed;

    @Override
    public void write(int b) {
      written++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      written += len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
