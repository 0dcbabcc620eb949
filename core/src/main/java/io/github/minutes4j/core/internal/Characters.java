package io.github.minutes4j.core.internal;

/**
 * Kinds of characters that have no place in text a person reads or in an address, shared by the
 * text and address validators so that both name them the same way.
 */
final class Characters {

  private Characters() {}

  /**
   * Whether a code point is one of the 66 Unicode noncharacters: U+FDD0 to U+FDEF and the last
   * two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, ..., U+10FFFF). They are reserved
   * for a program's internal use and must not be interchanged.
   *
   * @param codePoint the code point
   * @return true for a noncharacter
   */
  static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /**
   * Whether a code point is a character of a Private Use Area (U+E000 to U+F8FF, planes 15 and
   * 16), which has no agreed meaning and no glyph in the fonts the PDF embeds.
   *
   * @param codePoint the code point
   * @return true for a private-use character
   */
  static boolean isPrivateUse(int codePoint) {
    return Character.getType(codePoint) == Character.PRIVATE_USE;
  }

  /**
   * Whether a code point is an embedding, override or isolate character (U+202A to U+202E,
   * U+2066 to U+2069), which changes the order in which the text around it is shown.
   *
   * @param codePoint the code point
   * @return true for an embedding, override or isolate
   */
  static boolean isBidiEmbeddingOrIsolate(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /**
   * Whether a code point breaks a line: CR, LF, the line separator U+2028 or the paragraph
   * separator U+2029.
   *
   * @param codePoint the code point
   * @return true for a line break
   */
  static boolean isLineBreak(int codePoint) {
    return codePoint == '\r' || codePoint == '\n' || codePoint == 0x2028 || codePoint == 0x2029;
  }

  /**
   * The name of a character that no one-line text may hold, of the minutes or of the options,
   * such as {@code the control character}: an unpaired surrogate, a control character, a
   * bidirectional embedding, override or isolate, or a noncharacter. Line breaks are controls or
   * separators, so a caller that names them apart checks {@link #isLineBreak} first.
   *
   * @param codePoint the code point
   * @return its name in a message, or null if it is none of these
   */
  static String forbiddenName(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.SURROGATE) {
      return "the unpaired surrogate";
    }
    if (type == Character.CONTROL) {
      return "the control character";
    }
    if (isBidiEmbeddingOrIsolate(codePoint)) {
      return "the bidirectional formatting character";
    }
    if (isNoncharacter(codePoint)) {
      return "the noncharacter";
    }
    return null;
  }

  /**
   * Whether a code point is an invisible bidirectional control: an embedding, override or isolate,
   * or one of the marks U+200E (left-to-right), U+200F (right-to-left) and U+061C (Arabic letter
   * mark).
   *
   * @param codePoint the code point
   * @return true for a bidirectional control
   */
  static boolean isBidiControl(int codePoint) {
    return isBidiEmbeddingOrIsolate(codePoint)
        || codePoint == 0x200E
        || codePoint == 0x200F
        || codePoint == 0x061C;
  }

  /**
   * Whether a code point shows nothing by itself: white space (that of {@link String#isBlank()},
   * and the no-break spaces U+00A0, U+2007 and U+202F), or a character Unicode makes invisible
   * (default ignorable): a format character (such as U+00AD soft hyphen, U+200B zero width space,
   * U+2060 word joiner, U+FEFF), the combining grapheme joiner U+034F, a variation selector, a
   * Mongolian free variation selector, a Khmer inherent vowel (U+17B4, U+17B5) or a Hangul filler.
   * The format characters that do show a sign (the Arabic number signs U+0600 to U+0605 and their
   * kin) are visible.
   *
   * @param codePoint the code point
   * @return true if the code point shows nothing
   */
  static boolean isInvisible(int codePoint) {
    if (isSpace(codePoint)) {
      return true;
    }
    if (Character.getType(codePoint) == Character.FORMAT) {
      return !isVisibleFormat(codePoint);
    }
    return codePoint == 0x034F
        || codePoint == 0x115F
        || codePoint == 0x1160
        || codePoint == 0x17B4
        || codePoint == 0x17B5
        || codePoint == 0x3164
        || codePoint == 0xFFA0
        || (codePoint >= 0x180B && codePoint <= 0x180F)
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
  }

  /**
   * Whether a code point is white space: that of {@link String#isBlank()}, or a Unicode space
   * separator such as the no-break spaces U+00A0, U+2007 and U+202F.
   *
   * @param codePoint the code point
   * @return true if the code point is a space
   */
  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** The format characters that print a sign (prepended concatenation marks and the like). */
  private static boolean isVisibleFormat(int codePoint) {
    return (codePoint >= 0x0600 && codePoint <= 0x0605)
        || codePoint == 0x06DD
        || codePoint == 0x070F
        || codePoint == 0x0890
        || codePoint == 0x0891
        || codePoint == 0x08E2
        || codePoint == 0x110BD
        || codePoint == 0x110CD;
  }
}
