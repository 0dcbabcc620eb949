package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Violation;
import java.util.List;
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

/**
 * Validation on its own ({@code MinutesValidator.shared().validate}), the step every exporter and
 * the reader take before their work. The results table sets it against the JSON baseline of the
 * same document, to show how much of an exporter's budget it takes, and against the JSON writer
 * and the HTML page of the same document (issue 17: at most half of what writing costs).
 *
 * <p>Three forks: in some JVMs the compiler inlines the text check's character loop into the
 * walk, where it runs far slower, so one fork alone could decide the row.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
public class ValidationBenchmark {

  @Param({
    Documents.JUNE_2022,
    Documents.DECEMBER_2021,
    Documents.PROTOKOLL_2026,
    Documents.AGM_2026,
    Documents.LARGE
  })
  public String document;

  private Minutes minutes;
  private MinutesValidator validator;

  /** Builds the document and the shared validator, and checks that the document is valid. */
  @Setup
  public void setUp() {
    minutes = Documents.byName(document);
    validator = MinutesValidator.shared();
    validator.requireValid(minutes);
  }

  /**
   * Validates.
   *
   * @return the violations (none)
   */
  @Benchmark
  public List<Violation> validate() {
    return validator.validate(minutes);
  }
}
