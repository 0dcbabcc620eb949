package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Arabic-Indic digits asked for by the document's language tag ({@code ar-u-nu-arab}) reach the
 * print edition: its dates, times and page numbers, through the HTML page and the page counter's
 * style; the minutes' own digits stay as written.
 */
class NativeDigitsPrintTest {

  @Test
  void anArabicDocumentAskingForArabicIndicDigitsCountsItsPagesWithThem() throws Exception {
    Minutes minutes =
        RightToLeftMinutes.arabic().toBuilder().language(Language.ofTag("ar-u-nu-arab")).build();
    byte[] pdf = Pdfs.write("rtl-arabic-nu-arab", Pdfs.render(minutes, ExportOptions.defaults()));
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      for (String text :
          new String[] {"التاريخ: ٢٠ نوفمبر ٢٠٢٦", "١٨ نوفمبر ٢٠٢٦، الساعة ٠٩:٠٠–١١:٣٠"}) {
        assertTrue(body.contains(text), text + " is not in " + body);
      }
      assertEquals("ar-u-nu-arab", document.getDocumentCatalog().getLanguage());
      String footer =
          Normalizer.normalize(Pdfs.pages(document).get(0).footer(), Normalizer.Form.NFKC);
      assertEquals("الصفحة ١ من ٢", footer, "the page number in Arabic-Indic digits");
    }
    ConformanceTest.assertConforms("rtl-arabic-nu-arab", pdf);
  }

  /**
   * A right-to-left table of contents shows every entry on the page, with its page number at the
   * line's far (left) end in the footer's digits. The engine's dot leader, laid out left to right,
   * drew the entries off the page's left edge, and the numbers were Western digits beside an
   * Arabic-Indic "الصفحة ١ من ٢" (found by combining options from outside).
   */
  @Test
  void aRightToLeftTableOfContentsShowsItsEntriesAndCountsInTheSameDigits() throws Exception {
    Minutes minutes =
        RightToLeftMinutes.arabic().toBuilder().language(Language.ofTag("ar-u-nu-arab")).build();
    byte[] pdf =
        Pdfs.write(
            "rtl-arabic-contents",
            Pdfs.render(minutes, ExportOptions.defaults().withTableOfContents(true)));
    try (PDDocument document = Pdfs.load(pdf)) {
      float width = document.getPage(0).getMediaBox().getWidth();
      for (TextPosition glyph : Pdfs.glyphs(document, 1)) {
        assertTrue(
            glyph.getXDirAdj() >= 0 && glyph.getXDirAdj() + glyph.getWidthDirAdj() <= width,
            "'" + glyph.getUnicode() + "' is drawn off the page, at x " + glyph.getXDirAdj());
      }
      String body =
          Normalizer.normalize(Pdfs.pages(document).get(0).body(), Normalizer.Form.NFKC);
      for (String entry : new String[] {"١ 1. الزمان والمكان", "١ 2. الترحيب والافتتاح", "٢ 5. الحاضرون"}) {
        assertTrue(body.contains(entry), entry + " is not in " + body);
      }
    }
    ConformanceTest.assertConforms("rtl-arabic-contents", pdf);
  }
}
