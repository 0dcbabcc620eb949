package io.github.minutes4j.fonts.cjk;

import io.github.minutes4j.pdf.FontProvider;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * Fonts for Chinese, Japanese and Korean for the PDF exporter: Droid Sans Fallback (Apache License
 * 2.0) for Han, Bopomofo, Hiragana and Katakana, with the punctuation and full-width forms that go
 * with them, and NanumSquare (SIL Open Font License 1.1), regular and bold, for Hangul, which Droid
 * Sans Fallback lacks (it has the jamo, but 3 of the 11,172 syllables). With this jar on the class
 * path or module path, the PDF exporter prints names such as "王小明", "さくら" and "김민준", which
 * it refuses without it.
 *
 * <p>Droid Sans Fallback has one face, regular: text that the page sets in bold (headings, names in
 * bold, table headers) prints Chinese and Japanese letters in the regular weight, beside bold Latin
 * letters; Korean letters print bold. Each file (3.9 MB, 0.7 MB each) is parsed once per JVM, when a
 * character first needs it, and each PDF that draws with a face embeds a subset of the glyphs it
 * draws.
 *
 * <p>Found by {@link java.util.ServiceLoader}; to add it by hand instead, as to an exporter whose
 * builder turns the installed providers off: {@code
 * PdfMinutesExporter.builder().useFontProviders(false).addFontProvider(new CjkFonts())}. Stateless
 * and thread-safe.
 *
 * @since 0.3.0
 */
public final class CjkFonts implements FontProvider {

  /** This artifact's Maven coordinates, without version. */
  public static final String ARTIFACT = "io.github.minutes4j:minutes4j-fonts-cjk";

  /** The family name of the font for Han, Bopomofo, Hiragana and Katakana. */
  public static final String FAMILY = "Droid Sans Fallback";

  /** The family name of the fonts for Hangul. */
  public static final String HANGUL_FAMILY = "NanumSquare";

  private static final List<FontProvider.Face> FACES =
      List.of(
          face(
              "DroidSansFallbackFull.ttf",
              FAMILY,
              400,
              Set.of(
                  Character.UnicodeScript.HAN,
                  Character.UnicodeScript.BOPOMOFO,
                  Character.UnicodeScript.HIRAGANA,
                  Character.UnicodeScript.KATAKANA)),
          face("NanumSquareR.ttf", HANGUL_FAMILY, 400, Set.of(Character.UnicodeScript.HANGUL)),
          face("NanumSquareB.ttf", HANGUL_FAMILY, 700, Set.of(Character.UnicodeScript.HANGUL)));

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public CjkFonts() {}

  /**
   * This artifact.
   *
   * @return {@value #ARTIFACT}
   */
  @Override
  public String artifact() {
    return ARTIFACT;
  }

  /**
   * Droid Sans Fallback, regular, for Han, Bopomofo, Hiragana and Katakana; NanumSquare, regular
   * and bold, for Hangul.
   *
   * @return the three faces
   */
  @Override
  public List<FontProvider.Face> fonts() {
    return FACES;
  }

  /**
   * A face whose file is next to this class, opened through this class, so that the module's own
   * resource is found on the module path without opening its package.
   */
  private static FontProvider.Face face(
      String file, String family, int weight, Set<Character.UnicodeScript> scripts) {
    return new FontProvider.Face(
        () -> {
          InputStream in = CjkFonts.class.getResourceAsStream(file);
          if (in == null) {
            throw new IllegalStateException(
                "The font " + file + " is missing from " + ARTIFACT + "; the jar is damaged");
          }
          return in;
        },
        family,
        weight,
        false,
        scripts);
  }
}
