package io.github.minutes4j.integration;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The PDF side of the tests: the exporter, the characters its shipped fonts draw, and what PDFBox
 * reads back from a PDF (the text of the pages' bodies, the links).
 */
final class PdfText {

  static final PdfMinutesExporter PDF = new PdfMinutesExporter();

  /**
   * Text above this line, in points from the top of a page, is the running header; below the
   * line this far from the bottom, the footer. Every page size the exporter has leaves a top
   * margin of at least 68 points and a bottom margin of at least 56 (the same bounds as
   * export-pdf's own tests use).
   */
  private static final float HEADER_BOTTOM = 64;

  private static final float FOOTER_TOP = 54;

  /** The shipped fonts: Liberation Sans in four faces, from the exporter's jar. */
  private static final List<CmapLookup> FACES =
      load("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
          "LiberationSans-BoldItalic");

  /**
   * The shipped fallback fonts for the scripts Liberation Sans lacks (regular faces; bold has the
   * same).
   */
  private static final List<CmapLookup> FALLBACKS =
      load("NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoSansEthiopic-Regular",
          "NotoSansArmenian-Regular", "NotoSansGeorgian-Regular", "NotoSansCherokee-Regular",
          "NotoSansCanadianAboriginal-Regular", "NotoSansTifinagh-Regular");

  /** The shipped last resort, DejaVu Sans, asked only for the characters of LAST_RESORT. */
  private static final CmapLookup LAST_RESORT_FACE = load("DejaVuSans").get(0);

  /**
   * The shipped emoji face, Symbola, after the last resort: asked for the characters common to all
   * scripts and the inherited marks, in every plane.
   */
  private static final CmapLookup EMOJI_FACE = load("Symbola").get(0);

  /** The scripts whose characters of the Basic Multilingual Plane the last resort is asked for. */
  private static final Set<Character.UnicodeScript> LAST_RESORT =
      Set.of(
          Character.UnicodeScript.COMMON,
          Character.UnicodeScript.INHERITED,
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.LISU,
          Character.UnicodeScript.BRAILLE);

  private PdfText() {}

  private static List<CmapLookup> load(String... files) {
    List<CmapLookup> faces = new ArrayList<>();
    for (String face : files) {
      String resource = "/io/github/minutes4j/pdf/fonts/" + face + ".ttf";
      try (InputStream in = PdfMinutesExporter.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("no font at " + resource);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        faces.add(font.getUnicodeCmapLookup());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(faces);
  }

  /** Whether every face of the shipped fonts has a glyph for the character. */
  static boolean coveredByEveryFace(int codePoint) {
    for (CmapLookup face : FACES) {
      if (face.getGlyphId(codePoint) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether some face, a fallback included, has a glyph for the character. */
  static boolean coveredBySomeFace(int codePoint) {
    for (CmapLookup face : FALLBACKS) {
      if (face.getGlyphId(codePoint) != 0) {
        return true;
      }
    }
    for (CmapLookup face : FACES) {
      if (face.getGlyphId(codePoint) != 0) {
        return true;
      }
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return codePoint <= Character.MAX_VALUE
            && LAST_RESORT.contains(script)
            && LAST_RESORT_FACE.getGlyphId(codePoint) != 0
        || (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED)
            && EMOJI_FACE.getGlyphId(codePoint) != 0;
  }

  /**
   * Whether a PDF draws something for the character: not white space, not an invisible format
   * character, not a control character, not the soft hyphen or the object replacement character.
   */
  static boolean drawn(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type != Character.FORMAT
        && type != Character.CONTROL
        && codePoint != 0xAD
        && codePoint != 0xFFFC;
  }

  /** Letters of right-to-left scripts whose letters join and which the exporter cannot shape. */
  private static boolean unshapeable(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return Character.isLetter(codePoint)
        && (script == Character.UnicodeScript.SYRIAC
            || script == Character.UnicodeScript.NKO
            || script == Character.UnicodeScript.MANDAIC
            || script == Character.UnicodeScript.ADLAM);
  }

  /**
   * Whether the PDF exporter prints the text, as its documentation says: every character it draws
   * is in a font (the fallbacks for Arabic, Hebrew, Ethiopic, Armenian, Georgian, Cherokee, the
   * Canadian syllabics and Tifinagh, and the last resorts for symbols and emoji, included), and
   * none is a letter of a joining right-to-left script it cannot shape, such as Syriac (such text
   * it refuses rather than print it unjoined).
   */
  static boolean printable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .codePoints()
        .allMatch(c -> !drawn(c) || (coveredBySomeFace(c) && !unshapeable(c)));
  }

  static byte[] pdf(Minutes minutes, ExportOptions options) {
    return Formats.export(PDF, minutes, options);
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of every page between the running header and the footer, pages joined, two ways:
   * in the order of the content (which keeps the lines of a table cell together, but may draw a
   * list's numbers before the text of the item above when the item runs over a page), and sorted
   * by position (the other way round). A string is in the PDF if it is in either.
   */
  static String body(byte[] pdf) {
    return body(pdf, false) + "\n" + body(pdf, true);
  }

  private static String body(byte[] pdf, boolean sorted) {
    try (PDDocument document = load(pdf)) {
      StringBuilder text = new StringBuilder();
      for (PDPage page : document.getPages()) {
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(sorted);
        stripper.addRegion(
            "body",
            new Rectangle2D.Float(0, HEADER_BOTTOM, width, height - HEADER_BOTTOM - FOOTER_TOP));
        stripper.extractRegions(page);
        text.append(stripper.getTextForRegion("body")).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What of a text a PDF shows, to compare with extracted text: in NFKC, without white space
   * (lines are broken anywhere) and without what is not drawn. The two extractions of {@link
   * #body} stay apart: their separating line end becomes U+0000, which no text has.
   */
  static String visible(String text) {
    StringBuilder visible = new StringBuilder();
    // NFKC: Arabic is drawn with presentation forms, which NFKC maps back to the letters.
    Normalizer.normalize(text, Normalizer.Form.NFKC)
        .codePoints()
        .filter(PdfText::drawn)
        .forEach(visible::appendCodePoint);
    return visible.toString();
  }

  /** {@link #body} made {@link #visible}, its two extractions kept apart. */
  static String visibleBody(byte[] pdf) {
    return visible(body(pdf, false)) + "\u0000" + visible(body(pdf, true));
  }

  /**
   * {@link #visibleBody} without the addresses the PDF prints after labelled links
   * ("&lt;https://…&gt;"). An address follows the whole word its link ends in ("shedkeepers
   * &lt;https://…&gt;"), so it stands inside the text of the span after the link when that span
   * starts with the rest of the word.
   */
  static String visibleBodyWithoutAddresses(byte[] pdf, Minutes minutes) {
    String body = visibleBody(pdf);
    for (String address : addresses(minutes)) {
      body = body.replace("<" + visible(address) + ">", "");
    }
    return body;
  }

  /** The target of every link annotation: its URI, or a description if it is no URI link. */
  static List<String> links(byte[] pdf) {
    List<String> targets = new ArrayList<>();
    try (PDDocument document = load(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink) {
            PDAction action = ((PDAnnotationLink) annotation).getAction();
            targets.add(
                action instanceof PDActionURI
                    ? ((PDActionURI) action).getURI()
                    : "(not a URI: " + (action == null ? "a destination" : action.getSubType()) + ")");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return targets;
  }

  /** The addresses of the minutes, for comparing with a PDF's links. */
  static Set<String> addresses(Minutes minutes) {
    Set<String> addresses = new TreeSet<>();
    for (ModelText.Piece piece : ModelText.of(minutes)) {
      if (piece.kind() == ModelText.Kind.ADDRESS) {
        addresses.add(piece.text());
      }
    }
    return addresses;
  }
}
