package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text renderer, measuring text from each character's width remembered per font.
 *
 * <p>The engine measures every word it lays out, and with {@code word-wrap: break-word} every
 * character of a table cell, through PDFBox's {@code PDFont.getStringWidth}: that encodes the text
 * into a new array, then reads each code back through fontbox's {@code CMap.readCode}, which
 * builds a stream pipeline (five objects) per character. For a two-page document that was about
 * 1.3 MB of the 12 MB an export allocated.
 *
 * <p>Here each character's width is asked of the font once per render (the width of the one
 * character string, which is exactly the term {@code getStringWidth} adds for it) and the widths
 * of a text are summed in the same order, as floats, as PDFBox sums them: the result is the same
 * number, and so the same layout and the same bytes. Text with a character the first font lacks,
 * or with no font, goes to the engine's own measurement, which splits it into runs of the fallback
 * fonts.
 *
 * <p>Drawing: before the engine draws a text, its output device measures the whole text again
 * with {@code getStringWidth}, only to learn whether the first font has every character (PDFBox
 * throws if not), and draws it with that font if so. Here the same question is answered from the
 * remembered widths, and such a text goes straight to the device's drawing with the first font
 * ({@code drawStringFast}), with the same arguments as the device would pass; any other text
 * goes the engine's way. The device's font is the one the render resolved for the font
 * specification the device was given with it ({@link ResolvedFonts}): the engine sets both from
 * the same style before it draws a text.
 *
 * <p>One instance per render (not thread-safe, as the render itself). It must be a {@link
 * PdfBoxTextRenderer}: the engine casts its text renderer to that class. Internal to the module;
 * no compatibility promise.
 *
 * @since 0.3.0
 */
final class GlyphWidths extends PdfBoxTextRenderer {

  /** The same rounding threshold as the engine's measurement. */
  private static final float TEXT_MEASURING_DELTA = 0.01f;

  private final Map<PDFont, Widths> widths = new IdentityHashMap<>();

  /** The font the render resolved for a specification, or null. */
  private final Function<FontSpecification, FSFont> resolved;

  /**
   * A text renderer for one render.
   *
   * @param resolved gives the font the render resolved for a font specification, or null if it
   *     resolved none for it (then the engine draws the text its own way)
   */
  GlyphWidths(Function<FontSpecification, FSFont> resolved) {
    this.resolved = resolved;
  }

  @Override
  public void drawString(OutputDevice device, String string, float x, float y) {
    String visible = withoutInvisible(string);
    if (!drawnWithFirstFont(device, visible, x, y, null)) {
      super.drawString(device, visible, x, y);
    }
  }

  @Override
  public void drawString(
      OutputDevice device, String string, float x, float y, JustificationInfo info) {
    String visible = withoutInvisible(string);
    if (!drawnWithFirstFont(device, visible, x, y, info)) {
      super.drawString(device, visible, x, y, info);
    }
  }

  /**
   * The text without the invisible characters that pasted names carry and that the engine would
   * draw: the zero width space and joiner, the direction marks, the word joiner and its kin, the
   * zero width no-break space, the combining grapheme joiner and the variation selectors VS1 to
   * VS16 (the emoji one after "©" in text from a phone). By the time a text is drawn they have
   * done their work (bidirectional order, shaping), and the shipped fonts have visible glyphs for
   * some of them (a bar, a boxed "CGJ"); none has an advance, so the line stays as laid out. A
   * variation selector only asks for another look of the character before it, which is printed in
   * its text look; it alone is left out of measuring too ({@link #getWidth}), as no font has it and
   * the engine would otherwise leave room for a replacement character.
   * The zero width non-joiner stays: its glyph is empty, and it is part of a Persian word's text.
   */
  static String withoutInvisible(String text) {
    return without(text, GlyphWidths::invisible);
  }

