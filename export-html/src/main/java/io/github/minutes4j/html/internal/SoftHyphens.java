package io.github.minutes4j.html.internal;

import java.util.Set;

/**
 * Puts soft hyphens (U+00AD) into long Swedish words, so that a heading on a narrow screen breaks
 * a compound such as "Digitaliseringsrådet" at a syllable and with a hyphen ("Digitaliserings-" /
 * "rådet"), instead of mid-syllable and without one ("Digitaliseringsråde" / "t"), which is what
 * browsers do with {@code overflow-wrap} when they have no Swedish hyphenation dictionary (most
 * have none; CSS {@code hyphens: auto} then does nothing).
 *
 * <p>The rule is the Swedish school rule: a break goes before the last consonant ahead of a vowel
 * ("gi-ta", "grup-pen"), or before the last two when they can begin a Swedish word ("nings-grup",
 * "Region-sjuk"), and never inside "ck" or "ng" ("teck-ning", "ning-ar"), keeping at least three letters at the start and end of the word. It finds syllables, not always
 * compound boundaries, and a soft hyphen is invisible unless the line breaks there. Browsers,
 * search and screen readers ignore soft hyphens otherwise.
 *
 * <p>Stateless.
 */
final class SoftHyphens {

  /** Words shorter than this are left alone: they fit a phone's line at heading size. */
  static final int MIN_LETTERS = 14;

  static final char SOFT_HYPHEN = '\u00AD';

  /** The fewest letters left at the end of a line or carried to the next: "digi-", not "di-". */
  static final int MIN_FRAGMENT = 3;

  private static final String VOWELS = "aeiouyåäöéèüæø";

  /** Two consonants that can begin a Swedish word, and so stay together after a break. */
  private static final Set<String> ONSETS =
      Set.of(
          "bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "kv", "pl", "pr", "sj",
          "sk", "sl", "sm", "sn", "sp", "st", "sv", "tj", "tr", "tv", "kj", "pj", "bj", "fj", "dj",
          "gj", "lj", "mj", "nj", "vr");

  private SoftHyphens() {}

  /**
   * The text with soft hyphens in each word of at least {@link #MIN_LETTERS} letters.
   *
   * @param text Swedish text
   * @return the text, with soft hyphens added; the same string if none was added
   */
  static String swedish(String text) {
    int at = firstLongWord(text);
    if (at < 0) {
      return text; // most headings: no word long enough, nothing to build
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, at);
    while (at < text.length()) {
      int end = at;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == at) {
        out.append(text.charAt(at++));
      } else if (end - at >= MIN_LETTERS) {
        hyphenate(text.substring(at, end), out);
        at = end;
      } else {
        out.append(text, at, end);
        at = end;
      }
    }
    return out.length() == text.length() ? text : out.toString();
  }

  /** Where the first word of at least {@link #MIN_LETTERS} letters starts; -1 if none. */
  private static int firstLongWord(String text) {
    int letters = 0;
    for (int i = 0, length = text.length(); i < length; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
        if (letters == MIN_LETTERS) {
          return i + 1 - MIN_LETTERS;
        }
      } else {
        letters = 0;
      }
    }
    return -1;
  }

  private static void hyphenate(String word, StringBuilder out) {
    // Lower case letter by letter, so that each index of lower is the same letter's in word:
    // String.toLowerCase turns the Turkish "İ" into two characters ("i" and a combining dot), which
    // shifted every later break by one ("İstanb-ulk-omm-un").
    StringBuilder lowered = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      lowered.append(Character.toLowerCase(word.charAt(i)));
    }
    String lower = lowered.toString();
    int last = 0;
    for (int vowel = 2; vowel < word.length() - 1; vowel++) {
      if (!isVowel(lower.charAt(vowel)) || isVowel(lower.charAt(vowel - 1))) {
        continue;
      }
      // vowel is a vowel after a consonant at vowel - 1: break before that consonant, or before
      // the two consonants if they can begin a word and a consonant comes before them.
      int at = vowel - 1;
      if (lower.charAt(at) == 's' && !isVowel(lower.charAt(at - 1))) {
        // A consonant, "s", a vowel: often a compound's linking "s" before a word that starts
        // with a vowel ("verksamhets|utveckling"), which the rule would break as "het-sut". Too
        // ambiguous to break at all.
        continue;
      }
      if (at >= 1 && isDigraph(lower, at - 1)) {
        at = vowel; // "ck" and "ng" stay together: "ning-ar", not "nin-gar"
      } else if (at - 1 > last
          && !isDigraph(lower, at - 2)
          && !isVowel(lower.charAt(at - 1))
          && ONSETS.contains(lower.substring(at - 1, at + 1))
          && at - 2 >= 0
          && !isVowel(lower.charAt(at - 2))) {
        at--;
      }
      if (at - last >= 2 && at >= MIN_FRAGMENT && hasVowel(lower, last, at)
          && word.length() - at >= MIN_FRAGMENT) {
        out.append(word, last, at).append(SOFT_HYPHEN);
        last = at;
      }
    }
    out.append(word, last, word.length());
  }

  /** Whether "ck" or "ng" starts at an index. */
  private static boolean isDigraph(String word, int at) {
    return at >= 0
        && at + 1 < word.length()
        && (word.startsWith("ck", at) || word.startsWith("ng", at));
  }

  private static boolean hasVowel(String word, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isVowel(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }
}
