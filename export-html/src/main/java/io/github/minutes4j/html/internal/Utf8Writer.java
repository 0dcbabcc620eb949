package io.github.minutes4j.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A buffered {@link Writer} that encodes to UTF-8 itself, in one pass from the characters to a byte
 * buffer: what {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))} does, without the
 * second buffer and the general-purpose encoder, which takes a slow path for every text that is not
 * all ASCII. It writes the same bytes: an unpaired surrogate becomes {@code ?}, as the JDK's
 * encoder replaces it, and a high surrogate at the end of what was written so far waits for the
 * character after it. Not thread-safe; one per page.
 *
 * <p>Internal to the module (its package is not exported); no compatibility promise.
 *
 * @since 0.1.0
 */
public final class Utf8Writer extends Writer {

  private static final int BUFFER_SIZE = 8192;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int count;

  /** A high surrogate written last, waiting for its low surrogate; 0 if none. */
  private char highSurrogate;

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
    encode((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, chars.length);
    for (int i = offset, end = offset + length; i < end; i++) {
      encode(chars[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, text.length());
    int i = offset;
    int end = offset + length;
    while (i < end) {
      // ASCII, the bulk of a page, straight into the buffer.
      int room = Math.min(end - i, BUFFER_SIZE - count);
      int stop = i + room;
      char c;
      while (i < stop && (c = text.charAt(i)) < 0x80 && highSurrogate == 0) {
        buffer[count++] = (byte) c;
        i++;
      }
      if (i < end && (count == BUFFER_SIZE || text.charAt(i) >= 0x80 || highSurrogate != 0)) {
        encode(text.charAt(i));
        i++;
      }
    }
  }

  private void encode(char c) throws IOException {
    if (count > BUFFER_SIZE - 4) {
      flushBuffer();
    }
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        int codePoint = Character.toCodePoint(high, c);
        buffer[count++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[count++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[count++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[count++] = (byte) (0x80 | (codePoint & 0x3F));
        return;
      }
      buffer[count++] = '?'; // the unpaired high surrogate
    }
    if (c < 0x80) {
      buffer[count++] = (byte) c;
    } else if (c < 0x800) {
      buffer[count++] = (byte) (0xC0 | (c >> 6));
      buffer[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[count++] = '?'; // an unpaired low surrogate
    } else {
      buffer[count++] = (byte) (0xE0 | (c >> 12));
      buffer[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[count++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void flushBuffer() throws IOException {
    if (count > 0) {
      out.write(buffer, 0, count);
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
    flushBuffer();
    out.flush();
  }

  /**
   * Writes what is buffered (an unpaired high surrogate at the end as {@code ?}) and closes the
   * stream.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    if (highSurrogate != 0) {
      highSurrogate = 0;
      if (count > BUFFER_SIZE - 4) {
        flushBuffer();
      }
      buffer[count++] = '?';
    }
    flush();
    out.close();
  }
}
