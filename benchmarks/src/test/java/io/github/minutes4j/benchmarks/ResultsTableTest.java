package io.github.minutes4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {

  private static final long MB = 1 << 20;

  @TempDir Path dir;

  /** One HeapProbe result file: one size, a given peak, 13 MB live before, 1,500 MB allocated. */
  private Path probe(String name, long peakMb) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        String.format(
            Locale.ROOT,
            "[{\"participants\":10000,\"agendaItems\":500,\"pages\":574,\"pdfBytes\":1000,"
                + "\"renderSecondsWhileSampling\":6.0,\"allocatedBytes\":%d,"
                + "\"liveBeforeBytes\":%d,\"peakLiveBytes\":%d,\"liveAfterBytes\":%d,"
                + "\"samples\":20,\"maxHeapBytes\":%d}]",
            1500 * MB,
            13 * MB,
            peakMb * MB,
            20 * MB,
            2048 * MB),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theHeapRowIsTheMedianOfSeveralProbesWithTheirRangeAndJudgedOnTheMedian() throws IOException {
    Path out = dir.resolve("table.md");
    ResultsTable.main(
        new String[] {
          "--heap", probe("heap-1.json", 249).toString(),
          "--heap", probe("heap-2.json", 137).toString(),
          "--heap", probe("heap-3.json", 151).toString(),
          "--heap", probe("heap-4.json", 197).toString(),
          "--heap", probe("heap-5.json", 141).toString(),
          "--out", out.toString()
        });
    String table = Files.readString(out, StandardCharsets.UTF_8);

    assertTrue(
        table.contains("median of 5 runs in fresh JVMs, range 137–249 MB"), table);
    assertTrue(table.contains("| 10,000 participants, 500 items | 151 MB |"), table);
    assertTrue(table.contains("| ≤ 160 MB | met |"), table);
  }

  @Test
  void aSingleProbeIsShownAsOneRun() throws IOException {
    Path out = dir.resolve("table.md");
    ResultsTable.main(
        new String[] {"--heap", probe("heap-1.json", 197).toString(), "--out", out.toString()});
    String table = Files.readString(out, StandardCharsets.UTF_8);

    assertTrue(table.contains("one run; 13 MB of it live before"), table);
    assertTrue(table.contains("| 197 MB |"), table);
    assertTrue(table.contains("**missed**"), table);
  }

  /** A ThroughputBenchmark result of one format: per-iteration rates in the order 1, 2, 2, 1. */
  private static String throughput(String format, String one, String two) {
    return "{\"benchmark\":\"io.github.minutes4j.benchmarks.ThroughputBenchmark.export\","
        + "\"threads\":2,\"params\":{\"format\":\"" + format + "\"},"
        + "\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ops/s\",\"rawData\":[[1,1,1,1]]},"
        + "\"secondaryMetrics\":{"
        + "\"oneThread\":{\"score\":1.0,\"scoreUnit\":\"ops/s\",\"rawData\":[" + one + "]},"
        + "\"twoThreads\":{\"score\":1.0,\"scoreUnit\":\"ops/s\",\"rawData\":[" + two + "]}}}";
  }

  /** The table of one JMH result file holding these results, comma-separated. */
  private String tableOfJmh(String results) throws IOException {
    Path jmh = dir.resolve("results.json");
    Files.writeString(jmh, "[" + results + "]", StandardCharsets.UTF_8);
    Path out = dir.resolve("table.md");
    ResultsTable.main(new String[] {"--jmh", jmh.toString(), "--out", out.toString()});
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theThreadRowsDivideTheMediansOfTheirOwnIterationsInOneFork() throws IOException {
    String table =
        tableOfJmh(
            throughput("pdf", "[70,0,0,72,0,0,68,74]", "[0,120,128,0,0,0,0,0]")
                + ","
                + throughput("html", "[100,0,0,100,0,0,0,0]", "[0,190,200,0,0,0,0,0]"));

    // PDF: one thread's iterations 68-74, median 71; two threads' 120 and 128, median 124.
    assertTrue(
        table.contains("| june2022 | 124 ops/s (120–128) |  | PDF export, 1 thread | 71.0 ops/s"
            + " (68.0–74.0) | 1.75x (wall) | ≥ 1.8x (wall) | **missed** |"),
        table);
    // HTML: 195 against 100.
    assertTrue(table.contains("| 1.95x (wall) | ≥ 1.7x (wall) | met |"), table);
  }

  @Test
  void aPairedReadShowsEachSidesMedianInMicrosecondsAndTheMedianOfTheIterationsRatios()
      throws IOException {
    String table =
        tableOfJmh(
            "{\"benchmark\":\"io.github.minutes4j.benchmarks.JsonReadPairBenchmark.pair\","
                + "\"threads\":1,\"params\":{\"document\":\"june2022\"},"
                + "\"primaryMetric\":{\"score\":600,\"scoreUnit\":\"us/op\",\"rawData\":[[600,600,600]]},"
                + "\"secondaryMetrics\":{"
                + "\"measuredCpuMs\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":[[0.033,0.036,0.060]]},"
                + "\"baselineCpuMs\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":[[0.030,0.030,0.030]]},"
                + "\"measuredWallMs\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":[[0.033,0.036,0.060]]},"
                + "\"baselineWallMs\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":[[0.030,0.030,0.030]]}}}");

    // Ratios per iteration 1.1, 1.2, 2.0: the median 1.2, not the ratio of the medians' sides.
    assertTrue(
        table.contains("| june2022 | 36.0 (36.0) us |  | Jackson databind `readTree` of the same"
            + " bytes, same fork | 30.0 (30.0) us | 1.20x (1.20x) |"),
        table);
  }
}
