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
}