  /** The text without the characters {@code left} says to leave out; the same text if none. */
  private static String without(String text, IntPredicate left) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (left.test(text.charAt(i))) {
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, i);
        for (int j = i + 1; j < text.length(); j++) {
          if (!left.test(text.charAt(j))) {
            kept.append(text.charAt(j));
          }
        }
        return kept.toString();
      }
    }
    return text;
  }

  private static boolean invisible(int c) {
    return c == '\u034F'
        || c == '\u200B'
        || (c >= '\u200D' && c <= '\u200F')
        || (c >= '\u2060' && c <= '\u206F')
        || variationSelector(c)
        || c == '\uFEFF';
  }

  /** VS1 to VS16, which no font draws and the engine would measure as a replacement glyph. */
  static boolean variationSelector(int c) {
    return c >= '\uFE00' && c <= '\uFE0F';
  }

  /**
   * Draws a text as the engine's device does when the first font of its font has every
   * character.
   *
   * @return whether it was drawn; if not, nothing was
   */
  private boolean drawnWithFirstFont(
      OutputDevice device, String string, float x, float y, JustificationInfo info) {
    if (string == null
        || !(device instanceof PdfBoxOutputDevice)
        || !(device instanceof AbstractOutputDevice)) {
      return false;
    }
    FontSpecification spec = ((AbstractOutputDevice) device).getFontSpecification();
    FSFont font = spec == null ? null : resolved.apply(spec);
    if (!(font instanceof PdfBoxFSFont)) {
      return false;
    }
    List<FontDescription> descriptions = ((PdfBoxFSFont) font).getFontDescriptions();
    if (descriptions == null || descriptions.isEmpty()) {
      return false;
    }
    FontDescription first = descriptions.get(0);
    PDFont pdFont = first.getFont();
    if (pdFont == null) {
      return false;
    }
    String printable = printable(string);
    try {
      // The printable text has only characters that measuring does not leave out.
      if (Float.isNaN(widths.computeIfAbsent(pdFont, Widths::new).of(printable))) {
        return false;
      }
    } catch (RuntimeException e) {
      return false; // the engine's way, which handles whatever the font does
    }
    ((PdfBoxOutputDevice) device)
        .drawStringFast(printable, x, y, info, first, ((PdfBoxFSFont) font).getSize2D());
    return true;
  }

  /** The text the engine draws: {@code TextRenderer.getEffectivePrintableString}. */
  private static String printable(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!OpenUtil.isSafeFontCodePointToPrint(codePoint)) {
        return TextRenderer.getEffectivePrintableString(text);
      }
      i += Character.charCount(codePoint);
    }
    return text;
  }

  @Override
  public int getWidth(FontContext context, FSFont font, String text) {
    String string = without(text, GlyphWidths::variationSelector);
    if (string != null && font instanceof PdfBoxFSFont) {
      List<FontDescription> descriptions = ((PdfBoxFSFont) font).getFontDescriptions();
      PDFont first =
          descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
      if (first != null) {
        float sum = widths.computeIfAbsent(first, Widths::new).of(string);
        if (!Float.isNaN(sum)) {
          float result = sum / 1000f * ((PdfBoxFSFont) font).getSize2D();
          if (result - Math.floor(result) < TEXT_MEASURING_DELTA) {
            return (int) result;
          }
          return (int) Math.ceil(result);
        }
      }
    }
    return super.getWidth(context, font, string);
  }

  /** The widths of one font's characters, in its units of 1/1000 em, asked for when first met. */
  private static final class Widths {

    /** A width not asked for yet. */
    private static final float UNKNOWN = -1f;

    /** A character the font has no glyph for. */
    private static final float MISSING = Float.NaN;

    private final PDFont font;
    private final float[][] pages = new float[(Character.MAX_CODE_POINT >> 8) + 1][];

    Widths(PDFont font) {
      this.font = font;
    }

    /**
     * The width of a text as PDFBox's {@code getStringWidth} gives it, leaving out the characters
     * the engine leaves out ({@code TextRenderer.getEffectivePrintableString}).
     *
     * @return the width, or NaN if the font lacks a character
     */
    float of(String text) {
      float width = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        i += Character.charCount(codePoint);
        if (OpenUtil.isSafeFontCodePointToPrint(codePoint)) {
          float glyph = width(codePoint);
          if (Float.isNaN(glyph)) {
            return MISSING;
          }
          width += glyph;
        }
      }
      return width;
    }

    private float width(int codePoint) {
      float[] page = pages[codePoint >> 8];
      if (page == null) {
        page = new float[256];
        Arrays.fill(page, UNKNOWN);
        pages[codePoint >> 8] = page;
      }
      float width = page[codePoint & 0xFF];
      if (width == UNKNOWN) {
        try {
          width = font.getStringWidth(Character.toString(codePoint));
        } catch (IllegalArgumentException e) {
          width = MISSING; // PDFBox's answer for a character without a glyph
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the width of a character of a font", e);
        }
        page[codePoint & 0xFF] = width;
      }
      return width;
    }
  }
}
