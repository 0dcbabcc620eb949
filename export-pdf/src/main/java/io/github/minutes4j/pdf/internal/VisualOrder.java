package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import java.text.Bidi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Puts the pieces of each laid-out line in the visual order of the Unicode Bidirectional
 * Algorithm (UAX #9, rules L1 and L2), after openhtmltopdf has laid the page out.
 *
 * <p>The engine lays out the pieces of a line (each run of one direction of a text node, and each
 * inline element) one after another in the line's direction, and reverses a right-to-left run's
 * characters when it draws it. That is right while a line has at most two levels: the base and
 * runs of the other direction, each one piece. It is wrong for a left-to-right phrase of several
 * pieces in a right-to-left line ("Maria Lind: Bifall" drew "Bifall :Maria Lind"), for a
 * right-to-left phrase in a left-to-right line ("18 نوفمبر 2026" in an Arabic label on a Swedish
 * page drew the numbers on the wrong sides), and for numbers inside a right-to-left run inside a
 * left-to-right paragraph (level 2).
 *
 * <p>So each line's text is put together as the engine split it into paragraphs: the text of
 * every piece in logical order, each inline element that starts a paragraph of its own (a {@code
 * bdi}, an element with {@code dir}, one whose CSS direction differs) between a left-to-right or
 * right-to-left isolate and POP DIRECTIONAL ISOLATE, an inline block as U+FFFC. {@link Bidi}
 * resolves its levels with the line's direction as the paragraph's; each piece takes the level of
 * its first strong character or number (the engine cut its text at every change of direction),
 * white space at the line's end the line's level (L1), and the pieces are reordered by their
 * levels (L2). Only the positions change: the boxes, and so the order in which they are drawn and
 * tagged, stay in logical order, and a right-to-left piece is still reversed and mirrored when it
 * is drawn.
 *
 * <p>Lines without a right-to-left run on a left-to-right line, and lines whose pieces already
 * stand in that order, are left as they are. Stateless; internal to the module; no compatibility
 * promise.
 *
 * @since 0.2.0
 */
final class VisualOrder {

  private static final char LRI = '\u2066';
  private static final char RLI = '\u2067';
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';
  private static final char OBJECT = '\uFFFC';

  private VisualOrder() {}

  /**
   * Reorders every line of a laid-out page.
   *
   * @param root the root box, after layout; changed in place
   */
  static void apply(Box root) {
    Deque<Box> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Box box = pending.pop();
      if (box instanceof LineBox) {
        reorder((LineBox) box);
      }
      if (box instanceof InlineLayoutBox) {
        for (Object child : ((InlineLayoutBox) box).getInlineChildren()) {
          if (child instanceof Box) {
            pending.push((Box) child);
          }
        }
      } else {
        for (int i = box.getChildCount() - 1; i >= 0; i--) {
          pending.push(box.getChild(i));
        }
      }
    }
  }

  /** A piece of a line: a run of text or an inline block, with where its text stands. */
  private static final class Piece {
    final Object box;
    final InlineLayoutBox parent;
    final int start;
    final int end;
    final int width;
    final int x;
    int level;
    int newX;

    Piece(Object box, InlineLayoutBox parent, int start, int end, int width, int x) {
      this.box = box;
      this.parent = parent;
      this.start = start;
      this.end = end;
      this.width = width;
      this.x = x;
    }
  }

  /** Reorders the pieces of one line by their levels, if they are not in that order yet. */
  private static void reorder(LineBox line) {
    if (!line.isLayedOutRTL() && !hasRightToLeftRun(line)) {
      return;
    }
    StringBuilder text = new StringBuilder();
    List<Piece> pieces = new ArrayList<>();
    List<InlineLayoutBox> inlines = new ArrayList<>();
    Box block = line.getParent();
    Element blockElement = block == null ? null : block.getElement();
    IdentValue blockDirection = line.isLayedOutRTL() ? IdentValue.RTL : IdentValue.LTR;
    for (int i = 0; i < line.getChildCount(); i++) {
      Box child = line.getChild(i);
      if (child instanceof InlineLayoutBox) {
        collect((InlineLayoutBox) child, blockElement, blockDirection, text, pieces, inlines);
      } else {
        pieces.add(atomic(child, null, text));
      }
    }
    if (pieces.size() < 2) {
      return;
    }
    levels(text, line.isLayedOutRTL(), pieces);
    Piece[] visual = pieces.toArray(new Piece[0]);
    byte[] levels = new byte[visual.length];
    for (int i = 0; i < visual.length; i++) {
      levels[i] = (byte) visual[i].level;
    }
    Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
    List<Piece> drawn = new ArrayList<>(pieces);
    drawn.sort(Comparator.comparingInt(p -> p.x));
    if (drawn.equals(List.of(visual))) {
      return;
    }
    // The pieces take the places the engine gave them, from the left, in their new order; the
    // gaps between places (an inline element's padding) stay where they were. A gap is measured
    // from the rightmost end so far: pieces of no width (isolate marks) share their neighbours'
    // places.
    int x = drawn.get(0).x;
    int end = x;
    for (int i = 0; i < visual.length; i++) {
      visual[i].newX = x;
      x += visual[i].width;
      end = Math.max(end, drawn.get(i).x + drawn.get(i).width);
      if (i + 1 < drawn.size()) {
        x += Math.max(0, drawn.get(i + 1).x - end);
      }
    }
    move(pieces, inlines);
    line.calcChildLocations();
  }

  /**
   * Whether a line has a run the engine draws right to left; a left-to-right line without one has
   * every piece at level 0 and needs no reordering. Checked before the line's text is put
   * together, so that left-to-right documents pay next to nothing.
   */
  private static boolean hasRightToLeftRun(LineBox line) {
    Deque<Object> pending = new ArrayDeque<>();
    for (int i = 0; i < line.getChildCount(); i++) {
      pending.push(line.getChild(i));
    }
    while (!pending.isEmpty()) {
      Object piece = pending.pop();
      if (piece instanceof InlineText
          && ((InlineText) piece).getTextDirection() == BidiSplitter.RTL) {
        return true;
      }
      if (piece instanceof InlineLayoutBox) {
        pending.addAll(((InlineLayoutBox) piece).getInlineChildren());
      }
    }
    return false;
  }

  /**
   * Collects an inline element's pieces and text, in logical order; an element that the engine
   * made a paragraph of its own between an isolate and its end.
   */
  private static void collect(
      InlineLayoutBox inline,
      Element paragraph,
      IdentValue direction,
      StringBuilder text,
      List<Piece> pieces,
      List<InlineLayoutBox> inlines) {
    inlines.add(inline);
    Element element = inline.getElement();
    CalculatedStyle style = inline.getStyle();
    IdentValue own = style.getDirection();
    boolean isolate =
        element != null
            && element != paragraph
            && (element.hasAttribute("dir")
                || "bdi".equals(element.getNodeName())
                || style.isParagraphContainerForBidi()
                || own != direction);
    if (isolate) {
      text.append(own == IdentValue.RTL ? RLI : own == IdentValue.AUTO ? FSI : LRI);
      paragraph = element;
      direction = own;
    }
    for (Object child : inline.getInlineChildren()) {
      if (child instanceof InlineText) {
        InlineText run = (InlineText) child;
        String substring = run.isDynamicFunction() ? "" : run.getSubstring();
        int start = text.length();
        text.append(substring);
        pieces.add(
            new Piece(
                run, inline, start, text.length(), run.getWidth(), inline.getX() + run.getX()));
      } else if (child instanceof InlineLayoutBox) {
        collect((InlineLayoutBox) child, paragraph, direction, text, pieces, inlines);
      } else if (child instanceof Box) {
        pieces.add(atomic((Box) child, inline, text));
      }
    }
    if (isolate) {
      text.append(PDI);
    }
  }

  private static Piece atomic(Box box, InlineLayoutBox parent, StringBuilder text) {
    int start = text.length();
    text.append(OBJECT);
    return new Piece(box, parent, start, text.length(), box.getWidth(), box.getX());
  }

  /**
   * Gives each piece its level: that of its first strong character or number, else of its first
   * character, of the same parity as the direction the engine gave its text; white space at the
   * line's end takes the line's level.
   */
  private static void levels(StringBuilder text, boolean rightToLeft, List<Piece> pieces) {
    int base = rightToLeft ? 1 : 0;
    Bidi bidi =
        new Bidi(
            text.toString(),
            rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    for (Piece piece : pieces) {
      int at = -1;
      for (int i = piece.start; i < piece.end && at < 0; i++) {
        if (decides(text.charAt(i))) {
          at = i;
        }
      }
      int level = piece.start == piece.end ? base : bidi.getLevelAt(at < 0 ? piece.start : at);
      if (piece.box instanceof InlineText) {
        InlineText run = (InlineText) piece.box;
        boolean odd = (level & 1) == 1;
        if (odd != (run.getTextDirection() == BidiSplitter.RTL)) {
          if (at < 0) {
            // Only neutral characters, such as a closing bracket, which the engine took as a run
            // in another direction (generated content takes the page's): drawn at their level,
            // reversed and mirrored only if it is odd (L4).
            run.setTextDirection(odd ? BidiSplitter.RTL : BidiSplitter.LTR);
          } else {
            level++;
          }
        }
      }
      piece.level = level;
    }
    byte baseDirection = rightToLeft ? BidiSplitter.RTL : BidiSplitter.LTR;
    for (int i = pieces.size() - 1; i >= 0; i--) {
      Piece piece = pieces.get(i);
      if (!(piece.box instanceof InlineText) || !blank(text, piece)) {
        break;
      }
      if (((InlineText) piece.box).getTextDirection() == baseDirection) {
        piece.level = base;
      }
    }
  }

  /** Whether a character is strong or a number, which decides its piece's level. */
  private static boolean decides(char c) {
    switch (Character.getDirectionality(c)) {
      case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
      case Character.DIRECTIONALITY_EUROPEAN_NUMBER:
      case Character.DIRECTIONALITY_ARABIC_NUMBER:
        return true;
      default:
        return false;
    }
  }

  private static boolean blank(CharSequence text, Piece piece) {
    for (int i = piece.start; i < piece.end; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Moves the pieces to their new places and each inline element with its pieces, keeping the
   * distance between the element's start and its first piece (its margin, border and padding).
   */
  private static void move(List<Piece> pieces, List<InlineLayoutBox> inlines) {
    Map<InlineLayoutBox, int[]> before = new HashMap<>();
    Map<InlineLayoutBox, int[]> after = new HashMap<>();
    for (Piece piece : pieces) {
      for (Box box = piece.parent; box instanceof InlineLayoutBox; box = box.getParent()) {
        extend(before, (InlineLayoutBox) box, piece.x, piece.width);
        extend(after, (InlineLayoutBox) box, piece.newX, piece.width);
      }
    }
    for (InlineLayoutBox inline : inlines) {
      int[] old = before.get(inline);
      int[] now = after.get(inline);
      if (old != null) {
        int oldX = inline.getX();
        inline.setX(now[0] - (old[0] - oldX));
        inline.setInlineWidth(inline.getInlineWidth() + (now[1] - now[0]) - (old[1] - old[0]));
      }
    }
    for (Piece piece : pieces) {
      if (piece.box instanceof InlineText) {
        ((InlineText) piece.box).setX(piece.newX - piece.parent.getX());
      } else {
        ((Box) piece.box).setX(piece.newX);
      }
    }
  }

  /** Widens an element's extent, {left, right}, to take in a piece. */
  private static void extend(
      Map<InlineLayoutBox, int[]> extents, InlineLayoutBox box, int x, int width) {
    int[] extent = extents.computeIfAbsent(box, b -> new int[] {x, x + width});
    extent[0] = Math.min(extent[0], x);
    extent[1] = Math.max(extent[1], x + width);
  }
}
