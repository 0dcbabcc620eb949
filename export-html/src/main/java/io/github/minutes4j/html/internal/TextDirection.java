package io.github.minutes4j.html.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The direction a language is written in, from its language subtag (and script subtag, where one
 * is given: {@code az-Arab} is right to left, {@code ku-Latn} left to right).
 *
 * <p>The right-to-left languages are those whose usual script is Arabic, Hebrew, Thaana, Syriac,
 * N'Ko or Adlam: Arabic, Persian, Dari, Urdu, Pashto, Sindhi, Uyghur, Central Kurdish, Hebrew,
 * Yiddish, Divehi, Syriac, N'Ko and a few more. A script subtag decides over the list.
 *
 * <p>Internal to the module (its package is not exported); no compatibility promise.
 *
 * @since 0.2.0
 */
public enum TextDirection {
  /** Left to right, as Latin, Greek and Cyrillic. */
  LTR,
  /** Right to left, as Arabic and Hebrew. */
  RTL;

  private static final Set<String> RTL_LANGUAGES =
      Set.of(
          "ar", "arc", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks", "mzn", "nqo",
          "pnb", "prs", "ps", "sd", "syr", "ug", "ur", "yi");

  private static final Set<String> RTL_SCRIPTS =
      Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Mand", "Rohg", "Samr");

  /**
   * The direction of a language.
   *
   * @param locale the language, such as {@code Locale.forLanguageTag("fa-IR")}; never null
   * @return {@link #RTL} for a right-to-left language or script, else {@link #LTR}
   */
  public static TextDirection of(Locale locale) {
    String script = locale.getScript();
    if (!script.isEmpty()) {
      return RTL_SCRIPTS.contains(script) ? RTL : LTR;
    }
    return RTL_LANGUAGES.contains(locale.getLanguage()) ? RTL : LTR;
  }

  /**
   * Whether a text has a strong character of this direction: a Latin, Greek or Devanagari letter
   * for {@link #LTR}, an Arabic or Hebrew one for {@link #RTL}. Digits, punctuation and symbols are
   * of neither. Reads the text only up to the first such character, which most running text of a
   * page of this direction begins with.
   *
   * @param text any text; never null
   * @return true if one of its characters runs strongly in this direction
   */
  public boolean hasStrongCharacterIn(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (this == LTR && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          return true;
        }
        continue;
      }
      int codePoint = Character.codePointAt(text, i);
      byte directionality = Character.getDirectionality(codePoint);
      if (this == LTR
          ? directionality == Character.DIRECTIONALITY_LEFT_TO_RIGHT
          : directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
              || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(codePoint) - 1;
    }
    return false;
  }

  /**
   * The other direction.
   *
   * @return {@link #RTL} for {@link #LTR}, and the other way round
   */
  public TextDirection opposite() {
    return this == LTR ? RTL : LTR;
  }

  /**
   * The value of an HTML {@code dir} attribute.
   *
   * @return {@code ltr} or {@code rtl}
   */
  public String attribute() {
    return name().toLowerCase(Locale.ROOT);
  }
}
