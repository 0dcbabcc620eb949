package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A large document as PDF, one render per measurement ({@code SingleShotTime}). Run it with
 * {@code -wi 1}: the warm-up iteration does not render the large document (which would take as
 * long as the measurement) but warms the same code paths up on smaller documents: the 2 June 2022
 * document for {@link #WARM_UP_SECONDS} seconds, then one render of 1,000 participants. The
 * measured iterations then render the large document, warm. (Warming up in {@code @Setup} instead
 * would work for the time, but JMH runs the set-up inside the first iteration, where {@link
 * CpuTimeProfiler} would count it.) The size grows in step: {@code participants} rows and one
 * agenda item per 20 participants, so 10,000 participants is {@link LargeMinutes#large()} (500
 * items); time should grow in proportion. The baseline prints the same page with openhtmltopdf's
 * built-in fonts ({@link BaselinePdf}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LargePdfBenchmark {

  @Param({"1000", "5000", "10000"})
  public int participants;

  private Minutes minutes;
  private String html;
  private final PdfMinutesExporter exporter = new PdfMinutesExporter();
  private final ExportOptions options = ExportOptions.defaults();
  private final Sink sink = new Sink();
  private boolean baseline;
  private boolean warmUp;

  /**
   * How long the warm-up iteration renders the small document to warm the compiler up: PdfBenchmark
   * reaches its compiled speed after about 50 s of renders (see benchmarks/run.sh).
   */
  static final int WARM_UP_SECONDS = 45;

  /**
   * Builds the document and its page.
   *
   * @param params which benchmark runs in this fork
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    baseline = params.getBenchmark().endsWith("Baseline");
    if (baseline) {
      BaselinePdf.quiet();
    }
    minutes =
        MinutesValidator.shared()
            .requireValid(LargeMinutes.generate(participants / 20, participants));
    html = BaselinePdf.html(minutes);
  }

  /**
   * Notes whether the coming iteration is a warm-up.
   *
   * @param iteration the iteration
   */
  @Setup(Level.Iteration)
  public void nextIteration(IterationParams iteration) {
    warmUp = iteration.getType() == IterationType.WARMUP;
  }

  /** Renders smaller documents in place of the large one, to warm the compiler up. */
  private long warmUp() throws IOException {
    Minutes small = Documents.byName(Documents.JUNE_2022);
    String smallHtml = BaselinePdf.html(small);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
    while (System.nanoTime() < end) {
      render(small, smallHtml);
    }
    Minutes medium = LargeMinutes.generate(50, 1000);
    render(medium, BaselinePdf.html(medium));
    return sink.count();
  }

  private void render(Minutes document, String page) throws IOException {
    if (baseline) {
      BaselinePdf.render(page, sink.reset());
    } else {
      exporter.export(document, options, sink.reset());
    }
  }

  /**
   * The baseline: openhtmltopdf alone, built-in fonts.
   *
   * @return what was written
   * @throws IOException if openhtmltopdf fails
   */
  @Benchmark
  public long builtinFontsBaseline() throws IOException {
    if (warmUp) {
      return warmUp();
    }
    BaselinePdf.render(html, sink.reset());
    return sink.count();
  }

  /**
   * The exporter.
   *
   * @return what was written
   * @throws IOException if the export fails
   */
  @Benchmark
  public long exporter() throws IOException {
    if (warmUp) {
      return warmUp();
    }
    exporter.export(minutes, options, sink.reset());
    return sink.count();
  }
}
