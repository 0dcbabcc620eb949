package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.json.internal.MinutesJsonWriter;
import java.io.IOException;
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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON exporter against Jackson's databind writing the same records directly.
 *
 * <ul>
 *   <li>{@code databindWrite}, the baseline: {@code JsonMapper.writeValue} of the {@link Minutes}
 *       records, indented like the exporter's output, without validation.
 *   <li>{@code exporter}: {@link JsonMinutesExporter#export}, what users call: validation, then
 *       the streaming writer.
 *   <li>{@code exporterWriteOnly}: the exporter's streaming writer alone ({@code
 *       MinutesJsonWriter}, a public class of the module's internal package, reachable on the
 *       class path), without validation.
 * </ul>
 *
 * Both write to a {@link Sink}, which keeps nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class JsonWriteBenchmark {

  @Param({
    Documents.JUNE_2022,
    Documents.DECEMBER_2021,
    Documents.PROTOKOLL_2026,
    Documents.AGM_2026,
    Documents.LARGE
  })
  public String document;

  private Minutes minutes;
  private JsonMapper mapper;
  private final JsonMinutesExporter exporter = new JsonMinutesExporter();
  private final ExportOptions options = ExportOptions.defaults();

  /** Builds the document and the mapper, and checks that the document is valid. */
  @Setup
  public void setUp() {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(document));
    mapper = databind();
  }

  /**
   * The baseline's mapper: Jackson 3's defaults (records and {@code java.time} need no module),
   * indented like the exporter's output.
   *
   * @return the mapper
   */
  static JsonMapper databind() {
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  /**
   * The baseline: databind writes the records.
   *
   * @param sink where the output goes, one per thread
   * @return what was written, so it cannot be eliminated
   */
  @Benchmark
  public long databindWrite(Sink sink) {
    mapper.writeValue(sink.reset(), minutes);
    return sink.count();
  }

  /**
   * The exporter as users call it: validation and writing. Its fork compiles validation and the
   * writer both, and takes longer to reach their compiled speed than either alone: after 5
   * warm-up iterations on a quiet machine, december2021 still got faster from one measured
   * iteration to the next (33.5, 32.6, 31.0 us, wall and CPU time alike, while the writer alone
   * took 21 us and validation alone 4 us), hence 12.
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
   * The exporter's writer without validation.
   *
   * @param sink where the output goes, one per thread
   * @return what was written
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public long exporterWriteOnly(Sink sink) throws IOException {
    MinutesJsonWriter.write(minutes, true, sink.reset());
    return sink.count();
  }
}
