package io.github.minutes4j.pdf;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Adds fallback fonts for scripts that the fonts shipped with the PDF exporter lack, from an
 * artifact of their own, such as {@code io.github.minutes4j:minutes4j-fonts-cjk} for Chinese,
 * Japanese and Korean: fonts for such scripts weigh megabytes, so they are not in this module's
 * jar. The PDF exporter finds providers with {@link java.util.ServiceLoader}: register an
 * implementation with {@code provides io.github.minutes4j.pdf.FontProvider with ...} in {@code
 * module-info.java} and in {@code META-INF/services/io.github.minutes4j.pdf.FontProvider}. It needs
 * a public no-argument constructor (or a public static {@code provider()} method on the module
 * path).
 *
 * <p>The exporter made by {@code ServiceLoader} (the public constructor of {@link
 * PdfMinutesExporter}) and every exporter of its {@link PdfMinutesExporter#builder() builder}
 * consult the providers found on the class path and module path, discovered once per JVM through
 * the context class loader of the first export that needs them; the builder can also add a
 * provider by hand ({@link PdfMinutesExporter.Builder#addFontProvider}) or consult none ({@link
 * PdfMinutesExporter.Builder#useFontProviders}). A provider's faces come after every other font:
 * the shipped fonts and the fonts added with the builder draw what they have, and a provider's
 * face is asked only for a character they lack that is of one of the face's {@linkplain
 * Face#scripts() scripts}, common to all scripts (punctuation, digits, symbols, combining
 * marks), or, since 0.3.0, in the Halfwidth and Fullwidth Forms (U+FF00-U+FFEF), whose fullwidth
 * Latin letters ("ＡＢＣ") East Asian text uses. The glyph check ({@link
 * UnsupportedCharacterException}) asks the faces the same way.
 *
 * <p>Cheap for documents that do not need them: a face's file is opened and parsed when the first
 * character that needs it is checked, once per JVM, and never for a document whose characters the
 * other fonts have. It is embedded in a PDF, as a subset of the glyphs drawn, only when that PDF
 * draws with it. A discovered provider whose class cannot be loaded, or whose methods fail or
 * return what this interface does not allow, is left out without stopping the others, and logged
 * as a warning ({@code java.util.logging} logger {@code io.github.minutes4j.pdf}); one added by hand
 * makes {@link PdfMinutesExporter.Builder#build()} fail instead.
 *
 * <p>Implementations must be thread-safe; both methods are called once, at discovery.
 *
 * @since 0.3.0
 */
public interface FontProvider {

  /**
   * The artifact that brings this provider, for messages, as Maven coordinates without version.
   *
   * @return such as {@code io.github.minutes4j:minutes4j-fonts-cjk}; never null or blank
   */
  String artifact();

  /**
   * The faces, in the order they are tried.
   *
   * @return at least one face; never null, no null elements
   */
  List<Face> fonts();

  /**
   * One face of a fallback font: a TrueType file, how stylesheets name it, and the scripts it is
   * meant for. Immutable; two faces are equal when all their components are (the {@code data}
   * supplier by its own {@code equals}).
   *
   * @param data opens the TrueType ({@code .ttf}) font file, when a character first needs the
   *     face: once per JVM for an installed provider, once per exporter for one added with {@link
   *     PdfMinutesExporter.Builder#addFontProvider}; the stream is closed after it is read. Open a resource of the
   *     provider's own jar with a class of its own ({@code MyFonts.class.getResourceAsStream(...)}),
   *     which works on the module path without opening the package. CFF-based OpenType ({@code
   *     .otf}) and collections ({@code .ttc}) are not supported
   * @param family the family name, such as {@code Droid Sans Fallback}; 1 to 200 characters, no
   *     control characters
   * @param weight the CSS weight of the face, 1 to 1000: 400 for regular, 700 for bold
   * @param italic whether the face is italic
   * @param scripts the scripts the face is asked for, such as {@code HAN} and {@code HANGUL};
   *     at least one, not {@code COMMON}, {@code INHERITED} or {@code UNKNOWN} (characters common
   *     to all scripts are asked of every face anyway)
   * @since 0.3.0
   */
  record Face(
      Supplier<InputStream> data,
      String family,
      int weight,
      boolean italic,
      Set<Character.UnicodeScript> scripts) {

    /**
     * Checks and copies the components.
     *
     * @param data opens the font file
     * @param family the family name
     * @param weight the CSS weight
     * @param italic whether the face is italic
     * @param scripts the scripts the face is asked for
     * @throws NullPointerException if {@code data}, {@code family} or {@code scripts} is null, or
     *     {@code scripts} has a null element
     * @throws IllegalArgumentException if {@code family} is blank, longer than 200 characters or
     *     has control characters, {@code weight} is out of range, or {@code scripts} is empty or
     *     has {@code COMMON}, {@code INHERITED} or {@code UNKNOWN}
     */
    public Face {
      Objects.requireNonNull(data, "data");
      family = PdfMinutesExporter.Builder.checkedFamily(family);
      PdfMinutesExporter.Builder.checkWeight(weight);
      scripts = Set.copyOf(scripts);
      if (scripts.isEmpty()) {
        throw new IllegalArgumentException(
            "The font '" + family + "' is meant for no script; name at least one, such as HAN");
      }
      for (Character.UnicodeScript script : scripts) {
        if (script == Character.UnicodeScript.COMMON
            || script == Character.UnicodeScript.INHERITED
            || script == Character.UnicodeScript.UNKNOWN) {
          throw new IllegalArgumentException(
              "The font '"
                  + family
                  + "' names the script "
                  + script
                  + ", which is not a script of its own; name the scripts whose letters it has,"
                  + " such as HAN (characters common to all scripts are asked of every font)");
        }
      }
    }
  }
}
