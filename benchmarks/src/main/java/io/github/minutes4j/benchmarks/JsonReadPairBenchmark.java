package io.github.minutes4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JSON reader's parser ({@link JsonReadBenchmark#readerParseOnly}) and its baseline, Jackson
 * databind's {@code readTree} of the same bytes ({@link JsonReadBenchmark#databindReadTree}), in
 * one fork, one after the other in every operation and timed on the reading thread ({@link
 * PairTimes}), so that their ratio does not inherit the difference between two forks: in the
 * 05:45 run of d9df9d9 the separate forks' parser rows spread by a third (parsing alone measured
 * slower than parsing and validating), and the whole JVM's CPU time counts the compiler's threads,
 * still busy in the reader's fork after 12 s under load.
 *
 * <p>Each side reads the document {@link #runs} times per timing (one time for the large one),
 * so that a timing lasts a few hundred microseconds and the clocks' own cost (under a microsecond
 * each) stays below 1 %. Both sides use Jackson's byte parser, so the compiler's profiles of it
 * serve both.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonReadPairBenchmark extends JsonReading {

  private int runs;

  /** Reads of each side per timing: ten for a reference document, one for the large one. */
  @Setup
  public void setRuns() {
    runs = document.equals(Documents.LARGE) ? 1 : 10;
  }

  /**
   * The parser and {@code readTree}, each {@link #runs} times, in alternating order.
   *
   * @param times the sums of this iteration
   * @return a number that depends on what was read
   * @throws Exception if a read fails
   */
  @Benchmark
  public long pair(PairTimes times) throws Exception {
    return times.pair(
        () -> parse().sessions().size(), () -> readTree().size(), runs);
  }
}
