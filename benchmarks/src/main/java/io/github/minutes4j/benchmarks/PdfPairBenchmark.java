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
 * The PDF exporter and its baseline ({@link BaselinePdf}, as in {@link PdfBenchmark}) in one
 * fork, one after the other in every operation, so that both run under the same load at the same
 * moments and the ratio of the two is paired rather than taken between two forks minutes apart.
 * On a machine whose cores other tenants share, the speed of a fork moves by tens of percent
 * between runs (the same baseline took 5.2 ms in one run and 7.5 ms in another); a ratio of two
 * separate forks inherits that, a paired one does not.
 *
 * <p>Each operation renders the baseline and the exporter once, in alternating order, timed by
 * {@link PairTimes}. openhtmltopdf's logging is off for both (the baseline's
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

  private String html;

  /** Builds the document and the page, and silences openhtmltopdf. */
  @Setup
  public void setUp() {
    loadDocument();
    html = BaselinePdf.html(minutes);
    BaselinePdf.quiet();
  }

  /**
   * The baseline and the exporter once each, in alternating order.
   *
   * @param sink where the output goes, one per thread
   * @param times the sums of this iteration
   * @return what was written
   * @throws Exception if a render fails
   */
  @Benchmark
  public long pair(Sink sink, PairTimes times) throws Exception {
    return times.pair(
        () -> sink.export(plain, minutes, options),
        () -> {
          BaselinePdf.render(html, sink.reset());
          return sink.count();
        },
        1);
  }
}
