package io.github.minutes4j.benchmarks;

import java.io.OutputStream;

/**
 * An output stream that keeps nothing and counts the bytes, so that the benchmarks measure the
 * writing and not a growing buffer. The count is what a benchmark returns, so the work that
 * produced the bytes cannot be eliminated; the last byte of every chunk is folded into it too, so
 * even a chunk's content is read. Not thread-safe: one per thread.
 */
public final class Sink extends OutputStream {

  private long count;
  private byte last;

  /** Creates an empty sink. */
  public Sink() {}

  @Override
  public void write(int b) {
    count++;
    last = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    if (length > 0) {
      count += length;
      last = bytes[offset + length - 1];
    }
  }

  /**
   * The number of bytes written since the last {@link #reset()}, with the last byte written in
   * the high bits: a value that depends on what was written.
   *
   * @return the count and the last byte
   */
  public long count() {
    return count ^ ((long) last << 56);
  }

  /**
   * The number of bytes written since the last {@link #reset()}.
   *
   * @return the number of bytes
   */
  public long bytes() {
    return count;
  }

  /**
   * Forgets the bytes written so far.
   *
   * @return this sink
   */
  public Sink reset() {
    count = 0;
    last = 0;
    return this;
  }
}
