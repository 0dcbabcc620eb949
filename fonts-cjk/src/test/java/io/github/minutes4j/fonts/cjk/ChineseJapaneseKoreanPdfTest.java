package io.github.minutes4j.fonts.cjk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Affiliation;
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
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.testfixtures.Vera;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * With this jar on the path, the PDF exporter that {@link java.util.ServiceLoader} makes prints
 * Chinese, Japanese and Korean names wherever the minutes have them, embeds Droid Sans Fallback and
 * NanumSquare as subsets only where it draws with them, and the PDF stays PDF/UA-1 and PDF/A-2u.
 */
class ChineseJapaneseKoreanPdfTest {

  /** Chinese, Korean and Japanese names, and a Japanese name in Katakana. */
  private static final List<String> NAMES = List.of("王小明", "김민준", "さくら", "佐藤花子", "ユキ");

  private static final MinutesExporter PDF = FormatRegistry.exporters().byId("pdf");

  /** Minutes with the names in the title, a heading, a paragraph, presenters and the list. */
  static Minutes minutes() {
    List<Participant> participants = new ArrayList<>();
    for (String name : NAMES) {
      participants.add(Participant.of(name, Affiliation.member("NUH"), "Region Skåne"));
    }
    participants.add(Participant.of("Anna Lind", Affiliation.Role.GUEST));
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Möte med 王小明 och 김민준",
            LocalDate.of(2026, 3, 4))
        .addSession(
            Session.on(LocalDate.of(2026, 3, 3), LocalTime.of(10, 0), LocalTime.of(12, 0))
                .online(true)
                .build())
        .addAgendaItem(
            AgendaItem.withHeading("さくら berättar om 東京と서울")
                .addPresenters(Person.named("さくら").withRole("Koordinator"), Person.named("王小明"))
                .addBlock(
                    Block.paragraph(
                        Inline.strong("김민준"),
                        Inline.plain(" och "),
                        Inline.emphasis("佐藤花子"),
                        Inline.plain(" presenterade 「会議の記録」。 ユキ höll med.")))
                .build())
        .addNoteTakers(Person.named("ユキ"))
        .participants(ParticipantList.headed("Deltagarförteckning", participants))
        .build();
  }

  /** Minutes with Latin letters only. */
  static Minutes latin() {
    Minutes minutes = minutes();
    return minutes.toBuilder()
        .title("Möte")
        .agenda(List.of(AgendaItem.withHeading("Välkommen").build()))
        .noteTakers(List.of(Person.named("Bo Berg")))
        .participants(
            ParticipantList.headed(
                "Deltagarförteckning", List.of(Participant.of("Anna Lind", Affiliation.Role.GUEST))))
        .build();
  }

  static byte[] export(Minutes minutes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PDF.export(minutes, ExportOptions.defaults(), out);
    return out.toByteArray();
  }

  @Test
  void namesInChineseJapaneseAndKoreanPrintWhereverTheyStand() throws Exception {
    byte[] latin = export(latin());
    byte[] pdf = export(minutes());
    // Written to look at, beside the HTML page of the same minutes as a browser shows it.
    Path folder = Path.of(System.getProperty("minutes4j.output.dir", "target"));
    Files.write(folder.resolve("cjk-names.pdf"), pdf);
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    FormatRegistry.exporters().byId("html").export(minutes(), ExportOptions.defaults(), html);
    Files.write(folder.resolve("cjk-names.html"), html.toByteArray());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      for (String name : NAMES) {
        assertTrue(text.contains(name), name + " in " + text);
      }
      assertTrue(text.contains("Möte med 王小明 och 김민준"), text);
      assertTrue(text.contains("さくら berättar om 東京と서울"), text);
      assertTrue(text.contains("presenterade 「会議の記録」。 ユキ höll med."), text);
      List<String> droid = embedded(document, "DroidSansFallback");
      assertEquals(1, droid.size(), "one subset of the one face: " + droid);
      assertTrue(droid.get(0).matches("[A-Z]{6}\\+DroidSansFallback.*"), droid.toString());
      // Korean in bold (the paragraph's "김민준") and in regular text: both faces, as subsets.
      List<String> nanum = embedded(document, "NanumSquare");
      assertEquals(2, nanum.size(), nanum.toString());
      assertTrue(nanum.stream().allMatch(n -> n.matches("[A-Z]{6}\\+NanumSquare.*")), nanum.toString());
    }
    assertTrue(pdf.length < 120_000, "a subset, not the 3.9 MB font: " + pdf.length + " bytes");
    for (Vera.Verdict verdict : Vera.validate(pdf)) {
      assertTrue(verdict.compliant(), verdict.toString());
    }

    // A page without such letters does not embed the font, and is the same before and after.
    try (PDDocument document = Loader.loadPDF(latin)) {
      assertEquals(List.of(), embedded(document, "DroidSansFallback"));
      assertEquals(List.of(), embedded(document, "NanumSquare"));
    }
    assertArrayEquals(latin, export(latin()));
  }

  /**
   * Fullwidth Latin letters and digits, with which Japanese text writes initials and codes
   * ("ＡＢＣ株式会社"), print with Droid Sans Fallback, in the bold title and in running text. The
   * letters are of the Latin script, which this jar's fonts were not asked for, so they were
   * refused ("no font has it") with this jar on the path; the fullwidth digits, common to all
   * scripts, printed.
   */
  @Test
  void fullwidthLatinLettersPrint() throws Exception {
    String title = "ＡＢＣ株式会社との会議";
    String paragraph = "担当：ｙａｍａｄａ、資料ＮＯ．１２（ＰＤＦ）";
    Minutes minutes =
        minutes().toBuilder()
            .title(title)
            .agenda(
                List.of(
                    AgendaItem.withHeading("議題 Ａ").addBlock(Block.paragraph(paragraph)).build()))
            .build();
    byte[] pdf = export(minutes);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains(title), text);
      assertTrue(text.contains("議題 Ａ"), text);
      assertTrue(text.contains(paragraph), text);
      List<String> droid = embedded(document, "DroidSansFallback");
      assertEquals(1, droid.size(), "one subset of the one face: " + droid);
    }
    for (Vera.Verdict verdict : Vera.validate(pdf)) {
      assertTrue(verdict.compliant(), verdict.toString());
    }
  }

  /** The names of the embedded fonts whose name has a word, from every page. */
  private static List<String> embedded(PDDocument document, String word) throws IOException {
    List<String> names = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        String base = font instanceof PDType0Font type0
            ? type0.getDescendantFont().getName()
            : font.getName();
        if (base.contains(word) && !names.contains(base)) {
          names.add(base);
        }
      }
    }
    return names;
  }
}
