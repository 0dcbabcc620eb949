package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the exporters scale: the throughput of one exporter instance shared by the benchmark's
 * threads, on the 2 June 2022 document; each thread writes to its own sink. Run it twice, with
 * {@code -t 1} and {@code -t 2}: the results table divides the two-thread score by the one-thread
 * score.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThroughputBenchmark {

  /** The format: {@code html} or {@code pdf}. */
  @Param({"html", "pdf"})
  public String format;

  private Minutes minutes;
  private MinutesExporter exporter;
  private final ExportOptions options = ExportOptions.defaults();

  /** Builds the document and the exporter all threads share. */
  @Setup
  public void setUp() {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(Documents.JUNE_2022));
    exporter = format.equals("pdf") ? new PdfMinutesExporter() : new HtmlMinutesExporter();
  }

  /**
   * One export.
   *
   * @param sink this thread's sink
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long export(Sink sink) throws IOException {
    return sink.export(exporter, minutes, options);
  }
}
