package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.html.internal.MinutesPage;
import io.github.minutes4j.html.internal.Utf8Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The HTML exporter against a bare hand-written rendering of the same page.
 *
 * <ul>
 *   <li>{@code stringBuilderBaseline}: {@link BaselineHtml}, one {@link StringBuilder}, then
 *       UTF-8 bytes; the set-up checks that it gives exactly the exporter's bytes. It knows no
 *       formal parts: for the formal documents (not in {@link #BASELINE_DOCUMENTS}) it writes a
 *       shorter page, and only the exporter's rows and validation against the page count.
 *   <li>{@code exporter}: {@link HtmlMinutesExporter#export}, what users call: validation, then
 *       the page.
 *   <li>{@code exporterWriteOnly}: the exporter's page writer alone ({@code MinutesPage}, internal
 *       but public on the class path) through the same writer stack, without validation.
 * </ul>
 *
 * <p>8 warm-up iterations, 3 more than the JSON writer's: in the 23:37 run of bab07e5 the page of
 * the large document (14 ms, about 350 pages in 5 s) still compiled in the first measured
 * iteration (22.4 ms of CPU time against 16.3 ms of wall time, then 13.3 and 16.2).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 1)
public class HtmlBenchmark {

  /** The documents {@link BaselineHtml} renders byte for byte: those without formal parts. */
  static final Set<String> BASELINE_DOCUMENTS =
      Set.of(Documents.JUNE_2022, Documents.DECEMBER_2021, Documents.LARGE);

  @Param({
    Documents.JUNE_2022,
    Documents.DECEMBER_2021,
    Documents.PROTOKOLL_2026,
    Documents.AGM_2026,
    Documents.LARGE
  })
  public String document;

  private Minutes minutes;
  private final HtmlMinutesExporter exporter = new HtmlMinutesExporter();
  private final ExportOptions options = ExportOptions.defaults();

  /**
   * Builds the document and, for the baseline's rows, checks that the baseline writes the
   * exporter's page byte for byte (so that a baseline which has fallen behind the exporter fails
   * its own rows, not the exporter's).
   *
   * @param params which benchmark method this trial runs
   * @throws IOException never
   */
  @Setup
  public void setUp(BenchmarkParams params) throws IOException {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(document));
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    exporter.export(minutes, options, page);
    if (params.getBenchmark().endsWith(".stringBuilderBaseline")
        && BASELINE_DOCUMENTS.contains(document)) {
      requireSamePage(document, page.toByteArray(), BaselineHtml.render(minutes));
    }
  }

  static void requireSamePage(String document, byte[] page, byte[] baseline) {
    // The baseline leaves out one thing the exporter does: soft hyphens in the long words of
    // Swedish headings (for narrow screens), as BaselinesTest says. Its time counts as overhead.
    byte[] exported =
        new String(page, StandardCharsets.UTF_8)
            .replace("\u00AD", "")
            .getBytes(StandardCharsets.UTF_8);
    if (!Arrays.equals(exported, baseline)) {
      int at = Arrays.mismatch(exported, baseline);
      String near =
          new String(
              exported, Math.max(0, at - 80), Math.min(160, exported.length - Math.max(0, at - 80)),
              StandardCharsets.UTF_8);
      throw new IllegalStateException(
          "BaselineHtml differs from the exporter for "
              + document
              + " at byte "
              + at
              + ", near: "
              + near
              + "\n; the baseline must render the same page: update it");
    }
  }

  /**
   * The baseline: the page by hand.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   */
  @Benchmark
  public long stringBuilderBaseline(Sink sink) {
    byte[] page = BaselineHtml.render(minutes);
    sink.reset().write(page, 0, page.length);
    return sink.count();
  }

  /**
   * The exporter as users call it: validation and the page; warmed up as long as the JSON
   * exporter as users call it ({@link JsonWriteBenchmark#exporter}), for the same reason.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  @Warmup(iterations = 12, time = 1)
  public long exporter(Sink sink) throws IOException {
    return sink.export(exporter, minutes, options);
  }

  /**
   * The exporter's page writer without validation.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public long exporterWriteOnly(Sink sink) throws IOException {
    Writer writer = new Utf8Writer(sink.reset());
    new MinutesPage(minutes, options, writer).write();
    writer.flush();
    return sink.count();
  }
}
