package io.github.minutes4j.pdf;

import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.pdf.internal.FallbackFonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by {@link PdfMinutesExporter} before it writes anything when the minutes contain
 * characters that it cannot print correctly. Without this check the PDF engine would silently
 * print "#" for a character that none of its fonts has, and would print the letters of a joining
 * script it cannot shape (such as Syriac) unjoined.
 *
 * <p>The message and {@link #characters()} name every such character once: its code point, its
 * Unicode name, why it cannot be printed, where in the minutes it first occurs (a path such as
 * {@code agenda[2].heading}, the way {@link io.github.minutes4j.core.validation.Violation} names
 * places) and the text around it. Remove the characters, or, for a character no font has, give the
 * exporter a font that has it with {@link PdfMinutesExporter.Builder#addFont}. When minutes4j
 * publishes an artifact with fonts for the character's script that the exporter did not consult,
 * such as {@code io.github.minutes4j:minutes4j-fonts-cjk} for Chinese, Japanese and Korean, the
 * message names it too ({@link #artifacts()}): on the class path or module path, the exporter
 * finds its fonts ({@link FontProvider}).
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures.
 *
 * @since 0.1.0
 */
public final class UnsupportedCharacterException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** How the message advises adding a font: through the exporter's builder. */
  private static final String API_FONTS = "PdfMinutesExporter.builder().addFont(...)";

  /** How many characters the message lists before it says "and N more". */
  private static final int LISTED = 20;

  /** @serial every character that cannot be printed, in order of first occurrence */
  private final List<UnsupportedCharacter> characters;

  /** @serial the artifacts with fonts for some of the characters, as Maven coordinates */
  private final List<String> artifacts;

  /**
   * Creates the exception, naming the artifacts of minutes4j's that have fonts for the scripts of
   * the characters that no font has.
   *
   * @param characters the characters that cannot be printed, each once; at least one
   * @throws IllegalArgumentException if {@code characters} is empty
   * @throws NullPointerException if the list or an element is null
   */
  public UnsupportedCharacterException(List<UnsupportedCharacter> characters) {
    this(characters, FallbackFonts.knownArtifacts(characters));
  }

  /**
   * Creates the exception, naming some artifacts that have fonts for some of the characters.
   *
   * @param characters the characters that cannot be printed, each once; at least one
   * @param artifacts Maven coordinates of artifacts that would print some of the characters, such
   *     as {@code io.github.minutes4j:minutes4j-fonts-cjk}; may be empty
   * @throws IllegalArgumentException if {@code characters} is empty
   * @throws NullPointerException if a list or an element is null
   * @since 0.3.0
   */
  public UnsupportedCharacterException(
      List<UnsupportedCharacter> characters, List<String> artifacts) {
    super(messageOf(characters, API_FONTS, artifacts));
    this.characters = List.copyOf(characters);
    this.artifacts = List.copyOf(artifacts);
  }

  /**
   * Artifacts that would print some of the characters if put on the class path or module path,
   * and that the exporter did not consult: minutes4j's font artifacts for the characters' scripts.
   *
   * @return Maven coordinates, such as {@code [io.github.minutes4j:minutes4j-fonts-cjk]}; empty if
   *     none is known
   * @since 0.3.0
   */
  public List<String> artifacts() {
    return artifacts;
  }

  /**
   * Every character that cannot be printed, each once, in the order they first occur.
   *
   * @return the characters; never empty
   */
  public List<UnsupportedCharacter> characters() {
    return characters;
  }

  /**
   * The message, advising another way to add a font than the exporter's builder: for a tool that
   * builds the exporter for its user, such as the command line's {@code --font} option.
   *
   * @param addFont how the tool's user adds a font, such as {@code --font FILE.ttf}; never null
   * @return the message, with that advice where {@link #getMessage()} advises the builder
   * @throws NullPointerException if {@code addFont} is null
   * @since 0.3.0
   */
  public String messageAdvising(String addFont) {
    return messageOf(characters, Objects.requireNonNull(addFont, "addFont"), artifacts);
  }

  private static String messageOf(
      List<UnsupportedCharacter> characters, String addFont, List<String> artifacts) {
    if (characters.isEmpty()) {
      throw new IllegalArgumentException("an UnsupportedCharacterException needs a character");
    }
    StringBuilder message =
        new StringBuilder("The PDF cannot show ")
            .append(characters.size())
            .append(characters.size() == 1 ? " character" : " characters")
            .append(" of these minutes correctly:");
    for (int i = 0; i < Math.min(LISTED, characters.size()); i++) {
      message.append("\n  ").append(characters.get(i));
    }
    if (characters.size() > LISTED) {
      message.append("\n  and ").append(characters.size() - LISTED).append(" more");
    }
    boolean noGlyph = characters.stream().anyMatch(c -> c.reason() == Reason.NO_GLYPH);
    boolean rightToLeft = characters.stream().anyMatch(c -> c.reason() == Reason.RIGHT_TO_LEFT);
    boolean complex =
        characters.stream()
            .anyMatch(c -> c.reason() == Reason.COMPLEX_SCRIPT && !c.unplacedMark());
    boolean marks = characters.stream().anyMatch(UnsupportedCharacter::unplacedMark);
    if (noGlyph) {
      message.append(
          "\nRemove a character no font has, or add a font that has it with " + addFont + ".");
    }
    for (String artifact : artifacts) {
      message.append("\n").append(artifactAdvice(characters, Objects.requireNonNull(artifact)));
    }
    if (rightToLeft) {
      message.append(
          "\nRemove these letters: the PDF exporter prints Arabic, Persian, Urdu and Hebrew, but"
              + " cannot join the letters of this script.");
    }
    if (complex) {
      message.append(
          "\nRemove these letters, or publish these minutes as HTML, which a browser shapes: the"
              + " PDF exporter cannot shape this script (its vowel signs and conjuncts would print"
              + " in the wrong order), even with a font that has it.");
    }
    if (marks) {
      message.append(
          "\nRemove these marks, or publish these minutes as HTML, which a browser positions: the"
              + " PDF exporter cannot position the vowel signs above and below and the tone marks"
              + " of Thai and Lao (a tone mark would print over the vowel sign or into the letter"
              + " under it), even with a font that has them.");
    }
    return message.toString();
  }

  /**
   * Says where an artifact's fonts help, such as "The letters of Han and Hangul print with the
   * fonts of io.github.minutes4j:minutes4j-fonts-cjk: put it on the class path or module path."
   */
  private static String artifactAdvice(List<UnsupportedCharacter> characters, String artifact) {
    List<String> scripts = new ArrayList<>();
    for (UnsupportedCharacter character : characters) {
      if (FallbackFonts.knownArtifact(character).filter(artifact::equals).isPresent()) {
        String script = Character.UnicodeScript.of(character.codePoint()).name().replace('_', ' ');
        String name = script.charAt(0) + script.substring(1).toLowerCase(Locale.ROOT);
        if (!scripts.contains(name)) {
          scripts.add(name);
        }
      }
    }
    String which =
        scripts.isEmpty()
            ? "Some of these characters print"
            : "The letters of "
                + (scripts.size() == 1
                    ? scripts.get(0)
                    : String.join(", ", scripts.subList(0, scripts.size() - 1))
                        + " and "
                        + scripts.get(scripts.size() - 1))
                + " print";
    return which + " with the fonts of " + artifact
        + ": add that artifact to the class path or module path.";
  }

  /**
   * Why a character cannot be printed.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** None of the exporter's fonts has a glyph for it. */
    NO_GLYPH,
    /**
     * It is a letter of a right-to-left script whose letters join, such as Syriac, or an Arabic
     * letter without presentation forms, which the PDF exporter cannot shape and would print
     * unjoined. (Before 0.2.0 all right-to-left text was refused; Arabic, Persian, Urdu and Hebrew
     * now print.)
     */
    RIGHT_TO_LEFT,
    /**
     * It is a letter or vowel sign of a script whose syllables must be shaped (vowel signs moved
     * before their consonant, conjuncts formed), such as Devanagari, Bengali, Tamil, Sinhala,
     * Khmer, Myanmar or Tibetan: the PDF exporter cannot shape them, and would print them in the
     * wrong order even with a font that has them. Also the vowel signs above and below and the
     * tone marks of Thai and Lao, which it cannot position: with Noto Sans Thai, the tone mark of
     * "ที่" printed over its vowel sign and that of "ป่า" into the stem of its letter (their
     * letters need a font only). A browser positions them: the HTML export shows such text.
     *
     * @since 0.3.0
     */
    COMPLEX_SCRIPT
  }

  /**
   * One character that cannot be printed, and where it first occurs.
   *
   * @param codePoint the character's Unicode code point
   * @param name its Unicode name, such as {@code GRINNING FACE}, or {@code unassigned} for a code
   *     point Unicode (as this JVM knows it) does not assign
   * @param reason why it cannot be printed
   * @param path where in the minutes it first occurs, such as {@code agenda[2].heading}; empty if
   *     the text is not the minutes' own but printed around them, such as a label
   * @param context the text around that first occurrence, shortened to a few words
   * @param occurrences how many times it occurs in all
   * @since 0.1.0
   */
  public record UnsupportedCharacter(
      int codePoint, String name, Reason reason, String path, String context, int occurrences) {

    /**
     * Creates a record.
     *
     * @param codePoint the character's Unicode code point
     * @param name its Unicode name, or {@code unassigned}
     * @param reason why it cannot be printed
     * @param path where in the minutes it first occurs; empty for text printed around them
     * @param context the text around that first occurrence
     * @param occurrences how many times it occurs in all
     *
     * @throws NullPointerException if {@code name}, {@code reason}, {@code path} or {@code
     *     context} is null
     * @throws IllegalArgumentException if {@code codePoint} is not a valid code point or {@code
     *     occurrences} is less than 1
     */
    public UnsupportedCharacter {
      if (!Character.isValidCodePoint(codePoint)) {
        throw new IllegalArgumentException("not a code point: " + codePoint);
      }
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(context, "context");
      if (occurrences < 1) {
        throw new IllegalArgumentException("occurrences must be at least 1");
      }
    }

    /**
     * The code point as Unicode writes it.
     *
     * @return such as {@code U+1F600}
     */
    public String codePointText() {
      return String.format("U+%04X", codePoint);
    }

    /**
     * The character as one line, such as {@code U+6F22 漢 (CJK UNIFIED IDEOGRAPH-6F22), no font
     * has it, in title: "Möte om 漢"}.
     *
     * @return the line
     */
    @Override
    public String toString() {
      return codePointText()
          + " "
          + new String(Character.toChars(codePoint))
          + " ("
          + name
          + "), "
          + reasonText()
          + ", in "
          + (path.isEmpty() ? "the text printed around the minutes" : path)
          + ": \""
          + context
          + "\""
          + (occurrences > 1 ? " (" + occurrences + " times in all)" : "");
    }

    /** Why the character cannot be printed, in the words of {@link #toString}. */
    private String reasonText() {
      return switch (reason) {
        case NO_GLYPH -> "no font has it";
        case RIGHT_TO_LEFT -> "right-to-left script that cannot be joined";
        case COMPLEX_SCRIPT -> unplacedMark()
            ? "mark that the PDF cannot position"
            : "script that the PDF cannot shape";
      };
    }

    /**
     * Whether this is a vowel sign or tone mark of Thai or Lao, which a font places with its
     * positioning table; the PDF exporter does not apply it.
     */
    private boolean unplacedMark() {
      if (reason != Reason.COMPLEX_SCRIPT) {
        return false;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      return script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO;
    }
  }
}
