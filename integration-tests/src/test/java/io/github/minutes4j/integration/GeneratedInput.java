package io.github.minutes4j.integration;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A long input made as it is read and never held in memory: a prefix, a unit repeated up to a
 * total length, and a suffix. Every {@code checkpointEvery} bytes it calls a checkpoint, which
 * tests use to measure the heap while a reader is busy with it.
 */
final class GeneratedInput extends InputStream {

  private final byte[] prefix;
  private final byte[] unit;
  private final byte[] suffix;
  private final long total;
  private final long checkpointEvery;
  private final Runnable checkpoint;
  private long position;
  private long nextCheckpoint;

  GeneratedInput(String prefix, String unit, long total, String suffix, long checkpointEvery, Runnable checkpoint) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.total = total;
    this.checkpointEvery = checkpointEvery;
    this.checkpoint = checkpoint;
    this.nextCheckpoint = checkpointEvery;
  }

  /** How many bytes have been read. */
  long position() {
    return position;
  }

  private int byteAt(long at) {
    if (at < prefix.length) {
      return prefix[(int) at] & 0xFF;
    }
    long bodyEnd = total - suffix.length;
    if (at < bodyEnd) {
      return unit[(int) ((at - prefix.length) % unit.length)] & 0xFF;
    }
    return suffix[(int) (at - bodyEnd)] & 0xFF;
  }

  @Override
  public int read() {
    if (position >= total) {
      return -1;
    }
    return byteAt(position++);
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position >= total) {
      return -1;
    }
    if (position >= nextCheckpoint) {
      nextCheckpoint += checkpointEvery;
      checkpoint.run();
    }
    int n = (int) Math.min(len, total - position);
    long bodyEnd = total - suffix.length;
    int i = 0;
    while (i < n) {
      if (position >= prefix.length && position < bodyEnd) {
        // Copy from the unit in runs, not byte by byte.
        int inUnit = (int) ((position - prefix.length) % unit.length);
        int run = (int) Math.min(Math.min(unit.length - inUnit, n - i), bodyEnd - position);
        System.arraycopy(unit, inUnit, b, off + i, run);
        i += run;
        position += run;
      } else {
        b[off + i++] = (byte) byteAt(position++);
      }
    }
    return n;
  }
}
