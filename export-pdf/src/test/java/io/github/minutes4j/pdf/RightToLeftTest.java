package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.MinutesPdf;
import io.github.minutes4j.pdf.internal.PageRenderer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Arabic, Persian and Hebrew print: PDFBox, reading the text sorted by position, gives every
 * name, word and paragraph back in logical order (after NFKC, which maps the presentation forms
 * the letters are drawn with back to the letters), and veraPDF finds the file compliant. veraPDF
 * alone proves nothing here: it passes reversed, unjoined text too.
 */
class RightToLeftTest {

  @Test
  void namesAndParagraphsInSwedishMinutesPrintInLogicalOrder() throws Exception {
    byte[] pdf =
        Pdfs.write(
            "rtl-mixed-sv",
            Pdfs.render(RightToLeftMinutes.mixed(Language.SWEDISH), ExportOptions.defaults()));
    assertLogicalOrder(pdf);
    ConformanceTest.assertConforms("rtl-mixed-sv", pdf);
  }

  @Test
  void namesAndParagraphsInEnglishMinutesPrintInLogicalOrder() throws Exception {
    byte[] pdf =
        Pdfs.render(
            RightToLeftMinutes.mixed(Language.SWEDISH),
            ExportOptions.defaults().withLanguage(Language.ENGLISH));
    assertLogicalOrder(pdf, RightToLeftMinutes.TEXTS);
  }

