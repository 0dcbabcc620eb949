package io.github.minutes4j.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of a {@link FontSet} in one render's document: a composite (Type 0) font with an
 * Identity-H encoding over a TrueType CIDFont whose CIDs are the face's glyph numbers, embedded as
 * a subset of the glyphs drawn, as PDFBox's {@code PDType0Font.load(document, font, true)} embeds
 * it, minus that font's per-render waste.
 *
 * <p>PDFBox's font builds, on loading, the widths array of every glyph of the face (2,620 for
 * Liberation Sans) as PDF objects and then reads it back into a map of boxed numbers, about a
 * third of a megabyte per face and render, although subsetting replaces the array. On saving it
 * compresses the subset's font program, decompresses and parses it again only to check its
 * licence bits, and compresses each of its four streams with a new compressor. Here what is the
 * same for every render is computed once per face ({@link Program}: the widths, the font
 * descriptor's values), the checks are made once, the document gets only the widths of the glyphs
 * drawn, and one compressor writes the four streams.
 *
 * <p>The file is what PDFBox writes, up to the subset tag, the layout of the ToUnicode map and the
 * compression level ({@link Flate}): the same dictionaries and descriptor values, widths rounded
 * the same way, the same glyphs kept (those of the characters drawn, their components, and the
 * same four characters made invisible), a CIDToGIDMap from the face's glyph numbers to the
 * subset's, a CIDSet of every CID up to the highest, and a ToUnicode entry for every glyph that
 * has a character. Measuring gives the same numbers as PDFBox's font: a width is the face's
 * advance in thousandths of an em, rounded.
 *
 * <p>One instance per render and face, used by the render's thread only. Internal to the module;
 * no compatibility promise.
 *
 * @since 0.3.0
 */
final class SubsetFont extends PDFont {

  /** The tables a font program in a PDF needs, as PDFBox keeps them; the others are left out. */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  /** Zero-width characters whose glyph the subset draws as nothing, as PDFBox's subset does. */
  private static final int[] INVISIBLE = {0x200B, 0x200C, 0x2060, 0xFEFF};

  /** The width a CIDFont gives a glyph that its widths array leaves out. */
  private static final float DEFAULT_WIDTH = 1000f;

  /**
   * What every render's font of one face shares, derived from the face once: its name, each
   * glyph's width, and the values of its font descriptor. Immutable; read by every render.
   */
  static final class Program {
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final String name;
    private final float[] widths;
    private final COSDictionary descriptor; // a template: never written, never handed out

    private Program(
        TrueTypeFont ttf, CmapLookup cmap, String name, float[] widths, COSDictionary descriptor) {
      this.ttf = ttf;
      this.cmap = cmap;
      this.name = name;
      this.widths = widths;
      this.descriptor = descriptor;
    }

    /**
     * Derives a face's program. The font descriptor is PDFBox's: the face is embedded once into a
     * throwaway document, which also checks that PDFBox can embed it at all.
     *
     * @param ttf the parsed face, every table loaded
     * @param cmap its Unicode character map
     * @throws IOException if the face cannot be read, or its licence forbids embedding or
     *     subsetting it
     */
    static Program of(TrueTypeFont ttf, CmapLookup cmap) throws IOException {
      OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
      if (os2 != null
          && (os2.getFsType() & OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING)
              == OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) {
        throw new IOException("This font does not permit subsetting");
      }
      COSDictionary descriptor;
      String name;
      try (PDDocument throwaway = new PDDocument()) {
        PDType0Font font = PDType0Font.load(throwaway, ttf, true);
        descriptor = copy(font.getFontDescriptor().getCOSObject());
        name = font.getName();
      }
      float scaling = 1000f / ttf.getHeader().getUnitsPerEm();
      HorizontalMetricsTable metrics = ttf.getHorizontalMetrics();
      float[] widths = new float[ttf.getNumberOfGlyphs()];
      for (int gid = 0; gid < widths.length; gid++) {
        // As PDFBox rounds each width of the array it writes, and reads it back as a float.
        widths[gid] = Math.round(metrics.getAdvanceWidth(gid) * scaling);
      }
      return new Program(ttf, cmap, name, widths, descriptor);
    }

    /** Each glyph's width, in thousandths of an em: a copy. */
    float[] widths() {
      return widths.clone();
    }
  }

  private final PDDocument document;
  private final Program program;
  private final COSDictionary cidFont;
  private final BitSet drawn = new BitSet();
  private boolean subset;

  /**
   * A face's font in a document, with nothing embedded yet: the subset is made when the document
   * is saved ({@link #subset()}), of the characters drawn with it.
   *
   * @param document the render's document
   * @param program the face
   */
  SubsetFont(PDDocument document, Program program) {
    super(typeZero(program));
    this.document = document;
    this.program = program;
    this.cidFont = (COSDictionary) getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS).get(0);
    setFontDescriptor(new PDFontDescriptor(cidFont.getCOSDictionary(COSName.FONT_DESC)));
  }

  /** The font's dictionaries, without the parts the subset decides. */
  private static COSDictionary typeZero(Program program) {
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Identity");
    info.setInt(COSName.SUPPLEMENT, 0);
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cid.setName(COSName.BASE_FONT, program.name);
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, copy(program.descriptor));
    cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
    COSArray descendants = new COSArray();
    descendants.add(cid);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, program.name);
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
  }

  /**
   * A copy of a dictionary of names, numbers and arrays of numbers (a font descriptor), sharing
   * none of its numbers or arrays: a document writes the objects it saves.
   */
  private static COSDictionary copy(COSDictionary template) {
    COSDictionary copy = new COSDictionary();
    for (Map.Entry<COSName, COSBase> entry : template.entrySet()) {
      copy.setItem(entry.getKey(), copyValue(entry.getValue()));
    }
    return copy;
  }

  private static COSBase copyValue(COSBase value) {
    if (value instanceof COSArray) {
      COSArray copy = new COSArray();
      for (COSBase item : (COSArray) value) {
        copy.add(copyValue(item));
      }
      return copy;
    }
    if (value instanceof COSInteger) {
      return COSInteger.get(((COSInteger) value).longValue());
    }
    if (value instanceof COSFloat) {
      return new COSFloat(((COSFloat) value).floatValue());
    }
    if (value instanceof COSName) {
      return value; // interned and immutable
    }
    throw new IllegalStateException("a font descriptor holds an unexpected " + value);
  }

  @Override
  public String getName() {
    return getCOSObject().getNameAsString(COSName.BASE_FONT);
  }

  @Override
  protected byte[] encode(int unicode) {
    int gid = glyph(unicode);
    return new byte[] {(byte) (gid >> 8), (byte) gid};
  }

  /** The glyph of a character; throws as PDFBox does for a character the face lacks. */
  private int glyph(int unicode) {
    int gid = program.cmap.getGlyphId(unicode);
    if (gid == 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "No glyph for U+%04X in font %s", unicode, getName()));
    }
    return gid;
  }

  /** The sum of the widths of the text's glyphs, as PDFBox sums them, without encoding it. */
  @Override
  public float getStringWidth(String text) {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += getWidth(glyph(codePoint));
      i += Character.charCount(codePoint);
    }
    return width;
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    int high = in.read();
    int low = in.read();
    if (high < 0 || low < 0) {
      throw new EOFException("a two-byte character code is cut short");
    }
    return high << 8 | low;
  }

  @Override
  public float getWidth(int code) {
    return code >= 0 && code < program.widths.length ? program.widths[code] : DEFAULT_WIDTH;
  }

  @Override
  public boolean hasExplicitWidth(int code) {
    return code >= 0 && code < program.widths.length;
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return program.ttf.getAdvanceWidth(code) * 1000f / program.ttf.getUnitsPerEm();
  }

  @Override
  public float getHeight(int code) throws IOException {
    return (program.ttf.getHorizontalHeader().getAscender()
            - program.ttf.getHorizontalHeader().getDescender())
        / (float) program.ttf.getUnitsPerEm();
  }

  @Override
  public BoundingBox getBoundingBox() {
    PDRectangle box = getFontDescriptor().getFontBoundingBox();
    return new BoundingBox(
        box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
  }

  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("an embedded font has no standard 14 widths");
  }

  /** The character of a glyph, from the face's character map (there is no ToUnicode map yet). */
  @Override
  public String toUnicode(int code) {
    String mapped = super.toUnicode(code);
    if (mapped != null) {
      return mapped;
    }
    List<Integer> codePoints = program.cmap.getCharCodes(code);
    return codePoints == null || codePoints.isEmpty()
        ? null
        : Character.toString(codePoints.get(0));
  }

  @Override
  public boolean isEmbedded() {
    return true;
  }

  @Override
  public boolean isDamaged() {
    return false;
  }

  @Override
  public boolean isVertical() {
    return false;
  }

  @Override
  public boolean willBeSubset() {
    return true;
  }

  @Override
  public void addToSubset(int codePoint) {
    drawn.set(codePoint);
  }

  /**
   * Embeds the subset of the glyphs drawn: the font program, the widths, the maps from CIDs to
   * glyphs and to characters, and the set of CIDs. PDFBox calls it once, when the document is
   * saved.
   */
  @Override
  public void subset() throws IOException {
    if (subset) {
      return;
    }
    subset = true;
    TTFSubsetter subsetter = new TTFSubsetter(program.ttf, TABLES);
    Set<Integer> codePoints = new HashSet<>();
    for (int c = drawn.nextSetBit(0); c >= 0; c = drawn.nextSetBit(c + 1)) {
      codePoints.add(c);
    }
    subsetter.addAll(codePoints);
    for (int invisible : INVISIBLE) {
      subsetter.forceInvisible(invisible);
    }
    Map<Integer, Integer> newToOld = subsetter.getGIDMap();
    // The subset's glyphs in their new order, by their glyph number in the face (their CID).
    int[] cids = new int[newToOld.size()];
    for (Map.Entry<Integer, Integer> glyph : newToOld.entrySet()) {
      cids[glyph.getKey()] = glyph.getValue();
    }
    String tag = tag(cids);
    subsetter.setPrefix(tag);
    ByteArrayOutputStream file = new ByteArrayOutputStream(32 * 1024);
    subsetter.writeToStream(file);
    byte[] fontProgram = file.toByteArray();

    String name = tag + program.name;
    getCOSObject().setName(COSName.BASE_FONT, name);
    cidFont.setName(COSName.BASE_FONT, name);
    getFontDescriptor().setFontName(name);

    try (Flate flate = new Flate()) {
      COSStream fontFile = flate.stream(document, fontProgram);
      fontFile.setInt(COSName.LENGTH1, fontProgram.length);
      getFontDescriptor().getCOSObject().setItem(COSName.FONT_FILE2, fontFile);
      getCOSObject().setItem(COSName.TO_UNICODE, flate.stream(document, toUnicode(cids)));
      cidFont.setItem(COSName.W, widths(cids));
      int highest = Arrays.stream(cids).max().orElse(0);
      cidFont.setItem(COSName.CID_TO_GID_MAP, flate.stream(document, cidToGid(cids, highest)));
      getFontDescriptor()
          .getCOSObject()
          .setItem(COSName.CID_SET, flate.stream(document, cidSet(highest)));
    }
  }

  /**
   * The subset tag: six capital letters and a plus sign (ISO 32000-1, 9.6.4), from the glyphs the
   * subset keeps, so that the same glyphs give the same name.
   */
  static String tag(int[] cids) {
    long hash = Integer.toUnsignedLong(Arrays.hashCode(cids));
    char[] tag = new char[7];
    for (int i = 0; i < 6; i++) {
      tag[i] = (char) ('A' + hash % 26);
      hash /= 26;
    }
    tag[6] = '+';
    return new String(tag);
  }

  /** The widths of the subset's glyphs that are not the default, by runs of consecutive CIDs. */
  private COSArray widths(int[] cids) {
    int[] sorted = cids.clone();
    Arrays.sort(sorted);
    COSArray widths = new COSArray();
    COSArray run = null;
    int previous = Integer.MIN_VALUE;
    for (int cid : sorted) {
      float width = getWidth(cid);
      if (width == DEFAULT_WIDTH) {
        continue;
      }
      if (run == null || previous != cid - 1) {
        run = new COSArray();
        widths.add(COSInteger.get(cid));
        widths.add(run);
      }
      run.add(COSInteger.get((long) width));
      previous = cid;
    }
    return widths;
  }

  /** The glyph of each CID in the subset, two bytes each, from CID 0 to the highest. */
  private static byte[] cidToGid(int[] cids, int highest) {
    byte[] map = new byte[2 * highest + 2];
    for (int gid = 0; gid < cids.length; gid++) {
      map[2 * cids[gid]] = (byte) (gid >> 8);
      map[2 * cids[gid] + 1] = (byte) gid;
    }
    return map;
  }

  /** Every CID from 0 to the highest: the ones without a glyph show the subset's glyph 0. */
  private static byte[] cidSet(int highest) {
    byte[] set = new byte[highest / 8 + 1];
    for (int cid = 0; cid <= highest; cid++) {
      set[cid / 8] |= (byte) (0x80 >>> (cid % 8));
    }
    return set;
  }

  /**
   * The ToUnicode map: the first character the face maps to each glyph of the subset, for every
   * glyph that has one (a glyph used only as a component of others has none), in 100-entry blocks.
   */
  private byte[] toUnicode(int[] cids) {
    int[] sorted = cids.clone();
    Arrays.sort(sorted);
    StringBuilder entries = new StringBuilder(sorted.length * 16);
    int count = 0;
    StringBuilder map = new StringBuilder(sorted.length * 16 + 512);
    map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int cid : sorted) {
      List<Integer> codePoints = cid == 0 ? null : program.cmap.getCharCodes(cid);
      if (codePoints == null || codePoints.isEmpty()) {
        continue;
      }
      entries.append('<');
      hex(entries, cid);
      entries.append("> <");
      for (char unit : Character.toChars(codePoints.get(0))) {
        hex(entries, unit);
      }
      entries.append(">\n");
      if (++count == 100) {
        block(map, entries, count);
        count = 0;
      }
    }
    block(map, entries, count);
    map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return map.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void block(StringBuilder map, StringBuilder entries, int count) {
    if (count > 0) {
      map.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
      entries.setLength(0);
    }
  }

  private static void hex(StringBuilder text, int unit) {
    for (int shift = 12; shift >= 0; shift -= 4) {
      text.append(Character.toUpperCase(Character.forDigit(unit >> shift & 0xF, 16)));
    }
  }
}
