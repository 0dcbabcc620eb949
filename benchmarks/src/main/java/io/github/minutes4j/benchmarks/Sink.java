package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.OutputStream;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * An output stream that keeps nothing and counts the bytes, so that the benchmarks measure the
 * writing and not a growing buffer. The count is what a benchmark returns, so the work that
 * produced the bytes cannot be eliminated; the last byte of every chunk is folded into it too, so
 * even a chunk's content is read. Not thread-safe: as a JMH state of {@link Scope#Thread}, a
 * benchmark method that takes one as a parameter gets one per thread.
 */
@State(Scope.Thread)
public class Sink extends OutputStream {

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

  /**
   * Exports minutes into this sink, from empty.
   *
   * @param exporter the exporter
   * @param minutes the minutes
   * @param options the options
   * @return {@link #count()} afterwards
   * @throws IOException if the export fails
   */
  public long export(MinutesExporter exporter, Minutes minutes, ExportOptions options)
      throws IOException {
    exporter.export(minutes, options, reset());
    return count();
  }
}
