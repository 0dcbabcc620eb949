package io.github.minutes4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PDF exporter and its baseline ({@link BaselinePdf}, as in {@link PdfBenchmark}) in one
 * fork, one after the other in every operation, so that both run under the same load at the same
 * moments and the ratio of the two is paired rather than taken between two forks minutes apart.
 * On a machine whose cores other tenants share, the speed of a fork moves by tens of percent
 * between runs (the same baseline took 5.2 ms in one run and 7.5 ms in another); a ratio of two
 * separate forks inherits that, a paired one does not.
 *
 * <p>Each operation renders the baseline and the exporter once, in alternating order, and adds
 * each one's wall time and its thread's CPU time to {@link Times}, which reports each side's mean
 * per iteration; the results table takes the ratio per iteration and their median. The thread's CPU
 * time leaves out the collector's and the compiler's threads; the wall time includes a collection
 * pause in whichever render it falls. openhtmltopdf's logging is off for both (the baseline's
 * setting in {@link PdfBenchmark}), since the baseline's messages would otherwise go to the
 * console; {@link PdfBenchmark#exporter} measures the exporter with the logging users have.
 *
 * <p>What pairing costs: the baseline shares its fork with the exporter, which runs the same
 * engine code with other fonts and options, so the compiler's profiles of that code serve both,
 * and each render finds the caches full of the other's data. In the first run (6 December 2026)
 * the baseline's rendering thread took 6.4 ms of CPU here against 4.9 ms of the whole JVM in its
 * own fork, while the exporter took about the same in both (10.6 and 10.8 ms). So the paired
 * ratio is steady from iteration to iteration (within ±4 %) but lower than the ratio of two
 * forks; read it as the exporter's cost over the engine's in one application that uses both,
 * and {@link PdfBenchmark} as each at its own best.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PdfPairBenchmark extends ReferencePdf {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private String html;

  /** Builds the document and the page, and silences openhtmltopdf. */
  @Setup
  public void setUp() {
    loadDocument();
    html = BaselinePdf.html(minutes);
    BaselinePdf.quiet();
  }

  /**
   * The time each side took per operation in one iteration, in milliseconds: the means of the
   * iteration so far, which JMH reports as they stand at its end.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Times {
    /** The exporter's wall time. */
    public double exporterWallMs;
    /** The exporter's CPU time on the rendering thread. */
    public double exporterCpuMs;
    /** The baseline's wall time. */
    public double baselineWallMs;
    /** The baseline's CPU time on the rendering thread. */
    public double baselineCpuMs;
    private final long[] sums = new long[4];
    private long pairs;

    /** Starts an iteration's sums at zero. */
    @Setup(Level.Iteration)
    public void clear() {
      Arrays.fill(sums, 0);
      pairs = 0;
    }

    /** Adds one pair: the exporter's wall and CPU nanoseconds, then the baseline's. */
    void add(long exporterWall, long exporterCpu, long baselineWall, long baselineCpu) {
      sums[0] += exporterWall;
      sums[1] += exporterCpu;
      sums[2] += baselineWall;
      sums[3] += baselineCpu;
      pairs++;
      double perPair = 1e6 * pairs;
      exporterWallMs = sums[0] / perPair;
      exporterCpuMs = sums[1] / perPair;
      baselineWallMs = sums[2] / perPair;
      baselineCpuMs = sums[3] / perPair;
    }
  }

  /**
   * The baseline and the exporter once each, in alternating order.
   *
   * @param sink where the output goes, one per thread
   * @param times the sums of this iteration
   * @return what was written
   * @throws IOException if a render fails
   */
  @Benchmark
  public long pair(Sink sink, Times times) throws IOException {
    boolean baselineFirst = times.pairs % 2 == 0;
    long[] baseline = baselineFirst ? baseline(sink) : null;
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    long written = sink.export(plain, minutes, options);
    long exporterWall = System.nanoTime() - wall;
    long exporterCpu = THREADS.getCurrentThreadCpuTime() - cpu;
    baseline = baselineFirst ? baseline : baseline(sink);
    times.add(exporterWall, exporterCpu, baseline[0], baseline[1]);
    return written + baseline[2];
  }

  /** Renders the baseline: its wall and CPU nanoseconds, and the bytes written. */
  private long[] baseline(Sink sink) throws IOException {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    BaselinePdf.render(html, sink.reset());
    return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu,
        sink.count()};
  }
}
