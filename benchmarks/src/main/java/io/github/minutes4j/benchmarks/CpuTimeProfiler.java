package io.github.minutes4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark's JVM spent per operation ({@code
 * cpu.time.norm}): all its threads, so garbage collection counts too; and the time the garbage
 * collectors report per operation ({@code gc.time.norm}: their pauses, the sum of every
 * collector's {@link GarbageCollectorMXBean#getCollectionTime()}), which JMH's own {@code -prof
 * gc} gives only per iteration. Use it with {@code -prof
 * io.github.minutes4j.benchmarks.CpuTimeProfiler}.
 *
 * <p>Why: on a machine whose cores other processes share, the wall time of an operation grows
 * with their load, which changes between the baseline's fork and the exporter's; the CPU time the
 * JVM itself spends does much less so. The results table judges the ratios on it when present.
 * It is reported in the benchmark's time unit (microseconds for throughput benchmarks).
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private long start;
  private long gcStart;

  /** Creates the profiler; JMH calls this. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the whole JVM (all threads, GC included) per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
    gcStart = gcMillis();
  }

  private long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : collectors) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long nanos = os.getProcessCpuTime() - start;
    long gcNanos = TimeUnit.MILLISECONDS.toNanos(gcMillis() - gcStart);
    long ops = Math.max(1, result.getMetadata().getAllOps());
    TimeUnit unit =
        benchmarkParams.getMode() == Mode.Throughput
            ? TimeUnit.MICROSECONDS
            : benchmarkParams.getTimeUnit();
    double perOp = (double) nanos / ops / unit.toNanos(1);
    double gcPerOp = (double) gcNanos / ops / unit.toNanos(1);
    return List.of(
        new ScalarResult("cpu.time.norm", perOp, symbol(unit) + "/op", AggregationPolicy.AVG),
        new ScalarResult("gc.time.norm", gcPerOp, symbol(unit) + "/op", AggregationPolicy.AVG));
  }

  private static String symbol(TimeUnit unit) {
    switch (unit) {
      case NANOSECONDS:
        return "ns";
      case MICROSECONDS:
        return "us";
      case MILLISECONDS:
        return "ms";
      case SECONDS:
        return "s";
      default:
        return unit.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