  /** A whole document in Arabic, with the shipped Arabic labels, laid out right to left. */
  @Test
  void anArabicDocumentPrintsRightToLeftInLogicalOrder() throws Exception {
    byte[] pdf =
        Pdfs.write(
            "rtl-arabic", Pdfs.render(RightToLeftMinutes.arabic(), ExportOptions.defaults()));
    assertLogicalOrder(pdf, RightToLeftMinutes.ARABIC_TEXTS);
    assertFalse(
        ExportOptions.defaults()
            .labelsFor(RightToLeftMinutes.arabic())
            .resolution()
            .fallbackUsed(),
        "every label from the Arabic set");
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      for (String label :
          List.of(
              "ملاحظات الاجتماع",
              "الجهة المنظِّمة: مجلس المنطقة",
              "التاريخ: 20 نوفمبر 2026",
              "18 نوفمبر 2026، الساعة 09:00–11:30",
              "تدوين الملاحظات")) {
        assertTrue(body.contains(label), label + " is not in " + body);
      }
      assertEquals("ar", document.getDocumentCatalog().getLanguage());
      String footer =
          Normalizer.normalize(Pdfs.pages(document).get(0).footer(), Normalizer.Form.NFKC);
      assertEquals("الصفحة 1 من 2", footer, "the page number, shaped and from the right");
    }
    ConformanceTest.assertConforms("rtl-arabic", pdf);
  }

  /**
   * The keywords of the document information and the XMP are joined with the Arabic comma, as the
   * page's lists are.
   */
  @Test
  void anArabicDocumentsKeywordsAreJoinedWithTheArabicComma() throws Exception {
    byte[] pdf = Pdfs.render(RightToLeftMinutes.arabic(), ExportOptions.defaults());
    String keywords = "ملاحظات الاجتماع، مجلس المنطقة، NUH، شبكة الصحة";
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals(keywords, document.getDocumentInformation().getKeywords());
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdf:Keywords>" + keywords + "</pdf:Keywords>"), xmp);
    }
  }

  /**
   * A protokoll with the shipped Arabic labels: the formal labels come from the Arabic set, and
   * they, the names and the paragraph numbers print in logical order.
   */
  @Test
  void aProtokollWithArabicLabelsPrintsInLogicalOrder() throws Exception {
    ExportOptions arabic = ExportOptions.defaults().withLanguage(Language.ofTag("ar"));
    Minutes minutes = FormalMinutes.protokoll();
    assertFalse(arabic.labelsFor(minutes).resolution().fallbackUsed(), "every label from the Arabic set");
    byte[] pdf = Pdfs.write("protokoll-ar", Pdfs.render(minutes, arabic));
    assertLogicalOrder(
        pdf,
        List.of(
            "محضر الاجتماع",
            "الهيئة",
            "أمين السر",
            "مراجعا المحضر",
            "الأعضاء الحاضرون",
            "القرار",
            "التوقيعات",
            FormalMinutes.CHAIR,
            FormalMinutes.SECRETARY));
    ConformanceTest.assertConforms("protokoll-ar", pdf);
  }

  /** A protokoll in Arabic (its names Latin) is laid out right to left with the Arabic labels. */
  @Test
  void anArabicProtokollPrintsRightToLeftInLogicalOrder() throws Exception {
    Minutes minutes = FormalMinutes.protokoll().toBuilder().language(Language.ofTag("ar")).build();
    byte[] pdf = Pdfs.write("protokoll-ar-rtl", Pdfs.render(minutes, ExportOptions.defaults()));
    assertLogicalOrder(
        pdf, List.of("محضر الاجتماع", "الأعضاء الحاضرون", "مراجعا المحضر", FormalMinutes.CHAIR));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals("ar", document.getDocumentCatalog().getLanguage());
    }
    ConformanceTest.assertConforms("protokoll-ar-rtl", pdf);
  }

  @Test
  void directionMarksPrintNothing() throws Exception {
    Minutes minutes = SampleMinutes.titled("Samråd (محمد)\u200F och \u200Eטל\u061C");
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      String text = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      assertTrue(text.contains("محمد"), text);
      assertTrue(text.contains("טל"), text);
      assertFalse(text.contains("#"), text);
    }
  }

  /**
   * The logical text of right-to-left runs comes from the fonts the page was drawn with. Read back
   * from the unsaved document, the embedded fonts have no font file yet, and PDFBox put fonts of
   * the system in their place: glyph numbers of another font, so that Hebrew drawn with the shipped
   * Liberation Sans lost its letters (no /ActualText at all) wherever the system's Liberation Sans
   * differed, and every such export scanned the system's fonts.
   */
  @Test
  void hebrewReadsInLogicalOrderWithoutTheSystemsFonts() throws Exception {
    FontMapper system = FontMappers.instance();
    List<String> asked = new CopyOnWriteArrayList<>();
    FontMappers.set(
        new FontMapper() {
          @Override
          public FontMapping<TrueTypeFont> getTrueTypeFont(
              String baseFont, PDFontDescriptor descriptor) {
            asked.add(baseFont);
            return system.getTrueTypeFont(baseFont, descriptor);
          }

          @Override
          public FontMapping<FontBoxFont> getFontBoxFont(
              String baseFont, PDFontDescriptor descriptor) {
            asked.add(baseFont);
            return system.getFontBoxFont(baseFont, descriptor);
          }

          @Override
          public CIDFontMapping getCIDFont(
              String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
            asked.add(baseFont);
            return system.getCIDFont(baseFont, descriptor, systemInfo);
          }
        });
    byte[] pdf;
    try {
      pdf = Pdfs.render(SampleMinutes.titled("Möte med יעל כהן och محمد"));
    } finally {
      FontMappers.set(system);
    }

    assertEquals(List.of(), asked, "fonts asked of the system");
    try (PDDocument document = Pdfs.load(pdf)) {
      String reading = new TaggedText(document).reading();
      assertTrue(reading.contains("Möte med יעל כהן och محمد"), reading);
    }
  }

  static void assertLogicalOrder(byte[] pdf) throws Exception {
    assertLogicalOrder(pdf, RightToLeftMinutes.TEXTS);
  }

  static void assertLogicalOrder(byte[] pdf, List<String> texts) throws Exception {
    try (PDDocument document = Pdfs.load(pdf)) {
      String text = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      for (String expected : texts) {
        assertTrue(text.contains(Pdfs.squeeze(expected)), expected + " is not in " + text);
      }
    }
  }
}
