package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.json.JsonMinutesReader;
import io.github.minutes4j.json.internal.MinutesJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reader against Jackson's databind reading the same bytes into a tree.
 *
 * <ul>
 *   <li>{@code databindReadTree}, the baseline: {@code JsonMapper.readTree} of the exporter's
 *       output, a generic tree with no checks of the format.
 *   <li>{@code reader}: {@link JsonMinutesReader#read}, what users call: strict parsing into the
 *       records, then validation.
 *   <li>{@code readerParseOnly}: the strict parser alone ({@code MinutesJsonReader}, internal but
 *       public on the class path), without validation.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonReadBenchmark {

  @Param({Documents.JUNE_2022, Documents.DECEMBER_2021, Documents.LARGE})
  public String document;

  private byte[] json;
  private JsonMapper mapper;
  private final JsonMinutesReader reader = new JsonMinutesReader();

  /**
   * Writes the document with the exporter and checks that it reads back equal.
   *
   * @throws IOException never
   */
  @Setup
  public void setUp() throws IOException {
    Minutes minutes = Documents.byName(document);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonMinutesExporter().export(minutes, out);
    json = out.toByteArray();
    mapper = JsonMapper.builder().build();
    if (!reader.read(new ByteArrayInputStream(json)).equals(minutes)) {
      throw new IllegalStateException("the JSON of " + document + " does not read back equal");
    }
    MinutesValidator.shared();
  }

  /**
   * The baseline: databind reads a tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode databindReadTree() {
    return mapper.readTree(new ByteArrayInputStream(json));
  }

  /**
   * The reader as users call it: parsing and validation.
   *
   * @return the minutes
   * @throws IOException never
   */
  @Benchmark
  public Minutes reader() throws IOException {
    return reader.read(new ByteArrayInputStream(json));
  }

  /**
   * The reader's parser without validation.
   *
   * @return the minutes
   * @throws IOException never
   */
  @Benchmark
  public Minutes readerParseOnly() throws IOException {
    return new MinutesJsonReader(new ByteArrayInputStream(json)).read();
  }
}
