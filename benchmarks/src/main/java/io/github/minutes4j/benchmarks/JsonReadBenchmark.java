package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.json.JsonMinutesReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

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
public class JsonReadBenchmark extends JsonReading {

  /**
   * The baseline: databind reads a tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode databindReadTree() {
    return readTree();
  }

  /**
   * The reader as users call it: parsing and validation.
   *
   * @return the minutes
   * @throws IOException never
   */
  @Benchmark
  public Minutes reader() throws IOException {
    return read();
  }

  /**
   * The reader's parser without validation.
   *
   * @return the minutes
   * @throws IOException never
   */
  @Benchmark
  public Minutes readerParseOnly() throws IOException {
    return parse();
  }
}
