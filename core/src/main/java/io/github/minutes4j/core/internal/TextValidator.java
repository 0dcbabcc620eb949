package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Text}: not blank, not too long, no control, bidirectional-override, noncharacter or
 * private-use characters. Of the bidirectional controls, the embeddings, overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069) are refused and the marks (U+200E, U+200F, U+061C) allowed:
 * see {@link Text} for why.
 */
public final class TextValidator implements ConstraintValidator<Text, String> {

  private int max;
  private boolean allowBlank;

  /** Creates a validator; Hibernate Validator calls {@link #initialize(Text)} next. */
  public TextValidator() {}

  @Override
  public void initialize(Text annotation) {
    max = annotation.max();
    allowBlank = annotation.allowBlank();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true; // The model refuses null at construction; nothing to add here.
    }
    String problem = problemOf(value, max, allowBlank);
    if (problem == null) {
      return true;
    }
    Messages.replace(context, problem);
    return false;
  }

  /**
   * Says what is wrong with a text, or returns null when nothing is.
   *
   * @param value the text
   * @param max the longest allowed length
   * @param allowBlank whether white space only is fine
   * @return the problem, or null
   */
  static String problemOf(String value, int max, boolean allowBlank) {
    if (isPlain(value, max)) {
      return null;
    }
    if (value.isEmpty()) {
      return "must not be empty";
    }
    if (!allowBlank && value.isBlank()) {
      return "must not be blank";
    }
    if (value.length() > max) {
      return "is " + value.length() + " characters long; shorten it to at most " + max;
    }
    if (!allowBlank) {
      String invisible = invisibleOnly(value);
      if (invisible != null) {
        return invisible;
      }
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (Characters.isLineBreak(c)) {
        return lineBreak(value, i);
      }
      String name = forbiddenCharacterName(c);
      if (name != null) {
        return Messages.contains(name, c, i)
            + "; "
            + (Characters.isPrivateUse(c)
                ? "it has no standard meaning and no glyph in the PDF fonts; replace it with a"
                    + " standard character"
                : "remove it or replace it with visible text");
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /**
   * A quick check for the common case, which decides nothing else: whether a text is short enough,
   * starts with a character that shows (so it is not blank), and has only characters
   * that no rule forbids and that need no look-up: printable ASCII and U+00A0 to U+2027, a range
   * with no control, separator, bidirectional formatting, surrogate, noncharacter or private-use
   * character. Any other text takes the full check.
   *
   * @param value the text
   * @param max the longest allowed length
   * @return true if the text is certainly valid
   */
  private static boolean isPlain(String value, int max) {
    int length = value.length();
    if (length == 0 || length > max) {
      return false;
    }
    char first = value.charAt(0);
    // Printable ASCII always shows, so only a first character past U+00A0 is looked up.
    if (first <= ' '
        || (first >= '\u007F' && !(first > '\u00A0' && first < '\u1680'))
        || (first > '\u00A0' && Characters.isInvisible(first))) {
      return false; // possibly white space: the full check decides about blank text
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < ' ' || (c >= '\u007F' && (c < '\u00A0' || c >= '\u2028'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The problem of a text that shows nothing, though it is not blank to {@link String#isBlank()}:
   * only white space and invisible characters, such as a zero width space (U+200B) or a no-break
   * space (U+00A0); or null if a character shows. Such a text would print as an empty heading or
   * name.
   */
  private static String invisibleOnly(String value) {
    String why = whyNothingShows(value);
    return why == null
        ? null
        : "must not be blank: " + why + "; write the text, or leave the part out if there is none";
  }

  /**
   * Why a text that {@link String#isBlank()} does not call blank shows nothing, naming its first
   * character that is not white space to Java: {@code it shows nothing, as it holds only white
   * space and invisible characters (U+200B at index 0)}.
   *
   * @param value the text, not blank to {@link String#isBlank()}
   * @return the reason; null if a character of the text shows
   */
  static String whyNothingShows(String value) {
    if (!showsNothing(value)) {
      return null;
    }
    int first = 0;
    while (Character.isWhitespace(value.codePointAt(first))) {
      first += Character.charCount(value.codePointAt(first));
    }
    return "it shows nothing, as it holds only white space and invisible characters ("
        + Messages.codePoint(value.codePointAt(first)) + " at index " + first + ")";
  }

  /**
   * Whether a text shows nothing: it holds only white space and invisible characters ({@link
   * Characters#isInvisible}), the text that {@link Text} calls blank. Empty text shows nothing.
   *
   * @param value the text
   * @return true if no character of the text shows
   */
  static boolean showsNothing(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!Characters.isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * The problem of a line break, the most common forbidden character (text pasted from an editor,
   * a form's text area, a Windows file's CR LF), with how to express what it meant.
   */
  private static String lineBreak(String value, int index) {
    boolean windows =
        value.charAt(index) == '\r'
            && index + 1 < value.length()
            && value.charAt(index + 1) == '\n';
    return "contains a line break ("
        + (windows
            ? "U+000D U+000A, a Windows line ending"
            : Messages.codePoint(value.charAt(index)))
        + ") at index "
        + index
        + "; a text is one line: make each paragraph a block of its own (each line of a list an"
        + " item), or replace the line break with a space";
  }

  private static String forbiddenCharacterName(int c) {
    String name = Characters.forbiddenName(c);
    return name == null && Characters.isPrivateUse(c) ? "the private-use character" : name;
  }
}
