package io.github.minutes4j.integration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures how much the heap grows while something runs: the used heap after a full collection,
 * sampled at checkpoints, against the same before it started. Garbage does not count, only what
 * is still reachable.
 */
final class HeapWatch {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final long baseline;
  private long peak;
  private int samples;

  HeapWatch() {
    baseline = usedAfterCollection();
    peak = baseline;
  }

  /** The used heap after asking for full collections, in bytes. */
  static long usedAfterCollection() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** Takes a sample now. */
  void sample() {
    samples++;
    peak = Math.max(peak, usedAfterCollection());
  }

  /** The most the reachable heap grew over the baseline at any sample. */
  long growth() {
    return peak - baseline;
  }

  int samples() {
    return samples;
  }
}
