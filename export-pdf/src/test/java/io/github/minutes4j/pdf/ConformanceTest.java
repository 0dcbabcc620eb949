package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.PageRenderer;
import io.github.minutes4j.testfixtures.Vera;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every PDF is both PDF/UA-1 (tagged, accessible) and PDF/A-2u (archival), as veraPDF judges:
 * the reference documents in each language, on A4 and Letter, and generated documents with every
 * part of the model, hostile strings, European names and a participant list of many pages. A
 * failure lists the rules that failed. Each file is kept in {@code target/pdf/}.
 */
class ConformanceTest {

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.pdf.Pdfs#allReferenceDocumentsInEachLanguage")
  void referenceDocumentsConform(String name, Minutes minutes, Language language)
      throws Exception {
    byte[] pdf =
        Pdfs.write(
            name + "-" + language.tag(),
            Pdfs.render(minutes, ExportOptions.defaults().withLanguage(language)));
    assertConforms(name + " " + language, pdf);
  }

  @Test
  void letterPaperConforms() throws Exception {
    byte[] pdf =
        Pdfs.write(
            "minutes-2022-06-02-letter",
            Pdfs.render(
                ReferenceMinutes.june2022(),
                ExportOptions.defaults().withPageSize(PageSize.LETTER)));
    try (PDDocument document = Pdfs.load(pdf)) {
      PDRectangle size = document.getPage(0).getMediaBox();
      assertEquals(612, size.getWidth(), 0.5, "8.5 in");
      assertEquals(792, size.getHeight(), 0.5, "11 in");
    }
    assertConforms("letter", pdf);
  }

  @Test
  void a4IsTheDefault() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022()))) {
      PDRectangle size = document.getPage(0).getMediaBox();
      assertEquals(595.3, size.getWidth(), 0.5, "210 mm");
      assertEquals(841.9, size.getHeight(), 0.5, "297 mm");
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.minutes4j.core.text.LabelSets#shipped")
  void aDocumentWithEverythingConforms(Language language) throws Exception {
    byte[] pdf =
        Pdfs.write(
            "everything-" + language.tag(), Pdfs.render(SampleMinutes.everything(language)));
    assertConforms("everything " + language, pdf);
  }

  @Test
  void aParticipantListOfManyPagesConforms() throws Exception {
    byte[] pdf = Pdfs.write("participants-300", Pdfs.render(SampleMinutes.manyParticipants(300)));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTrue(document.getNumberOfPages() > 5, "the list spans pages");
    }
    assertConforms("300 participants", pdf);
  }

  @Test
  void englishLabelsOnSwedishMinutesWithoutTheParticipantList() throws Exception {
    byte[] pdf =
        Pdfs.write(
            "minutes-2022-06-02-en-without-participants",
            Pdfs.render(
                ReferenceMinutes.june2022(),
                ExportOptions.defaults().withLanguage(Language.ENGLISH).withParticipants(false)));
    assertConforms("without participants", pdf);
  }

  /** The checks above can fail: veraPDF does reject a file that skips a heading level. */
  @Test
  void veraPdfRejectsAFileThatSkipsAHeadingLevel() throws Exception {
    Document page =
        Jsoup.parse(
            "<!DOCTYPE html><html lang=\"sv\"><head><title>Rubrik</title></head>"
                + "<body><h1>Rubrik</h1><h3>Underrubrik</h3><p>Text.</p></body></html>");
    byte[] pdf =
        new PageRenderer(FontSet.shipped()).render(page, OffsetDateTime.parse("2022-06-11T00:00Z"));
    Vera.Verdict ua = Vera.validate(pdf).get(0);
    assertEquals(PDFAFlavour.PDFUA_1, ua.flavour());
    assertTrue(!ua.compliant(), "veraPDF should reject h1 followed by h3: " + ua);
    assertTrue(
        ua.failures().stream().anyMatch(f -> f.contains("7.4.2-1")),
        "rule 7.4.2-1 (heading levels) should fail: " + ua);
  }

  static void assertConforms(String what, byte[] pdf) throws Exception {
    List<Vera.Verdict> verdicts = Vera.validate(pdf);
    for (Vera.Verdict verdict : verdicts) {
      assertTrue(verdict.compliant(), what + ": " + verdict);
    }
  }
}
