package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * How the exporters scale: the throughput of one shared exporter instance with two threads
 * against one thread, on the 2 June 2022 document. Each thread writes to its own sink. The
 * results table divides the two-thread score by the one-thread score.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ThroughputBenchmark {

  private Minutes minutes;
  private final HtmlMinutesExporter html = new HtmlMinutesExporter();
  private final PdfMinutesExporter pdf = new PdfMinutesExporter();
  private final ExportOptions options = ExportOptions.defaults();

  /** The sink of one thread. */
  @State(Scope.Thread)
  public static class Output {
    final Sink sink = new Sink();
  }

  /** Builds the document. */
  @Setup
  public void setUp() {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(Documents.JUNE_2022));
  }

  /**
   * HTML, one thread.
   *
   * @param output the sink
   * @return what was written
   * @throws IOException never
   */
  @Benchmark
  @Threads(1)
  public long html1Thread(Output output) throws IOException {
    html.export(minutes, options, output.sink.reset());
    return output.sink.count();
  }

  /**
   * HTML, two threads.
   *
   * @param output the sink
   * @return what was written
   * @throws IOException never
   */
  @Benchmark
  @Threads(2)
  public long html2Threads(Output output) throws IOException {
    html.export(minutes, options, output.sink.reset());
    return output.sink.count();
  }

  /**
   * PDF, one thread.
   *
   * @param output the sink
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  @Threads(1)
  public long pdf1Thread(Output output) throws IOException {
    pdf.export(minutes, options, output.sink.reset());
    return output.sink.count();
  }

  /**
   * PDF, two threads.
   *
   * @param output the sink
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  @Threads(2)
  public long pdf2Threads(Output output) throws IOException {
    pdf.export(minutes, options, output.sink.reset());
    return output.sink.count();
  }
}
