package io.github.minutes4j.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The input of the reader's quick path: passes the bytes of a stream on as they are read, checks
 * on the way that they are strict UTF-8 ({@link Utf8Input#isStrictUtf8}), and keeps a copy of
 * them so that the checked path can read the same input again from the start ({@link #replay()}).
 * Not thread-safe; one per read.
 */
final class RecordedInput extends InputStream {

  private final InputStream in;
  private final List<byte[]> chunks = new ArrayList<>();

  /** The bytes at the end of the last chunk that start a character not yet complete. */
  private byte[] incomplete = new byte[0];

  /** What reading {@code in} threw, thrown again by every later read and by the replay. */
  private IOException failure;

  private boolean endOfInput;

  /**
   * Records a stream.
   *
   * @param in the stream; read as needed, never closed
   */
  RecordedInput(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (length == 0 || endOfInput) {
      return length == 0 ? 0 : -1;
    }
    int n;
    try {
      n = in.read(target, offset, length);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    if (n < 0) {
      endOfInput = true;
      if (incomplete.length > 0) {
        throw new NotStrictUtf8();
      }
      return -1;
    }
    byte[] chunk = Arrays.copyOfRange(target, offset, offset + n);
    chunks.add(chunk);
    check(chunk);
    return n;
  }

  private void check(byte[] chunk) throws NotStrictUtf8 {
    byte[] bytes = chunk;
    if (incomplete.length > 0) {
      bytes = Arrays.copyOf(incomplete, incomplete.length + chunk.length);
      System.arraycopy(chunk, 0, bytes, incomplete.length, chunk.length);
    }
    int end = Utf8Input.strictUtf8PrefixEnd(bytes, 0, bytes.length);
    if (bytes.length - end >= 4) {
      throw new NotStrictUtf8(); // a character of at most four bytes had its four bytes
    }
    incomplete = Arrays.copyOfRange(bytes, end, bytes.length);
  }

  /**
   * The whole input again: the bytes read so far, then the rest of the stream (or what reading it
   * threw).
   *
   * @return a stream of the input from its start
   */
  InputStream replay() {
    List<InputStream> parts = new ArrayList<>();
    for (byte[] chunk : chunks) {
      parts.add(new ByteArrayInputStream(chunk));
    }
    parts.add(
        new InputStream() {
          @Override
          public int read() throws IOException {
            if (failure != null) {
              throw failure;
            }
            return endOfInput ? -1 : in.read();
          }

          @Override
          public int read(byte[] target, int offset, int length) throws IOException {
            if (failure != null) {
              throw failure;
            }
            return endOfInput ? -1 : in.read(target, offset, length);
          }
        });
    return new SequenceInputStream(Collections.enumeration(parts));
  }

  /** The input is not strict UTF-8: the quick path stops, and the checked path says why. */
  static final class NotStrictUtf8 extends IOException {

    private static final long serialVersionUID = 1L;

    NotStrictUtf8() {
      super("not strict UTF-8");
    }
  }
}
