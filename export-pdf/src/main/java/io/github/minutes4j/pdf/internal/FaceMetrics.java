package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A face's metrics as openhtmltopdf takes them from PDFBox's font of the face ({@code
 * PdfBoxRawPDFontMetrics.fromPdfBox} on a {@code PDType0Font}), from the eight numbers of three
 * tables they come from: ascent and descent from the horizontal header (the font descriptor's, in
 * thousandths of an em), the strike-through a third of the bounding box's top above the baseline,
 * and the underline's position and thickness from the PostScript table, where it has them.
 *
 * <p>The engine computes them itself only for a face whose metrics its cache lacks, and then reads
 * the underline from the font only if that is PDFBox's own {@code PDType0Font}, which {@link
 * SubsetFont} is not. So {@link FontSet} puts them into the cache first, for every face: the
 * shipped faces carry their numbers, other faces are parsed when the font set is made.
 *
 * @param unitsPerEm the units of the face's em ({@code head})
 * @param top the highest point of any glyph ({@code head}'s yMax)
 * @param bottom the lowest point of any glyph ({@code head}'s yMin)
 * @param ascender the horizontal header's ascender
 * @param descender the horizontal header's descender, negative below the baseline
 * @param underline the underline's position, negative below the baseline; 0 if the face has no
 *     PostScript table
 * @param thickness the underline's thickness; 0 if the face has no PostScript table
 */
record FaceMetrics(
    int unitsPerEm,
    int top,
    int bottom,
    int ascender,
    int descender,
    int underline,
    int thickness) {

  /**
   * The key under which openhtmltopdf 1.1 caches a face's metrics ({@code
   * PdfBoxFontResolver.FontDescription}); {@code SubsetFontTest} checks that the engine finds them.
   */
  static String key(String family, int weight, IdentValue style) {
    return "font-metrics2:" + family + ":" + weight + ":" + style;
  }

  /** The numbers of a parsed face. */
  static FaceMetrics of(TrueTypeFont ttf) throws IOException {
    PostScriptTable post = ttf.getPostScript();
    return new FaceMetrics(
        ttf.getHeader().getUnitsPerEm(),
        ttf.getHeader().getYMax(),
        ttf.getHeader().getYMin(),
        ttf.getHorizontalHeader().getAscender(),
        ttf.getHorizontalHeader().getDescender(),
        post == null ? 0 : post.getUnderlinePosition(),
        post == null ? 0 : post.getUnderlineThickness());
  }

  /** The metrics as the engine computes them from PDFBox's font of this face. */
  PdfBoxRawPDFontMetrics forEngine() {
    float scaling = 1000f / unitsPerEm;
    float ascent = ascender * scaling;
    float descent = -(descender * scaling);
    float high = top * scaling;
    if (!(ascent > 0f && descent > 0f)) {
      ascent = high;
      descent = -(bottom * scaling);
    }
    float typoDescent = -(descender * scaling);
    float position = -underline * scaling;
    float width = thickness * scaling;
    return new PdfBoxRawPDFontMetrics(
        ascent,
        descent,
        -high / 3f,
        100f,
        position > 0f ? position : typoDescent,
        width > 0f ? width : 50f,
        typoDescent);
  }
}
