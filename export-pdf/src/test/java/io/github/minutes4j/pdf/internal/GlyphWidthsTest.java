package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The render's text measurement gives the engine's widths to the unit, for text in the first
 * font, text with characters the engine leaves out and text that needs the fallback font, at
 * several sizes. (Text that no font has never reaches the engine: {@link TextCoverage} refuses
 * it.) Its drawing makes the same calls of the device's drawing with one font as the engine's
 * text renderer makes, and draws text of the first font without the device's own check.
 */
class GlyphWidthsTest {

  private static final String[] PIECES = {
    "Anna ", "Öberg", "justerare", " ", "15:00", "–", "“", "”", "…", ".", "ﬁ", "W",
    "\u00ad", // soft hyphen: left out by the engine
    "\u200b", // zero-width space: left out too
    "\u200d", // zero-width joiner
    "محمد", // only in the fallback font
  };

  /** A random text, mostly of the first font, sometimes with a piece only another font has. */
  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int piece = random.nextInt(10) < 8 ? random.nextInt(15) : random.nextInt(PIECES.length);
      text.append(PIECES[piece]);
    }
    return text.toString();
  }

  private static List<FontDescription> fonts(PDDocument document) throws IOException {
    return List.of(
        new FontDescription(load(document, "LiberationSans-Regular.ttf"), IdentValue.NORMAL, 400),
        new FontDescription(load(document, "NotoSansArabic-Regular.ttf"), IdentValue.NORMAL, 400));
  }

  private static PDFont load(PDDocument document, String file) throws IOException {
    try (InputStream in =
        GlyphWidthsTest.class.getResourceAsStream("/io/github/minutes4j/pdf/fonts/" + file)) {
      return PDType0Font.load(document, in, true);
    }
  }

  /** A text renderer as the engine sets it up, with the bidirectional reorderer it has alone. */
  private static <T extends PdfBoxTextRenderer> T setUp(T renderer) {
    renderer.setup(null, new SimpleBidiReorderer());
    return renderer;
  }

  @Test
  void measuresAsTheEngineDoes() throws IOException {
    try (PDDocument document = new PDDocument()) {
      List<FontDescription> fonts = fonts(document);
      PdfBoxTextRenderer engine = setUp(new PdfBoxTextRenderer());
      GlyphWidths measured = setUp(new GlyphWidths(spec -> null));

      float[] sizes = {8f, 10.5f, 11f, 12.3f, 16f, 24f};
      Random random = new Random(17);
      for (int n = 0; n < 5_000; n++) {
        PdfBoxFSFont font = new PdfBoxFSFont(fonts, sizes[random.nextInt(sizes.length)]);
        String string = text(random);
        assertEquals(
            engine.getWidth(null, font, string),
            measured.getWidth(null, font, string),
            () -> "width of \"" + string + "\" at " + font.getSize2D());
      }
    }
  }

  @Test
  void drawsAsTheEngineDoes() throws IOException {
    try (PDDocument document = new PDDocument()) {
      List<FontDescription> fonts = fonts(document);
      PdfBoxTextRenderer engine = setUp(new PdfBoxTextRenderer());
      Map<FontSpecification, FSFont> resolved = new IdentityHashMap<>();
      GlyphWidths drawing = setUp(new GlyphWidths(resolved::get));
      float[] sizes = {8f, 10.5f, 16f};
      Random random = new Random(23);
      int fast = 0;
      for (int n = 0; n < 2_000; n++) {
        PdfBoxFSFont font = new PdfBoxFSFont(fonts, sizes[random.nextInt(sizes.length)]);
        FontSpecification spec = new FontSpecification();
        resolved.put(spec, font);
        String string = text(random);
        float x = random.nextInt(500);
        float y = random.nextInt(800);
        JustificationInfo info = null;
        if (random.nextBoolean()) {
          info = new JustificationInfo();
          info.setSpaceAdjust(random.nextFloat());
          info.setNonSpaceAdjust(random.nextFloat());
        }
        RecordingDevice expected = new RecordingDevice(spec, font);
        RecordingDevice actual = new RecordingDevice(spec, font);
        // As the engine draws the text without the invisible characters, which it would draw.
        String visible = GlyphWidths.withoutInvisible(string);
        if (info == null) {
          engine.drawString(expected, visible, x, y);
          drawing.drawString(actual, string, x, y);
        } else {
          engine.drawString(expected, visible, x, y, info);
          drawing.drawString(actual, string, x, y, info);
        }
        assertEquals(expected.calls, actual.calls, () -> "drawing \"" + string + "\"");
        if (!actual.checked) {
          fast++;
        }
        assertEquals(
            firstFontHasAll(fonts, visible),
            !actual.checked,
            () -> "the way \"" + string + "\" went");
      }
      assertTrue(fast > 1_000, "texts drawn without the device's check: " + fast);
    }
  }

  @Test
  void leavesTextOfAnUnresolvedFontToTheEngine() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PdfBoxFSFont font = new PdfBoxFSFont(fonts(document), 10f);
      FontSpecification spec = new FontSpecification();
      GlyphWidths drawing = setUp(new GlyphWidths(s -> null));
      RecordingDevice device = new RecordingDevice(spec, font);
      drawing.drawString(device, "Anna", 1f, 2f);
      assertTrue(device.checked);
      assertEquals(1, device.calls.size());
    }
  }

  /** The device's own check: whether PDFBox can measure the printed text in the first font. */
  private static boolean firstFontHasAll(List<FontDescription> fonts, String text) {
    try {
      fonts.get(0).getFont().getStringWidth(TextRenderer.getEffectivePrintableString(text));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The engine's device, recording its drawing with one font instead of drawing, and whether its
   * own drawing (with its check of the first font) was asked for.
   */
  private static final class RecordingDevice extends PdfBoxFastOutputDevice {

    final List<List<Object>> calls = new ArrayList<>();
    boolean checked;

    RecordingDevice(FontSpecification spec, FSFont font) {
      super(1f, true, true, false);
      setFontSpecification(spec);
      setFont(font);
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
      checked = true;
      super.drawString(s, x, y, info);
    }

    @Override
    public void drawStringFast(
        String s, float x, float y, JustificationInfo info, FontDescription desc, float size) {
      // The description and the justification by identity: the same objects must be passed on.
      calls.add(
          Arrays.asList(
              s, x, y, System.identityHashCode(info), System.identityHashCode(desc), size));
    }
  }
}
