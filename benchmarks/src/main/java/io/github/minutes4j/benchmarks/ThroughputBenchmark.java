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
public class ThroughputBenchmark {

  /** The PDF engine alone on the PDF exporter's page: the reference for the PDF's scaling. */
  static final String PDF_ENGINE = "pdf-engine";

  /** The format: {@code html}, {@code pdf} or {@value #PDF_ENGINE}. */
  @Param({"html", "pdf", PDF_ENGINE})
  public String format;

  private Minutes minutes;
  private MinutesExporter exporter;
  private String html;
  private final ExportOptions options = ExportOptions.defaults();

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
   * One export (for {@value #PDF_ENGINE}: one print of the page by the engine).
   *
   * @param sink this thread's sink
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long export(Sink sink) throws IOException {
    if (exporter == null) {
      BaselinePdf.render(html, sink.reset());
      return sink.count();
    }
    return sink.export(exporter, minutes, options);
  }
}
