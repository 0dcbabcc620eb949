package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.HashMap;
import java.util.Map;

/**
 * Right-to-left text for openhtmltopdf with the JDK alone: {@link java.text.Bidi} splits each
 * paragraph into runs of one direction (the Unicode Bidirectional Algorithm, isolates included),
 * and the reorderer shapes Arabic letters ({@link ArabicShaper}), reverses right-to-left runs for
 * drawing and mirrors their brackets.
 *
 * <p>Why not openhtmltopdf's {@code openhtmltopdf-rtl-support} with ICU4J: it adds a 15 MB jar,
 * only its 1.1.31 release is published, and ICU's shaper leaves the Persian letters (peh, tcheh,
 * jeh, gaf, keheh, farsi yeh) unjoined. The JDK has the bidirectional algorithm, the mirroring
 * property and, in its normalisation data and character names, everything a shaper needs.
 *
 * <p>Stateless and thread-safe, except the splitters, which openhtmltopdf makes one per
 * paragraph. Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
final class JdkBidi {

  /** Makes a splitter per paragraph. */
  static final BidiSplitterFactory SPLITTERS = Splitter::new;

  /**
   * A reorderer for one render, which tells whether it reordered any text.
   *
   * @return a new reorderer
   */
  static Reorderer reorderer() {
    return new Reorderer();
  }

  private JdkBidi() {}

  /**
   * The mirror pairs, found by name: every mirrored character of the Basic Multilingual Plane
   * whose name has LEFT, RIGHT, LESS-THAN or GREATER-THAN, paired with the character named the
   * other way round.
   */
  private static Map<Integer, Integer> mirrors() {
    Map<Integer, Integer> pairs = new HashMap<>();
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      if (!Character.isMirrored(cp)) {
        continue;
      }
      String name = Character.getName(cp);
      if (name == null) {
        continue;
      }
      String other =
          swap(swap(name, "LEFT", "RIGHT"), "LESS-THAN", "GREATER-THAN");
      if (other.equals(name)) {
        continue;
      }
      try {
        int mirror = Character.codePointOf(other);
        if (Character.isMirrored(mirror)) {
          pairs.put(cp, mirror);
        }
      } catch (IllegalArgumentException noSuchCharacter) {
        // A mirrored character without a named partner, such as a slanted integral sign.
      }
    }
    return Map.copyOf(pairs);
  }

  /** Swaps two words in a name, such as LEFT and RIGHT. */
  private static String swap(String name, String one, String two) {
    String marker = "\u0000";
    return name.replace(one, marker).replace(two, one).replace(marker, two);
  }

  /**
   * The mirror image of a character drawn right to left.
   *
   * @param codePoint the character
   * @return its mirror image, or the character itself
   */
  static int mirror(int codePoint) {
    return Mirrors.PAIRS.getOrDefault(codePoint, codePoint);
  }

  /**
   * Each mirrored character's mirror image, such as "(" and ")"; built when the first
   * right-to-left run is drawn, so that left-to-right documents never pay for it.
   */
  private static final class Mirrors {
    static final Map<Integer, Integer> PAIRS = mirrors();
  }

  /**
   * A line of right-to-left text as it is drawn from left to right: shaped, its runs in visual
   * order, each right-to-left run reversed with its brackets mirrored. For text the engine draws
   * without its bidirectional hooks, such as the page number in the page's margin.
   *
   * @param logical the text in logical order
   * @return the text in drawing order
   */
  static String visual(String logical) {
    return reorder(ArabicShaper.INSTANCE.shape(logical));
  }

  /**
   * The inverse of {@link #visual}: a piece of a right-to-left line as it is drawn, in logical
   * order and base letters. Reordering a line by the bidirectional algorithm undoes itself on
   * such a piece.
   *
   * @param drawn the characters in the order they are drawn, from left to right
   * @return the text in logical order
   */
  static String logical(String drawn) {
    return ArabicShaper.INSTANCE.deshape(reorder(drawn));
  }

  /**
   * Reorders a line with a right-to-left base by the bidirectional algorithm: the runs in visual
   * order, and the characters of the right-to-left runs reversed and mirrored.
   */
  private static String reorder(String text) {
    int[] codePoints = text.codePoints().toArray();
    int count = codePoints.length;
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
    byte[] levels = new byte[count];
    Integer[] order = new Integer[count];
    for (int i = 0, index = 0; i < count; i++) {
      levels[i] = (byte) bidi.getLevelAt(index);
      order[i] = i;
      index += Character.charCount(codePoints[i]);
    }
    Bidi.reorderVisually(levels, 0, order, 0, count);
    StringBuilder out = new StringBuilder(text.length());
    for (Integer i : order) {
      int cp = codePoints[i];
      out.appendCodePoint((levels[i] & 1) == 1 ? mirror(cp) : cp);
    }
    return out.toString();
  }

  /** The direction of the first strong character, as openhtmltopdf's splitter constants. */
  static byte baseDirection(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return BidiSplitter.LTR;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return BidiSplitter.RTL;
        default:
          i += Character.charCount(cp);
      }
    }
    return BidiSplitter.NEUTRAL;
  }

  /** Splits one paragraph into runs; openhtmltopdf orders them by their start. */
  private static final class Splitter implements BidiSplitter {

    private Bidi bidi; // null for a paragraph that is one left-to-right run
    private int length;

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
      length = paragraph.length();
      if (defaultDirection != RTL && length > 0 && leftToRightOnly(paragraph)) {
        // What the JDK's algorithm gives such a paragraph, without building it (most paragraphs
        // of most pages: a Bidi per paragraph was the most allocated object of the layout).
        bidi = null;
        return;
      }
      int flags =
          defaultDirection == RTL
              ? Bidi.DIRECTION_RIGHT_TO_LEFT
              : defaultDirection == LTR
                  ? Bidi.DIRECTION_LEFT_TO_RIGHT
                  : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
      bidi = new Bidi(paragraph, flags);
    }

    @Override
    public int countTextRuns() {
      return bidi == null ? 1 : bidi.getRunCount();
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
      if (bidi == null) {
        return new BidiTextRun(0, length, LTR);
      }
      int start = bidi.getRunStart(runIndex);
      int limit = bidi.getRunLimit(runIndex);
      byte direction = (bidi.getRunLevel(runIndex) & 1) == 0 ? LTR : RTL;
      return new BidiTextRun(start, limit - start, direction);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      return baseDirection(paragraph);
    }

    /**
     * Whether the Unicode bidirectional algorithm puts all of a paragraph with a left-to-right or
     * default base direction at level 0: it has no right-to-left letter, no Arabic digit (level 2
     * after a left-to-right letter), no explicit embedding, override or isolate, and no unassigned
     * character.
     */
    private static boolean leftToRightOnly(String paragraph) {
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        i += Character.charCount(cp);
        switch (Character.getDirectionality(cp)) {
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          case Character.DIRECTIONALITY_ARABIC_NUMBER:
          case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING:
          case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE:
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING:
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE:
          case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT:
          case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE:
          case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
          case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE:
          case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
          case Character.DIRECTIONALITY_UNDEFINED: // unassigned: the JDK may default it to R or AL
            return false;
          default:
            break;
        }
      }
      return true;
    }
  }

  /**
   * Shapes and reverses right-to-left runs. One per render: it remembers whether it reversed a
   * run, that is whether the PDF has right-to-left text drawn in visual order.
   */
  static final class Reorderer implements BidiReorderer {

    private boolean reordered;

    /**
     * Whether a right-to-left run has been reversed for drawing.
     *
     * @return true if the drawn document has right-to-left text
     */
    boolean reordered() {
      return reordered;
    }

    /**
     * Reverses a right-to-left run for drawing from left to right, character by character, and
     * mirrors its brackets. Marks (harakat, Hebrew points) come to stand before their letter, as
     * an OpenType shaper also orders them: fonts draw a mark with no advance at the origin of the
     * letter after it, so that it sits over that letter.
     */
    @Override
    public String reorderRTLTextToLTR(String text) {
      reordered = true;
      StringBuilder out = new StringBuilder(text.length());
      for (int end = text.length(); end > 0; ) {
        int cp = text.codePointBefore(end);
        out.appendCodePoint(mirror(cp));
        end -= Character.charCount(cp);
      }
      return out.toString();
    }

    @Override
    public String shapeText(String text) {
      return ArabicShaper.INSTANCE.shape(text);
    }

    @Override
    public String deshapeText(String text) {
      return ArabicShaper.INSTANCE.deshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }
  }
}
