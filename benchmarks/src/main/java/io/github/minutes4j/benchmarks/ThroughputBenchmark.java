package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * How the exporters scale: the throughput of one exporter instance shared by one thread and by
 * two, on the 2 June 2022 document; each thread writes to its own sink. Both counts run in one
 * fork, in alternating iterations in the order one, two, two, one thread (JMH runs two threads
 * throughout; in a one-thread iteration the second parks, 50 ms at a time), so that they share
 * the same compiled code and the same moments of the machine: on a machine whose cores other
 * tenants share, two forks minutes apart differed in speed by a third, and the ratio of the engine
 * alone once came out at 2.17x, more than two cores can give. Measure a multiple of four
 * iterations.
 *
 * <p>The counters {@link Exports#oneThread} and {@link Exports#twoThreads} count the exports of
 * each kind of iteration (zero in the other kind); the results table divides the two-thread
 * throughput by the one-thread throughput, as medians of their iterations. JMH's own score counts
 * the parked thread's returns too and means nothing here.
 *
 * <p>The format {@code pdf-engine} is the reference for what the machine allows a PDF render:
 * openhtmltopdf alone printing the same print-edition page with its built-in fonts ({@link
 * BaselinePdf}, as {@link PdfBenchmark#builtinFontsBaseline}), on as many threads. If the engine
 * alone scales no better than the PDF exporter, the limit is the engine on this machine (its
 * memory traffic, the caches the two cores share), not what the exporter adds.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(2)
public class ThroughputBenchmark {

  /** Whether the iterations, in a repeating cycle, run two threads: one, two, two, one. */
  private static final boolean[] TWO_THREADS = {false, true, true, false};

  /** The PDF engine alone on the PDF exporter's page: the reference for the PDF's scaling. */
  static final String PDF_ENGINE = "pdf-engine";

  /** The format: {@code html}, {@code pdf} or {@value #PDF_ENGINE}. */
  @Param({"html", "pdf", PDF_ENGINE})
  public String format;

  private Minutes minutes;
  private MinutesExporter exporter;
  private String html;
  private final ExportOptions options = ExportOptions.defaults();
  private int iterations;
  private IterationType phase = IterationType.WARMUP;
  private volatile boolean twoThreads;

  /**
   * The exports of one thread in one iteration, by kind of iteration; JMH turns each into
   * exports per second and adds the threads'.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Exports {
    /** Exports in iterations where one thread exports. */
    public long oneThread;
    /** Exports in iterations where both threads export. */
    public long twoThreads;

    /** Starts an iteration's counts at zero. */
    @Setup(Level.Iteration)
    public void clear() {
      oneThread = 0;
      twoThreads = 0;
    }
  }

  /**
   * Decides, before each iteration, whether it runs one thread or two; the measured iterations
   * start the cycle afresh, so that they run one, two, two, one whatever the number of warm-ups.
   *
   * @param iteration what JMH says of the iteration about to start
   */
  @Setup(Level.Iteration)
  public void nextIteration(IterationParams iteration) {
    if (iteration.getType() != phase) {
      phase = iteration.getType();
      iterations = 0;
    }
    twoThreads = TWO_THREADS[iterations++ % TWO_THREADS.length];
  }

  /** Builds the document and the exporter all threads share (or, for the engine, the page). */
  @Setup
  public void setUp() {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(Documents.JUNE_2022));
    switch (format) {
      case "html":
        exporter = new HtmlMinutesExporter();
        break;
      case "pdf":
        exporter = new PdfMinutesExporter();
        break;
      case PDF_ENGINE:
        html = BaselinePdf.html(minutes);
        BaselinePdf.quiet();
        break;
      default:
        throw new IllegalArgumentException(
            "format is html, pdf or " + PDF_ENGINE + ", not " + format);
    }
  }

  /**
   * One export (for {@value #PDF_ENGINE}: one print of the page by the engine), or, on the second
   * thread in a one-thread iteration, 50 ms parked.
   *
   * @param sink this thread's sink
   * @param exports this thread's counts
   * @param thread which thread this is
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long export(Sink sink, Exports exports, ThreadParams thread) throws IOException {
    boolean both = twoThreads;
    if (!both && thread.getThreadIndex() > 0) {
      // Long enough that its wake-ups do not disturb the exporting thread (at 1 ms, 1,000 timer
      // wake-ups a second slowed the lone HTML export); JMH waits for it at the iteration's end,
      // but the exporting thread's count and time end when the iteration does.
      LockSupport.parkNanos(50_000_000);
      return 0;
    }
    long written;
    if (exporter == null) {
      BaselinePdf.render(html, sink.reset());
      written = sink.count();
    } else {
      written = sink.export(exporter, minutes, options);
    }
    if (both) {
      exports.twoThreads++;
    } else {
      exports.oneThread++;
    }
    return written;
  }
}
