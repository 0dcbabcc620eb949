package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.validation.MinutesValidator;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The PDF exporter (PDF/UA-1 and PDF/A-2u, embedded fonts, bookmarks, running header and footer)
 * against openhtmltopdf printing the same HTML page with its built-in fonts and no conformance
 * ({@link BaselinePdf}). The baseline's time includes parsing the page with jsoup, as the
 * exporter's does; the exporter's also includes validation and writing the HTML page.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PdfBenchmark {

  @Param({Documents.JUNE_2022, Documents.DECEMBER_2021})
  public String document;

  private Minutes minutes;
  private String html;
  private final PdfMinutesExporter exporter = new PdfMinutesExporter();
  private final ExportOptions options = ExportOptions.defaults();

  /** The sink of one thread. */
  @State(Scope.Thread)
  public static class Output {
    final Sink sink = new Sink();
  }

  /**
   * Builds the document and the page; silences openhtmltopdf for the baseline only.
   *
   * @param params which benchmark runs in this fork
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(document));
    html = BaselinePdf.html(minutes);
    if (params.getBenchmark().endsWith("Baseline")) {
      BaselinePdf.quiet();
    }
  }

  /**
   * The baseline: openhtmltopdf alone, built-in fonts.
   *
   * @param output the sink
   * @return what was written
   * @throws IOException if openhtmltopdf fails
   */
  @Benchmark
  public long builtinFontsBaseline(Output output) throws IOException {
    BaselinePdf.render(html, output.sink.reset());
    return output.sink.count();
  }

  /**
   * The exporter as users call it.
   *
   * @param output the sink
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long exporter(Output output) throws IOException {
    exporter.export(minutes, options, output.sink.reset());
    return output.sink.count();
  }
}
