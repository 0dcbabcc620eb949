package io.github.minutes4j.html.internal;

import java.util.Locale;
import java.util.Optional;
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
   * The direction of a text whose strong characters all run one way: a Swedish sentence in
   * Arabic minutes, an Arabic one in Swedish minutes. A text with strong characters of both
   * directions ("John Smith قال إن الميزانية ...") or with none (digits and punctuation) has no
   * such direction, whatever its first strong character.
   *
   * @param text any text; never null
   * @return the one direction of its strong characters, or empty
   */
  public static Optional<TextDirection> ofStrongCharacters(CharSequence text) {
    boolean left = false;
    boolean right = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        left |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        continue;
      }
      int codePoint = Character.codePointAt(text, i);
      switch (Character.getDirectionality(codePoint)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          left = true;
          break;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          right = true;
          break;
        default:
          break;
      }
      if (left && right) {
        return Optional.empty();
      }
      i += Character.charCount(codePoint) - 1;
    }
    if (left == right) {
      return Optional.empty();
    }
    return Optional.of(left ? LTR : RTL);
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
