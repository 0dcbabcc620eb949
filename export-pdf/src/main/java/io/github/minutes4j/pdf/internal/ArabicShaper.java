package io.github.minutes4j.pdf.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Arabic shaping without a library: replaces each letter of a right-to-left run with its
 * isolated, final, initial or medial presentation form, and lam followed by alef with their
 * ligature, so that a font without an OpenType shaping engine (openhtmltopdf has none) draws the
 * letters joined.
 *
 * <p>The tables are built once from the JDK's own Unicode data, not typed in: every character of
 * the Arabic Presentation Forms blocks (U+FB50-U+FDFF, U+FE70-U+FEFC) whose NFKC decomposition is
 * one letter is a form of that letter, and its Unicode name ("... FINAL FORM") says which. A
 * letter with an initial or medial form joins on both sides, one with a final form only on its
 * right (alef, dal, reh, waw), one with an isolated form only on neither (hamza). This covers
 * Arabic, and also Persian, Urdu and the other letters the blocks have (peh, tcheh, jeh, gaf,
 * keheh, farsi yeh), which ICU4J's {@code ArabicShaping} leaves unjoined. Marks (harakat) and
 * format characters are transparent: a letter joins across them. The zero width joiner and
 * tatweel join on both sides; the zero width non-joiner breaks a join.
 *
 * <p>Letters without presentation forms (some of the Arabic Extended blocks) cannot be shaped
 * here; {@link #canShape(int)} tells the glyph check so, which refuses them rather than print them
 * unjoined.
 *
 * <p>Immutable and thread-safe. Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
final class ArabicShaper {

  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;
  private static final String[] FORM_NAMES = {
    " ISOLATED FORM", " FINAL FORM", " INITIAL FORM", " MEDIAL FORM"
  };

  private static final int LAM = 0x0644;
  private static final int TATWEEL = 0x0640;
  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  /** The one instance; its tables are built when the class is first used. */
  static final ArabicShaper INSTANCE = new ArabicShaper();

  /** Letter to its forms, indexed by ISOLATED..MEDIAL; 0 where the letter has no such form. */
  private final Map<Integer, int[]> forms = new HashMap<>();

  /** Alef (after lam) to the lam-alef ligature's isolated and final forms. */
  private final Map<Integer, int[]> lamAlef = new HashMap<>();

  /** Presentation form back to the letter or letters it stands for. */
  private final Map<Integer, String> letters = new HashMap<>();

  private ArabicShaper() {
    // The FE70 block first: it holds the forms of the basic letters; FB50-FDFF adds the others.
    scan(0xFE70, 0xFEFC);
    scan(0xFB50, 0xFDFF);
  }

  private void scan(int from, int to) {
    for (int form = from; form <= to; form++) {
      String name = Character.getName(form);
      int kind = name == null ? -1 : formOf(name);
      if (kind < 0) {
        continue;
      }
      String base = Normalizer.normalize(new String(Character.toChars(form)), Normalizer.Form.NFKC);
      int[] cps = base.codePoints().toArray();
      if (cps.length == 1 && isArabicLetter(cps[0])) {
        int[] slots = forms.computeIfAbsent(cps[0], k -> new int[4]);
        if (slots[kind] == 0) {
          slots[kind] = form;
          letters.putIfAbsent(form, base);
        }
      } else if (cps.length == 2
          && cps[0] == LAM
          && isArabicLetter(cps[1])
          && (kind == ISOLATED || kind == FINAL)) {
        int[] slots = lamAlef.computeIfAbsent(cps[1], k -> new int[2]);
        if (slots[kind] == 0) {
          slots[kind] = form;
          letters.putIfAbsent(form, base);
        }
      }
    }
  }

  private static int formOf(String name) {
    for (int kind = 0; kind < FORM_NAMES.length; kind++) {
      if (name.endsWith(FORM_NAMES[kind])) {
        return kind;
      }
    }
    return -1;
  }

  private static boolean isArabicLetter(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
        && Character.isLetter(cp);
  }

  /**
   * Whether a character can be printed correctly after shaping: it is not an Arabic letter, or it
   * is one whose forms are known.
   *
   * @param codePoint the character
   * @return false for an Arabic letter without presentation forms
   */
  boolean canShape(int codePoint) {
    return !isArabicLetter(codePoint) || forms.containsKey(codePoint);
  }

  /**
   * The presentation forms a letter may be drawn with, so that the glyph check can ask the fonts
   * for them too.
   *
   * @param codePoint the character
   * @return its forms, and the lam-alef ligatures it takes part in; empty if none
   */
  int[] formsOf(int codePoint) {
    int[] own = forms.getOrDefault(codePoint, new int[0]);
    int[] ligature = lamAlef.getOrDefault(codePoint, new int[0]);
    return java.util.stream.IntStream.concat(
            java.util.Arrays.stream(own), java.util.Arrays.stream(ligature))
        .filter(cp -> cp != 0)
        .toArray();
  }

  /**
   * Shapes a run of text in logical order.
   *
   * @param text the text, in logical order
   * @return the text with presentation forms; as long as the text or shorter (ligatures)
   */
  String shape(String text) {
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      int[] slots = forms.get(cp);
      if (slots == null) {
        out.appendCodePoint(cp);
        continue;
      }
      boolean joinsBefore = joinsLeft(previous(cps, i)) && slots[FINAL] != 0;
      int next = following(cps, i);
      if (cp == LAM && next >= 0 && lamAlef.containsKey(cps[next])) {
        int[] ligature = lamAlef.get(cps[next]);
        int form = ligature[joinsBefore ? FINAL : ISOLATED];
        if (form != 0) {
          out.appendCodePoint(form);
          // The marks between lam and alef follow the ligature; the alef is in it.
          for (int j = i + 1; j < next; j++) {
            out.appendCodePoint(cps[j]);
          }
          i = next;
          continue;
        }
      }
      boolean joinsAfter =
          slots[INITIAL] != 0 && next >= 0 && joinsRight(cps[next]);
      int kind = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
      int form = slots[kind];
      out.appendCodePoint(form != 0 ? form : cp);
    }
    return out.toString();
  }

  /**
   * Undoes {@link #shape}: presentation forms back to the letters.
   *
   * @param text shaped text
   * @return the text with letters instead of forms
   */
  String deshape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String letter = letters.get(cp);
              if (letter != null) {
                out.append(letter);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** The index of the nearest character before i that is not transparent, or -1. */
  private static int previousIndex(int[] cps, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!isTransparent(cps[j])) {
        return j;
      }
    }
    return -1;
  }

  private static int previous(int[] cps, int i) {
    int j = previousIndex(cps, i);
    return j < 0 ? -1 : cps[j];
  }

  /** The index of the nearest character after i that is not transparent, or -1. */
  private static int following(int[] cps, int i) {
    for (int j = i + 1; j < cps.length; j++) {
      if (!isTransparent(cps[j])) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isTransparent(int cp) {
    if (cp == ZWJ || cp == ZWNJ) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT;
  }

  /** Whether a character joins to the letter after it (in logical order). */
  private boolean joinsLeft(int cp) {
    if (cp == ZWJ || cp == TATWEEL) {
      return true;
    }
    int[] slots = cp < 0 ? null : forms.get(cp);
    return slots != null && slots[INITIAL] != 0;
  }

  /** Whether a character joins to the letter before it (in logical order). */
  private boolean joinsRight(int cp) {
    if (cp == ZWJ || cp == TATWEEL) {
      return true;
    }
    int[] slots = forms.get(cp);
    return slots != null && slots[FINAL] != 0;
  }
}
