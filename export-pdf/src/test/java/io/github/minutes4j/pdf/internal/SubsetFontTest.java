package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A face's font measures, encodes and reads glyphs as PDFBox's {@code PDType0Font} of the same
 * face, has the same font descriptor, gives the engine the metrics it takes from PDFBox's font,
 * and embeds a subset whose widths, text and glyphs a reader gets back.
 */
class SubsetFontTest {

  private static final String FOLDER = "/io/github/minutes4j/pdf/fonts/";

  private static final List<String> SHIPPED =
      List.of(
          "LiberationSans-Regular.ttf",
          "LiberationSans-Bold.ttf",
          "LiberationSans-Italic.ttf",
          "LiberationSans-BoldItalic.ttf",
          "NotoSansArabic-Regular.ttf",
          "NotoSansArabic-Bold.ttf",
          "NotoSansHebrew-Regular.ttf",
          "NotoSansHebrew-Bold.ttf",
          "NotoSansEthiopic-Regular.ttf",
          "NotoSansEthiopic-Bold.ttf",
          "NotoSansArmenian-Regular.ttf",
          "NotoSansArmenian-Bold.ttf",
          "NotoSansGeorgian-Regular.ttf",
          "NotoSansGeorgian-Bold.ttf",
          "NotoSansCherokee-Regular.ttf",
          "NotoSansCherokee-Bold.ttf",
          "NotoSansCanadianAboriginal-Regular.ttf",
          "NotoSansCanadianAboriginal-Bold.ttf",
          "NotoSansTifinagh-Regular.ttf",
          "DejaVuSans.ttf",
          "Symbola.ttf");

  private static TrueTypeFont parse(String file) throws IOException {
    try (InputStream in = SubsetFontTest.class.getResourceAsStream(FOLDER + file)) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  @Test
  void measuresEncodesAndReadsAsPdfBoxsFontOfTheFace() throws IOException {
    for (String file : SHIPPED) {
      TrueTypeFont ttf = parse(file);
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      try (PDDocument document = new PDDocument()) {
        PDType0Font pdfbox = PDType0Font.load(document, ttf, true);
        SubsetFont ours = new SubsetFont(document, SubsetFont.Program.of(ttf, cmap));
        assertEquals(pdfbox.getName(), ours.getName(), file);
        assertEquals(
            entries(pdfbox.getFontDescriptor().getCOSObject()),
            entries(ours.getFontDescriptor().getCOSObject()),
            file + ": the font descriptor");
        for (int gid = 0; gid < ttf.getNumberOfGlyphs() + 2; gid++) {
          assertEquals(pdfbox.getWidth(gid), ours.getWidth(gid), file + ": glyph " + gid);
        }
        int characters = 0;
        for (int c = 0x20; c < 0x10000; c++) {
          String text = Character.toString(c);
          if (cmap.getGlyphId(c) == 0) {
            assertThrows(IllegalArgumentException.class, () -> ours.encode(text));
            assertThrows(IllegalArgumentException.class, () -> ours.getStringWidth(text));
            continue;
          }
          characters++;
          byte[] code = pdfbox.encode(text);
          assertArrayEquals(code, ours.encode(text), file + ": U+" + Integer.toHexString(c));
          assertEquals(pdfbox.getStringWidth(text + text), ours.getStringWidth(text + text));
          int read = ours.readCode(new ByteArrayInputStream(code));
          assertEquals(pdfbox.readCode(new ByteArrayInputStream(code)), read);
          assertEquals(pdfbox.toUnicode(read), ours.toUnicode(read), file + ": glyph " + read);
        }
        assertTrue(characters > 50, file + ": Noto Sans Tifinagh, the smallest, has 76");
      }
    }
  }

  /** A dictionary's entries as text, the font name and the font file left out. */
  private static Map<String, String> entries(COSDictionary dictionary) {
    Map<String, String> entries = new TreeMap<>();
    for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
      entries.put(entry.getKey().getName(), text(entry.getValue()));
    }
    return entries;
  }

  private static String text(COSBase value) {
    if (value instanceof COSArray) {
      List<String> items = new ArrayList<>();
      for (COSBase item : (COSArray) value) {
        items.add(text(item));
      }
      return items.toString();
    }
    return value instanceof COSNumber
        ? Float.toString(((COSNumber) value).floatValue())
        : value.toString();
  }

  @Test
  void givesTheEngineTheMetricsItTakesFromPdfBoxsFont() throws IOException {
    for (String file : SHIPPED) {
      TrueTypeFont ttf = parse(file);
      try (PDDocument document = new PDDocument()) {
        PDType0Font pdfbox = PDType0Font.load(document, ttf, true);
        PdfBoxRawPDFontMetrics expected =
            PdfBoxRawPDFontMetrics.fromPdfBox(pdfbox, pdfbox.getFontDescriptor());
        PdfBoxRawPDFontMetrics actual = FaceMetrics.of(ttf).forEngine();
        assertArrayEquals(values(expected), values(actual), file);
      }
    }
  }

