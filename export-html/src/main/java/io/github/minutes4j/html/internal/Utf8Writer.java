package io.github.minutes4j.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered {@link Writer} to a stream in UTF-8: what {@code new BufferedWriter(new
 * OutputStreamWriter(out, UTF_8))} does, faster. It encodes what it is given straight into a byte
 * buffer, ASCII (most of a page: markup, the stylesheet, most text) one byte per character in a
 * tight loop, and allocates nothing beyond its two buffers; the JDK's general-purpose encoder
 * behind an {@code OutputStreamWriter} takes a slow path for every buffer that is not all ASCII.
 * It writes the same bytes: an unpaired surrogate becomes {@code ?}, as the JDK's encoder
 * replaces it, and a high surrogate at the end of what was written so far waits for the character
 * after it. Not thread-safe; one per page.
 *
 * <p>Internal to the module (its package is not exported); no compatibility promise.
 *
 * @since 0.1.0
 */
public final class Utf8Writer extends Writer {

  private static final int BUFFER_SIZE = 8192;

  /**
   * The most characters encoded at a time: the buffer has room for the most bytes they can take
   * (three each) when it is drained.
   */
  private static final int CHUNK = 1024;

  /** The longest string encoded straight from its characters, without a copy first. */
  private static final int SHORT = 32;

  /** The most bytes one character can add: a waiting high surrogate's '?' and three bytes. */
  private static final int MAX_BYTES_PER_CHAR = 4;

  private static final byte UNPAIRED = '?';

  private final OutputStream out;
  private final byte[] bytes = new byte[BUFFER_SIZE];

  /** A string's characters, copied to be encoded. */
  private final char[] chunk = new char[CHUNK];
  private int count;

  /** A high surrogate written last, waiting for its low surrogate; 0 when none waits. */
  private char high;

  /**
   * Creates a writer.
   *
   * @param out where the bytes go; flushed by {@link #flush()}, closed by {@link #close()}
   */
  public Utf8Writer(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void write(int c) throws IOException {
    if (BUFFER_SIZE - count < MAX_BYTES_PER_CHAR) {
      drain();
    }
    if (c < 0x80 && high == 0) {
      bytes[count++] = (byte) c; // the markup's '<', '>', '"' and new lines
    } else {
      encode((char) c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, chars.length);
    while (length > 0) {
      int n = Math.min(length, CHUNK);
      encode(chars, offset, offset + n);
      offset += n;
      length -= n;
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, text.length());
    if (length <= SHORT) {
      // A tag or attribute name, a short text: encoded from the string without copying it.
      if (BUFFER_SIZE - count < length * 3 + MAX_BYTES_PER_CHAR) {
        drain();
      }
      byte[] buffer = bytes;
      int n = count;
      for (int i = offset, end = offset + length; i < end; i++) {
        n = put(buffer, n, text.charAt(i));
      }
      count = n;
      return;
    }
    while (length > 0) {
      int n = Math.min(length, CHUNK);
      // Copied first: the JDK copies a string's characters in bulk, and the loop over an array
      // that follows is simpler to compile than one over a string's characters.
      text.getChars(offset, offset + n, chunk, 0);
      encode(chunk, 0, n);
      offset += n;
      length -= n;
    }
  }

  /**
   * Writes bytes that are already UTF-8, such as a constant encoded once: as writing the text they
   * encode would.
   *
   * @param utf8 the bytes of whole characters in UTF-8
   * @throws IOException if writing fails
   */
  void writeEncoded(byte[] utf8) throws IOException {
    if (utf8.length == 0) {
      return;
    }
    if (high != 0) {
      // A waiting high surrogate is followed by a whole character: it is unpaired.
      high = 0;
      write(UNPAIRED);
    }
    if (BUFFER_SIZE - count < utf8.length) {
      drain();
      if (utf8.length > BUFFER_SIZE) {
        out.write(utf8);
        return;
      }
    }
    System.arraycopy(utf8, 0, bytes, count, utf8.length);
    count += utf8.length;
  }

  /** Encodes at most {@link #CHUNK} characters, after making room for them in the buffer. */
  private void encode(char[] chars, int from, int to) throws IOException {
    if (BUFFER_SIZE - count < (to - from) * 3 + MAX_BYTES_PER_CHAR) {
      drain();
    }
    byte[] buffer = bytes;
    int n = count;
    for (int i = from; i < to; i++) {
      n = put(buffer, n, chars[i]);
    }
    count = n;
  }

  /**
   * Puts a character into the buffer at {@code n}, which the caller keeps in a local variable
   * instead of {@link #count} while it loops, and which has room for the character.
   *
   * @return where the next character goes
   */
  private int put(byte[] buffer, int n, char c) {
    if (c < 0x80 && high == 0) {
      buffer[n] = (byte) c;
      return n + 1;
    }
    count = n;
    encode(c);
    return count;
  }

  /** Encodes one character; the buffer has room for {@link #MAX_BYTES_PER_CHAR} bytes. */
  private void encode(char c) {
    byte[] buffer = bytes;
    if (high != 0) {
      char waiting = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(waiting, c);
        buffer[count++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[count++] = (byte) (0x80 | (codePoint & 0x3F));
        return;
      }
      buffer[count++] = UNPAIRED;
    }
    if (c < 0x80) {
      buffer[count++] = (byte) c;
    } else if (c < 0x800) {
      buffer[count++] = (byte) (0xC0 | (c >> 6));
      buffer[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[count++] = UNPAIRED;
    } else {
      buffer[count++] = (byte) (0xE0 | (c >> 12));
      buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[count++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** Writes the encoded bytes to the stream. */
  private void drain() throws IOException {
    if (count > 0) {
      out.write(bytes, 0, count);
      count = 0;
    }
  }

  /**
   * Writes the buffered bytes and flushes the stream. A high surrogate written last still waits
   * for its low surrogate, as with {@link java.io.OutputStreamWriter}.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /**
   * Writes what is buffered (an unpaired high surrogate at the end as {@code ?}), flushes and
   * closes the stream.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    if (high != 0) {
      high = 0;
      if (BUFFER_SIZE - count < MAX_BYTES_PER_CHAR) {
        drain();
      }
      bytes[count++] = UNPAIRED;
    }
    drain();
    out.flush();
    out.close();
  }
}
