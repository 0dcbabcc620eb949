package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Each distinct font of a render is resolved once, and the answer is the engine's own.
 */
class FontsPerStyleTest {

  private static FontSpecification spec(float size, IdentValue weight, String... families) {
    FontSpecification spec = new FontSpecification();
    spec.families = families;
    spec.size = size;
    spec.fontWeight = weight;
    spec.fontStyle = IdentValue.NORMAL;
    spec.variant = IdentValue.NORMAL;
    return spec;
  }

  @Test
  void anEqualSpecificationGetsTheSameFontAndADifferentOneTheEnginesAnswer() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.withHtmlContent("<html><body><p>x</p></body></html>", null);
      builder.usePdfUaAccessibility(true);
      builder.usePDDocument(document);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        PdfBoxFontResolver engine = renderer.getFontResolver();
        FontSet.shipped().register(engine, document);
        FontsPerStyle fonts = new FontsPerStyle(engine);
        var context = renderer.getSharedContext();
        String[] families = FontSet.SHIPPED_FAMILIES.toArray(String[]::new);

        PdfBoxFSFont regular =
            (PdfBoxFSFont) fonts.resolveFont(context, spec(12, IdentValue.FONT_WEIGHT_400, families));
        families[0] = "changed after the call";
        PdfBoxFSFont again =
            (PdfBoxFSFont)
                fonts.resolveFont(
                    context,
                    spec(12, IdentValue.FONT_WEIGHT_400, FontSet.SHIPPED_FAMILIES.toArray(String[]::new)));
        PdfBoxFSFont bold =
            (PdfBoxFSFont)
                fonts.resolveFont(
                    context,
                    spec(12, IdentValue.FONT_WEIGHT_700, FontSet.SHIPPED_FAMILIES.toArray(String[]::new)));
        PdfBoxFSFont larger =
            (PdfBoxFSFont)
                fonts.resolveFont(
                    context,
                    spec(14, IdentValue.FONT_WEIGHT_400, FontSet.SHIPPED_FAMILIES.toArray(String[]::new)));

        assertSame(regular, again);
        assertNotSame(regular, bold);
        assertNotSame(regular, larger);
        assertEquals(14f, larger.getSize2D());
        PdfBoxFSFont direct =
            (PdfBoxFSFont)
                engine.resolveFont(
                    context,
                    spec(12, IdentValue.FONT_WEIGHT_700, FontSet.SHIPPED_FAMILIES.toArray(String[]::new)));
        assertEquals(direct.getFontDescriptions(), bold.getFontDescriptions());
        assertEquals(700, bold.getFontDescriptions().get(0).getWeight());
        assertEquals(400, regular.getFontDescriptions().get(0).getWeight());
      }
    }
  }
}
