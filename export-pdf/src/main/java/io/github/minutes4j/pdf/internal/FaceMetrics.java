package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
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
 * SubsetFont} is not. So {@link FontSet} puts them into the cache first, for every face: for a
 * face not parsed yet they are read here from the font file's three tables, without parsing it.
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

  /**
   * The numbers read from a TrueType font file's {@code head}, {@code hhea} and {@code post}
   * tables, skipping the rest of the file.
   *
   * @param file the font file, read up to the last of the three tables; not closed
   * @throws IOException if the file is not a TrueType font with a {@code head} and {@code hhea}
   *     table, or cannot be read
   */
  static FaceMetrics read(InputStream file) throws IOException {
    DataInputStream in = new DataInputStream(file);
    int version = in.readInt();
    if (version != 0x00010000 && version != 0x74727565) { // 1.0, or 'true'
      throw new IOException("not a TrueType font file");
    }
    int tables = in.readUnsignedShort();
    in.skipNBytes(6);
    long position = 12 + 16L * tables;
    Map<Long, String> wanted = new TreeMap<>(); // by offset, to read the file in one pass
    for (int i = 0; i < tables; i++) {
      byte[] tag = new byte[4];
      in.readFully(tag);
      String name = new String(tag, StandardCharsets.ISO_8859_1);
      in.skipNBytes(4);
      long offset = in.readInt() & 0xFFFFFFFFL;
      in.skipNBytes(4);
      if (name.equals("head") || name.equals("hhea") || name.equals("post")) {
        wanted.put(offset, name);
      }
    }
    int[] head = null;
    int[] hhea = null;
    int[] post = {0, 0};
    for (Map.Entry<Long, String> table : wanted.entrySet()) {
      if (table.getKey() < position) {
        throw new IOException("the tables of the font file overlap");
      }
      in.skipNBytes(table.getKey() - position);
      position = table.getKey();
      switch (table.getValue()) {
        case "head" -> {
          in.skipNBytes(18);
          int unitsPerEm = in.readUnsignedShort();
          in.skipNBytes(16);
          in.skipNBytes(2); // xMin
          int yMin = in.readShort();
          in.skipNBytes(2); // xMax
          head = new int[] {unitsPerEm, in.readShort(), yMin};
          position += 44;
        }
        case "hhea" -> {
          in.skipNBytes(4);
          hhea = new int[] {in.readShort(), in.readShort()};
          position += 8;
        }
        default -> {
          in.skipNBytes(8);
          post = new int[] {in.readShort(), in.readShort()};
          position += 12;
        }
      }
    }
    if (head == null || hhea == null || head[0] == 0) {
      throw new IOException("the font file lacks its head or hhea table");
    }
    return new FaceMetrics(head[0], head[1], head[2], hhea[0], hhea[1], post[0], post[1]);
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
