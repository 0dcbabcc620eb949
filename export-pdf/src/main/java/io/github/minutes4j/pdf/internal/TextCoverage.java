package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.MinutesVisitor;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.pdf.UnsupportedCharacterException.Reason;
import io.github.minutes4j.pdf.UnsupportedCharacterException.UnsupportedCharacter;
import io.github.minutes4j.pdf.UnsupportedCharacterException;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Checks, before anything is drawn, that every character a page prints can be printed correctly:
 * that some font has a glyph for it (openhtmltopdf would otherwise print "#", and veraPDF does not
 * notice), and, for Arabic letters, that the fonts also have the presentation forms the
 * {@link ArabicShaper} draws them with. Right-to-left text is reordered and shaped ({@link
 * JdkBidi}); only letters of joining scripts the shaper does not know (Syriac, N'Ko, Arabic
 * letters without presentation forms, ...) are refused, as they would print unjoined, and so are
 * the letters and vowel signs of scripts whose syllables must be shaped (Devanagari, Tamil,
 * Khmer, ...), which would print in the wrong order.
 *
 * <p>A character needs a glyph unless openhtmltopdf draws nothing for it anyway: white space
 * (drawn as a space), format characters such as zero-width joiners and direction marks, the soft
 * hyphen, the object replacement character and the variation selectors VS1 to VS16, which ask for
 * another look of the character before them ("©" followed by VS16, as phones write it, prints as
 * "©"; see {@link GlyphWidths#withoutInvisible}). Everything else, including private-use and
 * unassigned code points, which openhtmltopdf would silently drop, must be in some font.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
public final class TextCoverage {

  /** The path of the participant list, which a page may leave out. */
  private static final String PARTICIPANTS = "participants";

  /** How many characters of context to show on each side of a character. */
  private static final int CONTEXT = 24;

  private final FontSet fonts;
  private final Map<Integer, Finding> findings = new LinkedHashMap<>();

  /**
   * The characters of the Basic Multilingual Plane already found printable: a document repeats a
   * few hundred characters hundreds of thousands of times (the page repeats the model's text).
   */
  private final BitSet printable = new BitSet();

  private TextCoverage(FontSet fonts) {
    this.fonts = fonts;
  }

  /**
   * Checks, without drawing anything, what {@link MinutesPdf#render} checks before it draws: that
   * the logo can be printed and that the fonts can print every character of the page that the
   * printer makes for these minutes and options, its margins included. The PDF exporter's {@code
   * check}.
   *
   * @param printer makes the page; never null
   * @param fonts the printer's fonts; never null
   * @param minutes valid minutes; never null
   * @param options the export options; never null
   * @throws UnsupportedCharacterException naming every character no font covers
   * @throws io.github.minutes4j.core.format.InvalidLogoException if the logo cannot be printed
   * @throws IOException if writing the HTML page fails
   */
  public static void check(MinutesPdf printer, FontSet fonts, Minutes minutes, ExportOptions options)
      throws IOException {
    PrintEdition.logoImage(options.look());
    require(
        fonts,
        minutes,
        options.includeParticipants(),
        printer.page(minutes, options),
        marginText(options.labelsFor(minutes)));
  }

  /**
   * The text the stylesheet prints in the page margins, such as "Sida 1 av 2": the words, and
   * every digit a page number can have, in the labels' digits (Arabic-Indic for ar-u-nu-arab).
   */
  static String marginText(Labels labels) {
    return labels.text(Label.PAGE) + " " + labels.number(0) + labels.number(123456789) + " "
        + labels.text(Label.PAGE_OF);
  }

  /**
   * Checks the minutes' own text, every string {@link MinutesVisitor#walk} reaches (naming the
   * path of each problem), then all other text of the page (labels, generated text) and the text
   * of the page's margins.
   *
   * @param fonts the fonts
   * @param minutes the minutes
   * @param withParticipants whether the page prints the participant list
   * @param page the page to print, its text normalised to NFC
   * @param marginText text printed in the page margins by the stylesheet, such as "Sida av"
   * @throws UnsupportedCharacterException naming every character no font covers
   */
  static void require(
      FontSet fonts, Minutes minutes, boolean withParticipants, Document page, String marginText) {
    TextCoverage coverage = new TextCoverage(fonts);
    MinutesVisitor.walk(
        minutes,
        new MinutesVisitor() {
          @Override
          public boolean enter(String path, Record part) {
            return withParticipants || !path.equals(PARTICIPANTS);
          }

          @Override
          public void text(String path, String text) {
            // As the page prints it: in NFC, as one character where a letter and a mark compose.
            coverage.check(
                path,
                Normalizer.isNormalized(text, Normalizer.Form.NFC)
                    ? text
                    : Normalizer.normalize(text, Normalizer.Form.NFC));
          }
        });
    // What the page prints besides the minutes' own text. Characters already found above are
    // only counted again here, so their first place stays the path in the model.
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode) {
            coverage.check("", ((TextNode) node).getWholeText());
          }
        },
        page.body());
    for (Element link : page.body().select("a[href]")) {
      coverage.check("", link.attr("href"));
    }
    coverage.check("", marginText);
    if (!coverage.findings.isEmpty()) {
      List<UnsupportedCharacter> characters = new ArrayList<>();
      for (Finding finding : coverage.findings.values()) {
        characters.add(finding.toCharacter());
      }
      List<String> artifacts = new ArrayList<>(FallbackFonts.knownArtifacts(characters));
      // An artifact whose fonts were asked already lacks the characters too.
      artifacts.removeAll(fonts.fallbacks().artifacts());
      throw new UnsupportedCharacterException(characters, artifacts);
    }
  }

  private void check(String path, String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      Reason reason = printable.get(codePoint) ? null : problem(codePoint);
      if (reason == null && codePoint <= Character.MAX_VALUE) {
        printable.set(codePoint);
      } else if (reason != null) {
        Finding finding = findings.get(codePoint);
        if (finding == null) {
          findings.put(codePoint, new Finding(codePoint, reason, path, context(text, i)));
        } else if (!path.isEmpty() || finding.path.isEmpty()) {
          // A character first found in the model is counted there only: the page repeats the
          // model's text. One first found on the page is counted on the page.
          finding.occurrences++;
        }
      }
      i += Character.charCount(codePoint);
    }
  }

  /** Why a character cannot be printed, or null if it can. */
  private Reason problem(int codePoint) {
    if (!needsGlyph(codePoint)) {
      return null;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    Reason shaping = shapingProblem(script, codePoint);
    if (shaping != null) {
      return shaping;
    }
    if (!fonts.covers(codePoint)) {
      return Reason.NO_GLYPH;
    }
    if (script == Character.UnicodeScript.ARABIC) {
      for (int form : ArabicShaper.INSTANCE.formsOf(codePoint)) {
        if (!fonts.covers(form)) {
          return Reason.NO_GLYPH;
        }
      }
    }
    return null;
  }

  /**
   * Why a character of its script would print wrongly, whatever font has it, or null if it would
   * not.
   *
   * <p>{@link Reason#RIGHT_TO_LEFT}: an Arabic letter the {@link ArabicShaper} has no
   * presentation forms for, or a letter of another right-to-left script whose letters join, such
   * as Syriac, N'Ko or Mandaic: the exporter reorders such text but cannot shape it, and would
   * print its letters unjoined. Right-to-left scripts whose letters do not join (Hebrew, Thaana)
   * print correctly with a font that has them.
   *
   * <p>{@link Reason#COMPLEX_SCRIPT}: a letter or mark of a script whose syllables must be
   * shaped: vowel signs that stand before their consonant, conjuncts, stacked consonants
   * (Devanagari and the other Indic scripts, Sinhala, Khmer, Myanmar, Tibetan, ...).
   * openhtmltopdf draws a text's glyphs in the order of its characters, so "समिति" would print
   * with its vowel signs after their consonants. The script's digits and punctuation print as
   * they are. Of Thai and Lao, whose letters print in order, the vowel signs above and below and
   * the tone marks: a font places them with its positioning table, which the engine does not apply
   * (with Noto Sans Thai, the tone mark of "ที่" printed over its vowel sign and that of "ป่า" into
   * the stem of its letter, where neither can be seen; the refusal says so, and that the HTML
   * export shows them).
   */
  private static Reason shapingProblem(Character.UnicodeScript script, int codePoint) {
    switch (script) {
      case ARABIC:
        // Only Arabic text loads the shaper's tables.
        return ArabicShaper.INSTANCE.canShape(codePoint) ? null : Reason.RIGHT_TO_LEFT;
      case SYRIAC:
      case NKO:
      case MANDAIC:
      case ADLAM:
      case HANIFI_ROHINGYA:
      case MANICHAEAN:
      case PSALTER_PAHLAVI:
      case SOGDIAN:
        return Character.isLetter(codePoint) ? Reason.RIGHT_TO_LEFT : null;
      case THAI:
      case LAO:
        return Character.getType(codePoint) == Character.NON_SPACING_MARK
            ? Reason.COMPLEX_SCRIPT
            : null;
      case DEVANAGARI:
      case BENGALI:
      case GURMUKHI:
      case GUJARATI:
      case ORIYA:
      case TAMIL:
      case TELUGU:
      case KANNADA:
      case MALAYALAM:
      case SINHALA:
      case KHMER:
      case MYANMAR:
      case TIBETAN:
      case BALINESE:
      case JAVANESE:
      case MONGOLIAN:
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
            ? Reason.COMPLEX_SCRIPT
            : null;
      default:
        return null;
    }
  }

  /** Whether openhtmltopdf would draw a glyph (or its "#") for the character. */
  static boolean needsGlyph(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    if (type == Character.FORMAT || type == Character.CONTROL) {
      return false;
    }
    // The variation selectors VS1 to VS16: the character before them prints in its text look.
    return codePoint != 0xAD && codePoint != 0xFFFC && !GlyphWidths.variationSelector(codePoint);
  }

  private static String context(String text, int at) {
    int start = Math.max(0, at - CONTEXT);
    int end = Math.min(text.length(), at + CONTEXT);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    return (start > 0 ? "…" : "")
        + text.substring(start, end).replaceAll("\\s+", " ").strip()
        + (end < text.length() ? "…" : "");
  }

  /** The first occurrence of a character, and how often it occurs. */
  private static final class Finding {
    final int codePoint;
    final Reason reason;
    final String path;
    final String context;
    int occurrences = 1;

    Finding(int codePoint, Reason reason, String path, String context) {
      this.codePoint = codePoint;
      this.reason = reason;
      this.path = path;
      this.context = context;
    }

    UnsupportedCharacter toCharacter() {
      String name = Character.getName(codePoint);
      return new UnsupportedCharacter(
          codePoint, name == null ? "unassigned" : name, reason, path, context, occurrences);
    }
  }
}
