package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.pdf.UnsupportedCharacterException.Reason;
import io.github.minutes4j.pdf.UnsupportedCharacterException.UnsupportedCharacter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What people type in action lists and budgets, and names in the scripts of Cherokee, the
 * Canadian Aboriginal Syllabics (Inuktitut, Cree, Ojibwe), Tifinagh (Tamazight) and Lisu, print
 * with the shipped Noto Sans Cherokee, Canadian Aboriginal and Tifinagh fonts and with DejaVu Sans
 * as the last resort: check marks and ballot boxes, stars, heavy arrows, the interrobang, Roman
 * numerals and the currency signs of U+20A0-U+20C0. Before these fonts shipped, each was refused
 * ("no font has it"). PDFBox reads the text back, each font is embedded as a subset, and veraPDF
 * finds the file PDF/UA-1 and PDF/A-2u compliant. Emoji print in black and white with Symbola,
 * after DejaVu Sans; emoji newer than the font, Lao, N'Ko, Myanmar and Devanagari stay refused,
 * although DejaVu Sans has Lao and N'Ko letters.
 */
class SymbolFontsTest {

  /** An action list's marks. */
  static final String MARKS = "✓ klart, ✔ godkänt, ✗ strukket, ✘ avslaget";

  /** Ballot boxes, stars, heavy arrows, the interrobang and Roman numerals. */
  static final String SYMBOLS = "☐ öppen ☑ gjord ☒ struken ★ viktig ☆ ➜ nästa möte ➔ bilaga Ⅳ ⅷ ‽";

  /** Prices in the currencies of India, Russia, Turkey, Kazakhstan and others. */
  static final String PRICES = "₹ 1 200, ₽ 900, ₺ 450, ₸ 5 000, ₴ 80, ₦ 700, ₱ 60, ₫ 9 000, ₾ 30";

  /** A Cherokee name. */
  static final String CHEROKEE = "ᏌᏊ ᏣᎳᎩ";

  /** Inuktitut, Cree and Ojibwe in syllabics; the last letters are some DejaVu Sans lacks. */
  static final String SYLLABICS = "ᐃᓄᒃᑎᑐᑦ ᓀᐦᐃᔭᐍᐏᐣ ᐊᓂᔑᓈᐯᒧᐎᓐ ᗸᘏ";

  /** Tamazight in Tifinagh; "ⵧ" is a Tuareg letter that DejaVu Sans lacks. */
  static final String TIFINAGH = "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵧ";

  /** Lisu, and Braille. */
  static final String LISU_AND_BRAILLE = "ꓡꓲ-ꓢꓴ ⠍⠊⠝⠥⠞⠑⠗";

  /** The bold sentence. */
  static final String BOLD = "Beslut ✔ ★ ₹ 500 för " + CHEROKEE + ", ᐃᓄᒃᑎᑐᑦ och ⵜⴰⵎⴰⵣⵉⵖⵜ.";