  private static float[] values(PdfBoxRawPDFontMetrics metrics) {
    return new float[] {
      metrics._ascent,
      metrics._descent,
      metrics._strikethroughOffset,
      metrics._strikethroughThickness,
      metrics._underlinePosition,
      metrics._underlineThickness,
      metrics._typoDescent
    };
  }

  /**
   * The engine finds each face's metrics where the font set puts them: a face registered with the
   * engine after that has its metrics without the font being made, and they are those of the
   * face's file (which checks the numbers the shipped faces come with).
   */
  @Test
  void theEngineFindsTheMetricsOfEveryShippedFace() throws IOException {
    FontSet fonts = FontSet.shipped();
    fonts.primeMetrics();
    String[] families = {
      FontSet.SHIPPED_FAMILY, FontSet.SHIPPED_FAMILY, FontSet.SHIPPED_FAMILY,
      FontSet.SHIPPED_FAMILY, FontSet.ARABIC_FAMILY, FontSet.ARABIC_FAMILY,
      FontSet.HEBREW_FAMILY, FontSet.HEBREW_FAMILY, FontSet.ETHIOPIC_FAMILY,
      FontSet.ETHIOPIC_FAMILY, FontSet.ARMENIAN_FAMILY, FontSet.ARMENIAN_FAMILY,
      FontSet.GEORGIAN_FAMILY, FontSet.GEORGIAN_FAMILY, FontSet.CHEROKEE_FAMILY,
      FontSet.CHEROKEE_FAMILY, FontSet.CANADIAN_ABORIGINAL_FAMILY,
      FontSet.CANADIAN_ABORIGINAL_FAMILY, FontSet.TIFINAGH_FAMILY, FontSet.SYMBOLS_FAMILY,
      FontSet.EMOJI_FAMILY
    };
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < SHIPPED.size(); i++) {
        String file = SHIPPED.get(i);
        FontDescription description =
            new FontDescription(
                document,
                () -> {
                  throw new AssertionError("the font is made only to read its metrics");
                },
                file.contains("Italic") ? IdentValue.ITALIC : IdentValue.NORMAL,
                file.contains("Bold") ? 700 : 400,
                families[i],
                false,
                true,
                fonts.metricsCache());
        assertTrue(description.isMetricsAvailable(), file);
        assertArrayEquals(
            values(FaceMetrics.of(parse(file)).forEngine()),
            values(description.getFontMetrics()),
            file);
      }
    }
  }

  @Test
  void embedsTheSubsetOfTheGlyphsDrawn() throws IOException {
    TrueTypeFont ttf = parse("LiberationSans-Regular.ttf");
    CmapLookup cmap = ttf.getUnicodeCmapLookup();
    SubsetFont.Program program = SubsetFont.Program.of(ttf, cmap);
    String text = "Protokoll \u00e5\u00e4\u00f6 \u0416 \u2013 15:00";
    byte[] saved;
    try (PDDocument document = new PDDocument()) {
      SubsetFont font = new SubsetFont(document, program);
      COSDictionary cidFont =
          (COSDictionary) font.getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS).get(0);
      assertNull(cidFont.getItem(COSName.W), "no widths until the subset is known");
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(50, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      saved = out.toByteArray();
    }
    try (PDDocument document = Loader.loadPDF(saved)) {
      assertEquals(text, new PDFTextStripper().getText(document).strip());
      PDFont font =
          document.getPage(0).getResources().getFont(
              document.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSans"), font.getName());
      assertTrue(font.isEmbedded());
      COSDictionary cidFont =
          (COSDictionary) font.getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
      COSArray widths = cidFont.getCOSArray(COSName.W);
      int listed = 0;
      for (int i = 0; i < widths.size(); i += 2) {
        listed += ((COSArray) widths.getObject(i + 1)).size();
      }
      // The characters drawn, .notdef, and the accents and letters å, ä and ö are made of.
      int kept =
          new TTFParser()
              .parseEmbedded(font.getFontDescriptor().getFontFile2().createInputStream())
              .getNumberOfGlyphs();
      assertEquals(text.codePoints().distinct().count() + 4, kept);
      assertTrue(listed <= kept, "widths of the glyphs kept only: " + listed);
      for (int c : text.codePoints().toArray()) {
        int gid = cmap.getGlyphId(c);
        assertEquals(program.widths()[gid], font.getWidth(gid), "U+" + Integer.toHexString(c));
        assertEquals(Character.toString(c), font.toUnicode(gid));
      }
      assertEquals(
          ttf.getNumberOfGlyphs() > 0,
          font.getFontDescriptor().getFontFile2().getCOSObject().getInt(COSName.LENGTH1) > 0);
      assertFalse(font.getFontDescriptor().getCOSObject().getCOSStream(COSName.CID_SET) == null);
    }
  }

  @Test
  void tagsASubsetWithSixCapitalsFromItsGlyphs() {
    String tag = SubsetFont.tag(new int[] {0, 3, 36, 37});
    assertTrue(tag.matches("[A-Z]{6}\\+"), tag);
    assertEquals(tag, SubsetFont.tag(new int[] {0, 3, 36, 37}));
    assertFalse(tag.equals(SubsetFont.tag(new int[] {0, 3, 36, 38})));
  }
}
