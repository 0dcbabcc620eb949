package io.github.minutes4j.html.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * A thin layer over a {@link Writer} that keeps markup and text apart: tag and attribute names are
 * constants of this package, and every text and attribute value goes through {@link #escape}. It
 * writes as it goes and keeps no document in memory. Not thread-safe; one per page.
 *
 * <p>Text and attribute values are written in Unicode Normalization Form C, as the web expects
 * (the Nu HTML Checker warns on anything else): canonically equivalent text, which reads and means
 * the same, such as "é" for "e" followed by a combining acute accent. Text written between two
 * pieces of markup is one text node of the page, and is normalised as one, so that a span that
 * starts with a combining mark joins the text before it as it would on screen. Addresses ({@code href})
 * are not normalised, since another form of an address could lead elsewhere: an address not in
 * NFC is written with its characters outside ASCII percent-encoded in UTF-8, which is the very
 * address a browser follows (it encodes them so itself), written in ASCII.
 *
 * <p>Internal to the module (its package is not exported); no compatibility promise.
 *
 * @since 0.1.0
 */
public final class HtmlWriter {

  private static final char REPLACEMENT = '\uFFFD';

  private final Writer out;

  /**
   * Text not yet written: the first piece of the text node being built, which is most often the
   * whole node and is then written without a copy; null when there is none.
   */
  private String pendingText;

  /** The text node being built, once a second piece joins the first; empty otherwise. */
  private final StringBuilder pendingPieces = new StringBuilder();

  /**
   * Creates a writer.
   *
   * @param out where to write; never null
   */
  public HtmlWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes markup as it is. Only for constants of this package, never for text of the minutes.
   *
   * @param markup the markup
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter markup(String markup) throws IOException {
    writePendingText();
    out.write(markup);
    return this;
  }

  /**
   * Writes markup as it is, as {@link #markup(String)} does, from its UTF-8 bytes when the page
   * goes to a {@link Utf8Writer}: for long constants, such as the stylesheet, encoded once.
   *
   * @param markup the markup
   * @param utf8 the markup in UTF-8
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter markup(String markup, byte[] utf8) throws IOException {
    writePendingText();
    if (out instanceof Utf8Writer) {
      ((Utf8Writer) out).writeEncoded(utf8);
    } else {
      out.write(markup);
    }
    return this;
  }

  /**
   * Writes text, escaped.
   *
   * @param text the text
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter text(String text) throws IOException {
    if (text.isEmpty()) {
      return this;
    }
    if (pendingText == null) {
      pendingText = text;
    } else {
      if (pendingPieces.length() == 0) {
        pendingPieces.append(pendingText);
      }
      pendingPieces.append(text);
    }
    return this;
  }

  /**
   * Writes the text written since the last markup, in NFC and escaped. Every method that writes
   * markup calls it first; a page ends with markup, so no text stays behind.
   */
  private void writePendingText() throws IOException {
    if (pendingText != null) {
      String text = pendingPieces.length() == 0 ? pendingText : pendingPieces.toString();
      pendingText = null;
      pendingPieces.setLength(0);
      escape(nfc(text), out);
    }
  }

  /**
   * Writes a start tag with attributes.
   *
   * @param tag the tag name, a constant
   * @param attributes names (constants) and values (escaped) in turn; a pair whose value is null is
   *     left out
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter open(String tag, String... attributes) throws IOException {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name and value pairs: " + tag);
    }
    writePendingText();
    out.write('<');
    out.write(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value != null) {
        out.write(' ');
        out.write(attributes[i]);
        out.write("=\"");
        escape(attributes[i].equals("href") ? address(value) : nfc(value), out);
        out.write('"');
      }
    }
    out.write('>');
    return this;
  }

  /**
   * Writes an end tag.
   *
   * @param tag the tag name, a constant
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter close(String tag) throws IOException {
    writePendingText();
    out.write("</");
    out.write(tag);
    out.write('>');
    return this;
  }

  /**
   * Writes an element that holds only text.
   *
   * @param tag the tag name, a constant
   * @param text the text, escaped
   * @param attributes as for {@link #open}
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter element(String tag, String text, String... attributes) throws IOException {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Ends a line of the source, to keep the page readable as text. Always {@code \n}.
   *
   * @return this writer
   * @throws IOException if writing fails
   */
  HtmlWriter newline() throws IOException {
    writePendingText();
    out.write('\n');
    return this;
  }

  /**
   * Escapes text for HTML text content and double- or single-quoted attribute values: {@code &},
   * {@code <}, {@code >}, {@code "} and {@code '} become character references. Characters that an
   * HTML document may not contain at all (unpaired surrogates, control characters other than white
   * space, and noncharacters such as U+FFFE; validation refuses them, so they only reach here from
   * unvalidated text) become U+FFFD.
   *
   * @param text the text; never null
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void escape(String text, Appendable out) throws IOException {
    int length = text.length();
    int plain = 0; // Start of the run of characters not yet written that need no escaping.
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? !NEEDS_CARE[c] : (c >= 0xA0 && c < 0xD800)) {
        continue; // the common case: a character written as it is
      }
      String replacement;
      int width = 1;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            width = 2;
            replacement = isNoncharacter(text.codePointAt(i)) ? String.valueOf(REPLACEMENT) : null;
          } else if (Character.isSurrogate(c) || isNoncharacter(c) || isForbiddenControl(c)) {
            replacement = String.valueOf(REPLACEMENT);
          } else {
            replacement = null;
          }
      }
      if (replacement != null) {
        appendRange(out, text, plain, i);
        out.append(replacement);
        plain = i + width;
      }
      i += width - 1;
    }
    appendRange(out, text, plain, length);
  }

  /**
   * Appends part of a string. A {@link Writer} takes it without the copy that {@link
   * Writer#append(CharSequence, int, int)} makes of the part as a new string.
   */
  private static void appendRange(Appendable out, String text, int start, int end)
      throws IOException {
    if (start == end) {
      return;
    }
    if (out instanceof Writer) {
      ((Writer) out).write(text, start, end - start);
    } else {
      out.append(text, start, end);
    }
  }

  /**
   * The text, escaped, as a string.
   *
   * @param text the text; never null
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    try {
      escape(text, escaped);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not throw", e);
    }
    return escaped.toString();
  }

  /**
   * The text in Normalization Form C; the same instance when it is already, as nearly all text is.
   *
   * @param text the text
   * @return its NFC form
   */
  static String nfc(String text) {
    return isNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether a text is in Normalization Form C. A quick scan first: a text of characters below
   * U+0300 (where the combining marks begin) and from U+2010 to U+2027 (dashes, quotation marks,
   * bullets and ellipsis) is in NFC, since each of those characters is its own NFC form, combines
   * with nothing before it and has combining class 0. Other text asks {@link Normalizer}.
   *
   * @param text the text
   * @return true if it is in NFC
   */
  static boolean isNfc(String text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      if (!isAlwaysNfc(text.charAt(i))) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  /**
   * Whether a character is in the ranges where {@link #isNfc} needs no {@link Normalizer}.
   *
   * @param c the character
   * @return true below U+0300 and from U+2010 to U+2027
   */
  static boolean isAlwaysNfc(char c) {
    return c < '\u0300' || (c >= '\u2010' && c <= '\u2027');
  }

  /**
   * An address as an {@code href} in NFC: the same instance when it is in NFC; otherwise with
   * every character outside ASCII percent-encoded in UTF-8, which leaves the address the same.
   *
   * @param address the address
   * @return the address to write
   */
  static String address(String address) {
    if (isNfc(address)) {
      return address;
    }
    StringBuilder encoded = new StringBuilder(address.length() * 3);
    for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0) {
        encoded.append((char) b);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return encoded.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * The ASCII characters {@link #escape} looks at: the five it replaces with references and the
   * control characters it replaces with U+FFFD. Others below U+0080, and every character from
   * U+00A0 to U+D7FF, are written as they are.
   */
  private static final boolean[] NEEDS_CARE = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      NEEDS_CARE[c] = "&<>\"'".indexOf(c) >= 0 || isForbiddenControl(c);
    }
  }

  private static boolean isForbiddenControl(char c) {
    return Character.getType(c) == Character.CONTROL
        && c != '\t'
        && c != '\n'
        && c != '\f'
        && c != '\r';
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
