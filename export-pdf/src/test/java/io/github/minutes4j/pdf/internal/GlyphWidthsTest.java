package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The render's text measurement gives the engine's widths to the unit, for text in the first
 * font, text with characters the engine leaves out and text that needs the fallback font, at
 * several sizes. (Text that no font has never reaches the engine: {@link TextCoverage} refuses
 * it.)
 */
class GlyphWidthsTest {

  private static PDFont load(PDDocument document, String file) throws IOException {
    try (InputStream in =
        GlyphWidthsTest.class.getResourceAsStream("/io/github/minutes4j/pdf/fonts/" + file)) {
      return PDType0Font.load(document, in, true);
    }
  }

  @Test
  void measuresAsTheEngineDoes() throws IOException {
    try (PDDocument document = new PDDocument()) {
      List<FontDescription> fonts =
          List.of(
              new FontDescription(
                  load(document, "LiberationSans-Regular.ttf"), IdentValue.NORMAL, 400),
              new FontDescription(
                  load(document, "NotoSansArabic-Regular.ttf"), IdentValue.NORMAL, 400));
      PdfBoxTextRenderer engine = new PdfBoxTextRenderer();
      engine.setup(null, new SimpleBidiReorderer());
      GlyphWidths measured = new GlyphWidths(spec -> null);
      measured.setup(null, new SimpleBidiReorderer());

      String[] pieces = {
        "Anna ", "Öberg", "justerare", " ", "15:00", "–", "“", "”", "…", ".", "ﬁ", "W",
        "\u00ad", // soft hyphen: left out by the engine
        "\u200b", // zero-width space: left out too
        "\u200d", // zero-width joiner
        "محمد", // only in the fallback font
      };
      float[] sizes = {8f, 10.5f, 11f, 12.3f, 16f, 24f};
      Random random = new Random(17);
      for (int n = 0; n < 5_000; n++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          // Mostly text of the first font, sometimes a piece only another font has.
          int piece = random.nextInt(10) < 8 ? random.nextInt(15) : random.nextInt(pieces.length);
          text.append(pieces[piece]);
        }
        PdfBoxFSFont font = new PdfBoxFSFont(fonts, sizes[random.nextInt(sizes.length)]);
        String string = text.toString();
        assertEquals(
            engine.getWidth(null, font, string),
            measured.getWidth(null, font, string),
            () -> "width of \"" + string + "\" at " + font.getSize2D());
      }
    }
  }
}
