package io.github.minutes4j.benchmarks;

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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The PDF exporter (PDF/UA-1 and PDF/A-2u, embedded fonts, bookmarks, running header and footer)
 * against openhtmltopdf printing the same page with its built-in fonts and no conformance ({@link
 * BaselinePdf}).
 *
 * <p>What each measures: the baseline parses the page (jsoup), converts it to a DOM and draws it;
 * the exporter does the same and also validates, writes the HTML page, adds the print edition to
 * it, checks that its fonts cover the text, then embeds and subsets the fonts and writes the
 * structure tree and the PDF/A metadata. Validation alone is {@link ValidationBenchmark}, tens of
 * microseconds against milliseconds here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PdfBenchmark extends ReferencePdf {

  private String html;

  /**
   * Builds the document and the page; silences openhtmltopdf for the baseline only.
   *
   * @param params which benchmark runs in this fork
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    loadDocument();
    html = BaselinePdf.html(minutes);
    if (params.getBenchmark().endsWith("Baseline")) {
      BaselinePdf.quiet();
    }
  }

  /**
   * The baseline: openhtmltopdf alone, built-in fonts.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException if openhtmltopdf fails
   */
  @Benchmark
  public long builtinFontsBaseline(Sink sink) throws IOException {
    BaselinePdf.render(html, sink.reset());
    return sink.count();
  }

  /**
   * The exporter as users call it.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long exporter(Sink sink) throws IOException {
    return sink.export(plain, minutes, options);
  }
}
