package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
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

  static void assertLogicalOrder(byte[] pdf) throws Exception {
    try (PDDocument document = Pdfs.load(pdf)) {
      String text = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      for (String expected : RightToLeftMinutes.TEXTS) {
        assertTrue(text.contains(Pdfs.squeeze(expected)), expected + " is not in " + text);
      }
    }
  }
}
