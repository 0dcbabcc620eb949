package io.github.minutes4j.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A buffered {@link Writer} to a stream in UTF-8: what {@code new BufferedWriter(new
 * OutputStreamWriter(out, UTF_8))} does, faster. It collects characters in a buffer and encodes
 * each full buffer with {@link String#getBytes(java.nio.charset.Charset)}, whose UTF-8 encoding
 * the JDK optimises; the general-purpose encoder behind an {@code OutputStreamWriter} takes a slow
 * path for every buffer that is not all ASCII. It writes the same bytes: an unpaired surrogate
 * becomes {@code ?}, as the JDK's encoder replaces it, and a high surrogate at the end of what was
 * written so far waits for the character after it. Not thread-safe; one per page.
 *
 * <p>Internal to the module (its package is not exported); no compatibility promise.
 *
 * @since 0.1.0
 */
public final class Utf8Writer extends Writer {

  private static final int BUFFER_SIZE = 8192;

  private final OutputStream out;
  private final char[] buffer = new char[BUFFER_SIZE];
  private int count;

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
    if (count == BUFFER_SIZE) {
      encodeBuffer(false);
    }
    buffer[count++] = (char) c;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, chars.length);
    while (length > 0) {
      if (count == BUFFER_SIZE) {
        encodeBuffer(false);
      }
      int n = Math.min(length, BUFFER_SIZE - count);
      System.arraycopy(chars, offset, buffer, count, n);
      count += n;
      offset += n;
      length -= n;
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, text.length());
    while (length > 0) {
      if (count == BUFFER_SIZE) {
        encodeBuffer(false);
      }
      int n = Math.min(length, BUFFER_SIZE - count);
      text.getChars(offset, offset + n, buffer, count);
      count += n;
      offset += n;
      length -= n;
    }
  }

  /**
   * Encodes the buffer to the stream.
   *
   * @param end whether no more characters come, so that a high surrogate at the end is unpaired
   *     and written as {@code ?}; otherwise it stays in the buffer for its low surrogate
   */
  private void encodeBuffer(boolean end) throws IOException {
    int n = count;
    if (!end && n > 0 && Character.isHighSurrogate(buffer[n - 1])) {
      n--;
    }
    if (n > 0) {
      out.write(new String(buffer, 0, n).getBytes(StandardCharsets.UTF_8));
    }
    if (n < count) {
      buffer[0] = buffer[n];
    }
    count -= n;
  }

  /**
   * Writes the buffered characters and flushes the stream. A high surrogate written last still
   * waits for its low surrogate, as with {@link java.io.OutputStreamWriter}.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void flush() throws IOException {
    encodeBuffer(false);
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
    encodeBuffer(true);
    out.flush();
    out.close();
  }
}