  /** Minutes in Swedish with the symbols and names in headings, text, presenters and the list. */
  static Minutes minutes() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Region Norrbotten", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Åtgärdslista ✓ och budget i ₹",
            LocalDate.of(2026, 11, 20))
        .addSession(
            Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0), LocalTime.of(11, 30))
                .online(true)
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Åtgärder ☑ och priser ₽")
                .addPresenters(
                    Person.named(CHEROKEE).withRole("Tolk"),
                    Person.named("ᐃᓄᒃᑎᑐᑦ").withRole("Ordförande"))
                .addBlock(Block.paragraph(MARKS))
                .addBlock(Block.paragraph(SYMBOLS))
                .addBlock(Block.paragraph(PRICES))
                .build(),
            AgendaItem.withHeading("Språk: " + SYLLABICS)
                .addBlock(Block.paragraph(TIFINAGH + ", " + LISU_AND_BRAILLE))
                .addBlock(
                    Block.paragraph(
                        Inline.strong(BOLD.substring(0, BOLD.length() - 1)),
                        Inline.plain(".")))
                .build())
        .addNoteTaker(Person.named("ⵜⴰⵎⴰⵣⵉⵖⵜ").withRole("Sekreterare"))
        .participants(
            ParticipantList.headed(
                "Deltagare",
                List.of(
                    Participant.of(CHEROKEE, Affiliation.member("NUH"), "Region Norrbotten"),
                    Participant.of("ᐃᓄᒃᑎᑐᑦ", Affiliation.Role.GUEST, "Nunavut ✓"),
                    Participant.of("Anna Berg", Affiliation.Role.COORDINATOR, "₺ Ankara"))))
        .build();
  }

  @Test
  void symbolsCurrencySignsAndTheScriptsPrintInLogicalOrder() throws Exception {
    byte[] pdf = Pdfs.write("symbols-and-scripts", Pdfs.render(minutes()));
    // Written to look at beside the PDF: the HTML page of the same minutes, as a browser shows it.
    try (OutputStream html =
        Files.newOutputStream(Pdfs.outputDir().resolve("symbols-and-scripts.html"))) {
      new HtmlMinutesExporter().export(minutes(), ExportOptions.defaults(), html);
    }
    Pdfs.assertReadBackAndConforms(
        "symbols, cherokee, syllabics, tifinagh",
        pdf,
        List.of(
            "Åtgärder ☑ och priser ₽", // a heading
            "Språk: " + SYLLABICS,
            CHEROKEE + ", Tolk", // presenters
            "ᐃᓄᒃᑎᑐᑦ, Ordförande",
            MARKS,
            SYMBOLS,
            PRICES,
            TIFINAGH + ", " + LISU_AND_BRAILLE,
            BOLD,
            "ⵜⴰⵎⴰⵣⵉⵖⵜ, Sekreterare", // the note-taker
            CHEROKEE + " NUH Region Norrbotten", // rows of the participant list
            "ᐃᓄᒃᑎᑐᑦ Gäst Nunavut ✓",
            "Anna Berg Koordinator ₺ Ankara"),
        List.of(SYMBOLS, BOLD));
  }

  /**
   * Each font is embedded as a subset; bold text draws with the bold faces of Cherokee and the
   * syllabics, and with the regular face of the fonts that have no bold (Tifinagh, DejaVu Sans).
   */
  @Test
  void theFontsAreEmbeddedAsSubsets() throws Exception {
    Map<String, Integer> glyphs = Pdfs.embeddedGlyphs(Pdfs.render(minutes()));
    List<String> faces =
        List.of(
            "DejaVuSans",
            "NotoSansCanadianAboriginal-Bold",
            "NotoSansCanadianAboriginal-Regular",
            "NotoSansCherokee-Bold",
            "NotoSansCherokee-Regular",
            "NotoSansTifinagh-Regular");
    Pdfs.assertSubsets(glyphs, faces);
    // The Georgian lari (₾) is Noto Sans Georgian's.
    List<String> all =
        new ArrayList<>(
            List.of("LiberationSans", "LiberationSans-Bold", "NotoSansGeorgian-Regular"));
    all.addAll(faces);
    all.sort(null);
    assertEquals(all, List.copyOf(glyphs.keySet()), "no other font is embedded");
  }

  /**
   * Every currency sign of U+20A0-U+20C0 prints except the som (U+20C0), which Unicode 14 added
   * after the JDK 17 that the library runs on, and which no shipped font has. Symbola has the
   * historical livre tournois, spesmilo and Nordic mark, and the Azerbaijani manat, which DejaVu
   * Sans lacks.
   */
  @Test
  void everyCurrencySignPrintsButTheSom() {
    StringBuilder signs = new StringBuilder();
    for (int sign = 0x20A0; sign <= 0x20C0; sign++) {
      signs.appendCodePoint(sign);
    }
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () ->
                Pdfs.EXPORTER.check(
                    SampleMinutes.titled(signs.toString()), ExportOptions.defaults()));
    List<Integer> refused = new ArrayList<>();
    for (UnsupportedCharacter character : e.characters()) {
      refused.add(character.codePoint());
    }
    assertEquals(List.of(0x20C0), refused, e.getMessage());
  }

  /** What people put in meeting notes: marks, reactions, objects and a smiley. */
  static final String EMOJI = "✅ klart 👍 bra 🎉 firas 📎 bilaga 🗓 datum ⭐ viktigt ☕ fika 😀";

  /**
   * Sequences the font cannot join, which print as their parts: a thumb with a skin tone, a
   * family of three joined by zero-width joiners, a flag of two regional indicators, and a keycap.
   */
  static final String SEQUENCES = "👍🏽 👨\u200D👩\u200D👧 🇸🇪 1\uFE0F\u20E3 ❤\uFE0F";

  /** Minutes with emoji in a heading, running text and a bold span. */
  static Minutes withEmoji() {
    return SampleMinutes.titled("Fika ☕ och beslut ✅").toBuilder()
        .addAgendaItem(
            AgendaItem.withHeading("Reaktioner 👍")
                .addBlock(Block.paragraph(EMOJI))
                .addBlock(Block.paragraph(Inline.plain("Sekvenser: "), Inline.strong(SEQUENCES)))
                .build())
        .build();
  }

  /**
   * Emoji print in black and white, before refused ("no font has it"): Symbola draws those that
   * DejaVu Sans lacks (the smiley is DejaVu Sans'), PDFBox reads them back, and veraPDF finds the
   * file PDF/UA-1 and PDF/A-2u compliant. A sequence prints as its parts; its joiners and variation
   * selectors are not drawn, and the text keeps every emoji of it.
   */
  @Test
  void emojiPrintInBlackAndWhite() throws Exception {
    byte[] pdf = Pdfs.write("emoji", Pdfs.render(withEmoji()));
    Pdfs.assertReadBackAndConforms(
        "emoji",
        pdf,
        List.of("Fika ☕ och beslut ✅", "Reaktioner 👍", EMOJI, "👍🏽 👨👩👧 🇸🇪 1⃣ ❤"),
        List.of(EMOJI));
    Map<String, Integer> glyphs = Pdfs.embeddedGlyphs(pdf);
    Pdfs.assertSubsets(glyphs, List.of("DejaVuSans", "Symbola"));
    assertEquals(
        List.of("DejaVuSans", "LiberationSans", "LiberationSans-Bold", "Symbola"),
        List.copyOf(glyphs.keySet()),
        "no other font is embedded");
  }

  /**
   * Emoji newer than Symbola (Unicode 13's smiling face with tear, 14's melting face) stay refused,
   * as do Lao and N'Ko letters, which DejaVu Sans has but is never asked for, and letters of
   * Myanmar and Devanagari, whose syllables the engine cannot shape.
   */
  @Test
  void newerEmojiAndScriptsThatNeedShapingStayRefused() {
    String title = "👍 🥲 ລາວ ߒߞߏ မြန် हिन्दी";
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.EXPORTER.check(SampleMinutes.titled(title), ExportOptions.defaults()));
    List<String> refused = new ArrayList<>();
    for (UnsupportedCharacter character : e.characters()) {
      refused.add(new String(Character.toChars(character.codePoint())) + " " + character.reason());
    }
    assertEquals(
        List.of(
            "🥲 NO_GLYPH", "ລ NO_GLYPH", "າ NO_GLYPH", "ວ NO_GLYPH",
            "ߒ RIGHT_TO_LEFT", "ߞ RIGHT_TO_LEFT", "ߏ RIGHT_TO_LEFT", "မ COMPLEX_SCRIPT",
            "ြ COMPLEX_SCRIPT", "န COMPLEX_SCRIPT", "် COMPLEX_SCRIPT", "ह COMPLEX_SCRIPT",
            "ि COMPLEX_SCRIPT", "न COMPLEX_SCRIPT", "् COMPLEX_SCRIPT", "द COMPLEX_SCRIPT",
            "ी COMPLEX_SCRIPT"),
        refused,
        e.getMessage());
    assertEquals(Reason.NO_GLYPH, e.characters().get(0).reason());
  }

  /** A digit of N'Ko, which DejaVu Sans has, is still refused: the font is not asked for N'Ko. */
  @Test
  void theLastResortIsNotAskedForScriptsItIsNotMeantFor() {
    UnsupportedCharacterException e =
        assertThrows(
            UnsupportedCharacterException.class,
            () -> Pdfs.EXPORTER.check(SampleMinutes.titled("Punkt ߁"), ExportOptions.defaults()));
    assertEquals(0x07C1, e.characters().get(0).codePoint());
    assertEquals(Reason.NO_GLYPH, e.characters().get(0).reason());
  }
}
