package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontResolver;
import com.openhtmltopdf.layout.SharedContext;
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

  private static PdfBoxFSFont font(
      FontResolver resolver,
      SharedContext context,
      float size,
      IdentValue weight,
      String[] families) {
    return (PdfBoxFSFont) resolver.resolveFont(context, spec(size, weight, families));
  }

  /** A new array of the shipped families, as the engine gives each style its own. */
  private static String[] shipped() {
    return FontSet.SHIPPED_FAMILIES.toArray(String[]::new);
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
        SharedContext context = renderer.getSharedContext();
        String[] families = shipped();

        PdfBoxFSFont regular = font(fonts, context, 12, IdentValue.FONT_WEIGHT_400, families);
        families[0] = "changed after the call";
        PdfBoxFSFont again = font(fonts, context, 12, IdentValue.FONT_WEIGHT_400, shipped());
        PdfBoxFSFont bold = font(fonts, context, 12, IdentValue.FONT_WEIGHT_700, shipped());
        PdfBoxFSFont larger = font(fonts, context, 14, IdentValue.FONT_WEIGHT_400, shipped());

        assertSame(regular, again);
        assertNotSame(regular, bold);
        assertNotSame(regular, larger);
        assertEquals(14f, larger.getSize2D());
        PdfBoxFSFont direct = font(engine, context, 12, IdentValue.FONT_WEIGHT_700, shipped());
        assertEquals(direct.getFontDescriptions(), bold.getFontDescriptions());
        assertEquals(700, bold.getFontDescriptions().get(0).getWeight());
        assertEquals(400, regular.getFontDescriptions().get(0).getWeight());
      }
    }
  }
}
