package io.github.minutes4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The times of a paired benchmark ({@link PdfPairBenchmark}, {@link JsonReadPairBenchmark}): per
 * operation, the measured side and its baseline each run once, in alternating order, on the same
 * thread; this state adds each one's wall time and its thread's CPU time and reports each side's
 * mean per run in the iteration so far, in milliseconds, which JMH reports as they stand at the
 * iteration's end. The results table takes the ratio per iteration and their median.
 *
 * <p>The thread's CPU time leaves out the collector's and the compiler's threads; the wall time
 * includes a collection pause in whichever run it falls.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairTimes {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The measured side's wall time. */
  public double measuredWallMs;
  /** The measured side's CPU time on the running thread. */
  public double measuredCpuMs;
  /** The baseline's wall time. */
  public double baselineWallMs;
  /** The baseline's CPU time on the running thread. */
  public double baselineCpuMs;
  private final long[] sums = new long[4];
  private long pairs;

  /** Something timed: one side of a pair. */
  @FunctionalInterface
  interface Side {
    /**
     * Runs the side once.
     *
     * @return a value that depends on the work, so the compiler cannot drop it
     * @throws Exception if the run fails
     */
    long run() throws Exception;
  }

  /** Starts an iteration's sums at zero. */
  @Setup(Level.Iteration)
  public void clear() {
    Arrays.fill(sums, 0);
    pairs = 0;
  }

  /**
   * Runs both sides once, the baseline first in every other call, and adds their times.
   *
   * @param measured the side measured
   * @param baseline its baseline
   * @param runs how many times each side runs in one timing (enough for short runs to outweigh
   *     the clocks' cost); the means are per run
   * @return the sum of both sides' results
   * @throws Exception if a side fails
   */
  long pair(Side measured, Side baseline, int runs) throws Exception {
    boolean baselineFirst = pairs % 2 == 0;
    long result = 0;
    long[] times = new long[4];
    for (int turn = 0; turn < 2; turn++) {
      boolean isBaseline = (turn == 0) == baselineFirst;
      Side side = isBaseline ? baseline : measured;
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int i = 0; i < runs; i++) {
        result += side.run();
      }
      int at = isBaseline ? 2 : 0;
      times[at] = System.nanoTime() - wall;
      times[at + 1] = THREADS.getCurrentThreadCpuTime() - cpu;
    }
    for (int i = 0; i < 4; i++) {
      sums[i] += times[i];
    }
    pairs++;
    double perRun = 1e6 * pairs * runs;
    measuredWallMs = sums[0] / perRun;
    measuredCpuMs = sums[1] / perRun;
    baselineWallMs = sums[2] / perRun;
    baselineCpuMs = sums[3] / perRun;
    return result;
  }
}
