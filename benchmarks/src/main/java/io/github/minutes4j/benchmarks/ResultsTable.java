package io.github.minutes4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the results of a benchmark run into Markdown: one table with a row per measured thing
 * (benchmark and document) against its baseline of the same run, the ratio, the target and
 * whether it was met (the latest issue that set a row's target: 17 for export as users call it, the
 * PDF, threads and the large document; 11 for the JSON writer and parser; 6 for the others); then the large PDF's time and memory at each size.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.minutes4j.benchmarks.ResultsTable \
 *     --jmh results.json [--jmh more.json] [--heap heap-1.json --heap heap-2.json ...] \
 *     [--fit fit.json] \
 *     [--cold launcher.json] [--cold-plain plain.json] [--out table.md]
 * </pre>
 *
 * Scores are medians of the measured iterations of all forks (JMH's JSON keeps them), shown with
 * their range: on a machine whose cores other processes share, a load spike during one iteration
 * moves a mean much more than a median. Times are shown as CPU time per operation ({@link
 * CpuTimeProfiler}: the whole JVM, garbage collection and compilation included) with the wall
 * time after it in parentheses; ratios and the large PDF's target are judged on CPU time, which
 * other processes' load changes much less than wall time, and the wall ratio is shown beside it.
 * Throughput (two threads against one) and cold start are judged on wall time, as users see them;
 * the PDF engine's own two-thread row has no target, it is the reference for the PDF export's.
 * Files that do not exist are skipped, so a run of some stages gives the rows of those stages.
 *
 * <p>Each {@code --heap} file is one {@link HeapProbe} run in its own JVM; with several, the
 * memory rows show per size the median of the runs, with the peak live heap's range: one probe's
 * peak depends on where its samples fall (137-249 MB for the same code in single runs).
 */
public final class ResultsTable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** The large PDF against openhtmltopdf alone on the same page (issue 17). */
  private static final double LARGE_PDF_RATIO = 2.0;
  private static final double LIVE_HEAP_MB = 160.0;
  private static final double COLD_START_SECONDS = 1.0;
  /** How much more a participant may cost at the largest size than at the smallest. */
  private static final double LINEAR = 1.25;

  private final List<Score> scores = new ArrayList<>();
  private final List<Paired> pairs = new ArrayList<>();
  private final Map<String, Scaling> scalings = new TreeMap<>();
  private final List<String> lines = new ArrayList<>();

  /** One JMH result: a benchmark method with one set of parameters. */
  private record Score(
      String benchmark,
      String params,
      double score,
      double min,
      double max,
      String unit,
      Double allocated,
      Double cpu,
      Optional<String> gc) {}

  /**
   * A run of a paired benchmark ({@link PdfPairBenchmark}, {@link JsonReadPairBenchmark}, timed
   * by {@link PairTimes}): per measured iteration, in order, each side's mean time per run in
   * milliseconds (the running thread's CPU time, and the wall time).
   */
  private record Paired(
      String benchmark, String params, double[] measuredCpu, double[] baselineCpu,
      double[] measuredWall, double[] baselineWall) {

    /** The median of the iterations' ratios, exporter over baseline. */
    static double ratio(double[] exporter, double[] baseline) {
      double[] ratios = new double[exporter.length];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = exporter[i] / baseline[i];
      }
      return median(ratios);
    }
  }

  /**
   * A run of {@link ThroughputBenchmark}: exports per second of wall time in its one-thread and
   * its two-thread iterations (zero in the other kind's, left out here).
   */
  private record Scaling(double[] one, double[] two) {

    static Scaling of(JsonNode secondary) {
      return new Scaling(
          Arrays.stream(inOrder(secondary.get("oneThread"))).filter(v -> v > 0).toArray(),
          Arrays.stream(inOrder(secondary.get("twoThreads"))).filter(v -> v > 0).toArray());
    }
  }

  /** Every measured iteration of every fork, in order. */
  private static double[] inOrder(JsonNode metric) {
    List<Double> values = new ArrayList<>();
    JsonNode forks = metric.get("rawData");
    if (forks != null) {
      for (JsonNode fork : forks) {
        for (JsonNode value : fork) {
          values.add(value.asDouble());
        }
      }
    }
    if (values.isEmpty()) {
      values.add(metric.get("score").asDouble());
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Every measured iteration of every fork, sorted. */
  private static double[] raw(JsonNode metric) {
    double[] values = inOrder(metric);
    Arrays.sort(values);
    return values;
  }

  /** The median of values in any order. */
  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private ResultsTable() {}

  /**
   * Prints the tables.
   *
   * @param args see the class comment
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    ResultsTable table = new ResultsTable();
    Map<String, Path> files = new TreeMap<>();
    List<Path> heaps = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      Path path = Path.of(args[i + 1]);
      if (args[i].equals("--jmh")) {
        if (Files.exists(path)) {
          table.readJmh(path);
        }
      } else if (args[i].equals("--heap")) {
        existing(path).ifPresent(heaps::add);
      } else if (List.of("--fit", "--cold", "--cold-plain", "--out").contains(args[i])) {
        files.put(args[i], path);
      } else {
        throw new IllegalArgumentException("unknown option " + args[i] + "; see the class comment");
      }
    }
    Map<Integer, Probes> heap = memory(heaps);
    Optional<Path> fit = existing(files.get("--fit"));
    Optional<Path> cold = existing(files.get("--cold"));
    Optional<Path> coldPlain = existing(files.get("--cold-plain"));
    Optional<Path> out = Optional.ofNullable(files.get("--out"));
    table.write(heap, fit, cold, coldPlain);
    String text = String.join("\n", table.lines) + "\n";
    System.out.print(text);
    if (out.isPresent()) {
      Files.writeString(out.get(), text, StandardCharsets.UTF_8);
    }
  }

  private static Optional<Path> existing(Path path) {
    return Optional.ofNullable(path).filter(Files::exists);
  }

  private void readJmh(Path path) throws IOException {
    JsonNode root = JSON.readTree(path.toFile());
    for (JsonNode result : root) {
      String benchmark = result.get("benchmark").asString();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      int threads = result.get("threads").asInt();
      if (threads > 1) {
        benchmark += "@" + threads; // ThroughputBenchmark.export@2
      }
      StringBuilder params = new StringBuilder();
      JsonNode parameters = result.get("params");
      if (parameters != null) {
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : parameters.properties()) {
          sorted.put(entry.getKey(), entry.getValue().asString());
        }
        for (String value : sorted.values()) {
          params.append(params.length() == 0 ? "" : ", ").append(value);
        }
      }
      JsonNode primary = result.get("primaryMetric");
      double[] raw = raw(primary);
      Double allocated = null;
      Double cpu = null;
      JsonNode secondary = result.get("secondaryMetrics");
      double[] cpuRaw = null;
      if (secondary != null && secondary.has("cpu.time.norm")) {
        cpuRaw = raw(secondary.get("cpu.time.norm"));
        cpu = median(cpuRaw);
      }
      Optional<String> gc = Optional.empty();
      if (secondary != null && secondary.has("gc.time.norm")) {
        JsonNode metric = secondary.get("gc.time.norm");
        gc =
            Optional.of(
                number(median(raw(metric))) + " " + metric.get("scoreUnit").asString());
      }
      if (secondary != null && secondary.has("measuredCpuMs")) {
        pairs.add(new Paired(benchmark, params.toString(), inOrder(secondary.get("measuredCpuMs")),
            inOrder(secondary.get("baselineCpuMs")), inOrder(secondary.get("measuredWallMs")),
            inOrder(secondary.get("baselineWallMs"))));
      }
      if (secondary != null && secondary.has("twoThreads")) {
        scalings.put(params.toString(), Scaling.of(secondary));
      }
      if (secondary != null) {
        for (String key : List.of("gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm")) {
          if (secondary.has(key)) {
            allocated = secondary.get(key).get("score").asDouble();
          }
        }
      }
      scores.add(
          new Score(
              benchmark,
              params.toString(),
              median(raw),
              raw.length > 1 ? raw[0] : Double.NaN,
              raw.length > 1 ? raw[raw.length - 1] : Double.NaN,
              primary.get("scoreUnit").asString(),
              allocated,
              cpu,
              gc));
    }
  }

  private Optional<Score> find(String benchmark, String params) {
    return scores.stream()
        .filter(s -> s.benchmark.equals(benchmark) && s.params.equals(params))
        .findFirst();
  }

  private List<String> paramsOf(String benchmark) {
    List<String> params = new ArrayList<>();
    for (Score score : scores) {
      if (score.benchmark.equals(benchmark) && !params.contains(score.params)) {
        params.add(score.params);
      }
    }
    return params;
  }

  private void write(
      Map<Integer, Probes> heap, Optional<Path> fit, Optional<Path> cold, Optional<Path> coldPlain)
      throws IOException {
    lines.add(
        "| benchmark (what is measured) | document | time/op: CPU (wall) | alloc/op (GC pause/op)"
            + " | baseline, same run | baseline time/op: CPU (wall) | ratio: CPU (wall) | target"
            + " | result |");
    lines.add("| --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |");

    String databindWrite = "Jackson databind `writeValue` of the same records, no validation";
    group("JsonWriteBenchmark", "databindWrite", databindWrite,
        new Row("exporter", "JSON export as users call it: validation + streaming writer", 1.5),
        new Row("exporterWriteOnly", "JSON export, writer only (no validation, like the baseline)",
            1.1));
    String readTree = "Jackson databind `readTree` of the same bytes (a generic tree, no checks)";
    group("JsonReadBenchmark", "databindReadTree", readTree,
        new Row("reader", "JSON read as users call it: strict parser into the records + validation",
            1.2),
        new Row("readerParseOnly", "JSON read, parser only (no validation)", 1.2));
    paired("JsonReadPairBenchmark.pair",
        "JSON read, parser only, paired: it and the baseline read alternately in one fork (CPU of"
            + " the reading thread; wall; not judged, see JsonReadPairBenchmark)",
        "Jackson databind `readTree` of the same bytes, same fork", "us", 1000);
    group("JsonWriteBenchmark", "databindWrite", databindWrite,
        new Row("ValidationBenchmark.validate", "validation alone", 0));
    // Issue 17: validation costs at most half of what writing costs.
    group("JsonWriteBenchmark", "exporterWriteOnly", "the JSON exporter's writer alone, same run",
        new Row("ValidationBenchmark.validate", "validation alone, against the JSON writer", 0.5));
    group("HtmlBenchmark", "exporterWriteOnly", "the HTML exporter's page alone, same run",
        new Row("ValidationBenchmark.validate", "validation alone, against the HTML page", 0.5));
    String stringBuilder = "hand-written `StringBuilder` page, byte for byte the same, no validation";
    // The hand-written page has no formal parts: only the documents it renders byte for byte.
    group("HtmlBenchmark", "stringBuilderBaseline", stringBuilder,
        HtmlBenchmark.BASELINE_DOCUMENTS::contains,
        new Row("exporter", "HTML export as users call it: validation + page", 1.5),
        new Row("exporterWriteOnly", "HTML export, page only (no validation, like the baseline)",
            1.2));
    String builtin =
        "openhtmltopdf on the same print-edition HTML: built-in fonts, no PDF/UA, no PDF/A";
    group("PdfBenchmark", "builtinFontsBaseline", builtin,
        new Row("exporter", "PDF export: validation, HTML page, print edition, font check,"
            + " PDF/UA-1 + PDF/A-2u with embedded, subset fonts", 2.0));
    paired("PdfPairBenchmark.pair",
        "PDF export against its engine, paired: both rendered alternately in one fork"
            + " (CPU of the rendering thread; wall; not judged, see PdfPairBenchmark)",
        builtin + ", same fork", "ms", 1);
    for (String params : paramsOf("LargePdfBenchmark.exporter")) {
      Score exporter = find("LargePdfBenchmark.exporter", params).orElseThrow();
      Optional<Score> baseline = find("LargePdfBenchmark.builtinFontsBaseline", params);
      boolean largest = params.equals(String.valueOf(LargeMinutes.PARTICIPANTS));
      lines.add(
          row(
              "large PDF export, warm, one render (single shot)",
              participants(params),
              exporter,
              baseline,
              builtin,
              largest && baseline.isPresent()
                  ? String.format(Locale.ROOT, "≤ %.1fx (CPU)", LARGE_PDF_RATIO)
                  : "",
              largest && baseline.isPresent()
                  ? verdict(ratio(exporter, baseline.get()) <= LARGE_PDF_RATIO)
                  : ""));
    }
    threads("html", "HTML export, 2 threads sharing one exporter", "HTML export, 1 thread", 1.7);
    threads("pdf", "PDF export, 2 threads sharing one exporter", "PDF export, 1 thread", 1.8);
    // No target: what the machine allows a PDF render, for the row above.
    threads(
        ThroughputBenchmark.PDF_ENGINE,
        "PDF engine alone, the reference for the row above: openhtmltopdf on the PDF export's page,"
            + " built-in fonts, 2 threads",
        "PDF engine alone, 1 thread",
        0);
    heapRows(heap);
    fit.ifPresent(path -> uncheck(() -> fitRows(path)));
    linearity(heap);
    cold.ifPresent(path -> uncheck(() -> coldRow(path, coldPlain)));

    growth(heap);
  }

  /** A measured method, judged against its group's baseline: at most {@code target} times it. */
  private record Row(String method, String label, double target) {}

  private void group(String benchmarkClass, String baselineMethod, String baselineLabel, Row... rows) {
    group(benchmarkClass, baselineMethod, baselineLabel, params -> true, rows);
  }

  /** As above, for the documents (parameters) that {@code documents} accepts only. */
  private void group(
      String benchmarkClass,
      String baselineMethod,
      String baselineLabel,
      Predicate<String> documents,
      Row... rows) {
    String baselineName = benchmarkClass + "." + baselineMethod;
    for (String params : paramsOf(baselineName)) {
      if (!documents.test(params)) {
        continue;
      }
      Score baseline = find(baselineName, params).orElseThrow();
      for (Row row : rows) {
        String name = row.method.contains(".") ? row.method : benchmarkClass + "." + row.method;
        find(name, params)
            .ifPresent(
                score -> {
                  double ratio = ratio(score, baseline);
                  boolean judged = row.target > 0;
                  lines.add(
                      row(
                          row.label,
                          params,
                          score,
                          Optional.of(baseline),
                          baselineLabel,
                          judged ? String.format(Locale.ROOT, "≤ %.1fx (CPU)", row.target) : "",
                          judged ? verdict(ratio <= row.target) : ""));
                });
      }
    }
  }

  /**
   * A paired benchmark's rows, one per document ({@link PdfPairBenchmark}, {@link
   * JsonReadPairBenchmark}): the median per iteration of each side's mean time, and the median of
   * the iterations' ratios on the running thread's CPU time. Not judged: pairing changes what each
   * side runs beside (see the benchmarks), so the ratio of the separate forks above is the one the
   * target is held to; the paired one shows how much of that ratio is the difference between
   * forks.
   */
  private void paired(
      String benchmark, String label, String baselineLabel, String unit, double perMs) {
    for (Paired pair : pairs) {
      if (!pair.benchmark.equals(benchmark)) {
        continue;
      }
      lines.add(
          String.join(
              " | ",
              "| " + label,
              pair.params,
              number(perMs * median(pair.measuredCpu)) + " ("
                  + number(perMs * median(pair.measuredWall)) + ") " + unit,
              "",
              baselineLabel,
              number(perMs * median(pair.baselineCpu)) + " ("
                  + number(perMs * median(pair.baselineWall)) + ") " + unit,
              String.format(Locale.ROOT, "%.2fx (%.2fx)",
                  Paired.ratio(pair.measuredCpu, pair.baselineCpu),
                  Paired.ratio(pair.measuredWall, pair.baselineWall)),
              "",
              " |"));
    }
  }

  /**
   * Two threads against one: throughput (exports per second of wall time, the median of each
   * kind's iterations in {@link ThroughputBenchmark}'s one fork), higher is better. Judged against
   * {@code target} if it is above 0.
   */
  private void threads(String format, String label, String baselineLabel, double target) {
    Scaling scaling = scalings.get(format);
    if (scaling == null || scaling.one.length == 0 || scaling.two.length == 0) {
      return;
    }
    double one = median(scaling.one);
    double two = median(scaling.two);
    double ratio = two / one;
    lines.add(
        String.join(
            " | ",
            "| " + label + ": throughput",
            Documents.JUNE_2022,
            perSecond(scaling.two),
            "",
            baselineLabel,
            perSecond(scaling.one),
            String.format(Locale.ROOT, "%.2fx (wall)", ratio),
            target > 0 ? String.format(Locale.ROOT, "≥ %.1fx (wall)", target) : "",
            (target > 0 ? verdict(ratio >= target) : "") + " |"));
  }

  /** The median rate and the range of iterations: {@code 123 ops/s (118–131)}. */
  private static String perSecond(double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    return number(median(sorted))
        + " ops/s ("
        + number(sorted[0])
        + "–"
        + number(sorted[sorted.length - 1])
        + ")";
  }

  /** The ratio of two times: on CPU time where both have it, else on wall time. */
  private static double ratio(Score score, Score baseline) {
    return score.cpu != null && baseline.cpu != null
        ? score.cpu / baseline.cpu
        : score.score / baseline.score;
  }

  private static String row(
      String label,
      String document,
      Score score,
      Optional<Score> baseline,
      String baselineLabel,
      String target,
      String verdict) {
    String ratio =
        baseline
            .map(
                b ->
                    String.format(Locale.ROOT, "%.2fx", ratio(score, b))
                        + String.format(Locale.ROOT, " (%.2fx)", score.score / b.score))
            .orElse("");
    return "| "
        + String.join(
            " | ",
            label,
            document,
            time(score),
            allocation(score),
            baseline.isPresent() ? baselineLabel : "",
            baseline.map(ResultsTable::time).orElse(""),
            ratio,
            target,
            verdict)
        + " |";
  }

  /** CPU time per operation, then the wall time's median and range: {@code 57 (28.8, 24.3–31.4) ms}. */
  private static String time(Score score) {
    String wall =
        number(score.score)
            + (Double.isNaN(score.min) ? "" : ", " + number(score.min) + "–" + number(score.max));
    return (score.cpu == null ? "n/a" : number(score.cpu))
        + " ("
        + wall
        + ") "
        + score.unit.replace("/op", "");
  }

  private void heapRows(Map<Integer, Probes> memory) {
    for (Probes probes : memory.values()) {
      int participants = probes.participants();
      double peak = probes.median(r -> megabytes(r, "peakLiveBytes"));
      double before = probes.median(r -> megabytes(r, "liveBeforeBytes"));
      boolean largest = participants == LargeMinutes.PARTICIPANTS;
      String runs =
          probes.runs().size() == 1
              ? "one run"
              : String.format(
                  Locale.ROOT,
                  "median of %d runs in fresh JVMs, range %.0f–%.0f MB",
                  probes.runs().size(),
                  probes.min(r -> megabytes(r, "peakLiveBytes")),
                  probes.max(r -> megabytes(r, "peakLiveBytes")));
      lines.add(
          String.join(
              " | ",
              "| large PDF export: peak live heap during one render (sampled after full collections,"
                  + String.format(Locale.ROOT, " %s; %.0f MB of it live before)", runs, before),
              participants(String.valueOf(participants)),
              String.format(Locale.ROOT, "%.0f MB", peak),
              bytes(probes.median(r -> r.get("allocatedBytes").asDouble())),
              "",
              "",
              "",
              largest ? String.format(Locale.ROOT, "≤ %.0f MB", LIVE_HEAP_MB) : "",
              (largest ? verdict(peak <= LIVE_HEAP_MB) : "") + " |"));
    }
  }

  private void fitRows(Path path) throws IOException {
    for (JsonNode result : JSON.readTree(path.toFile())) {
      long maxMb = result.get("maxHeapBytes").asLong() >> 20;
      boolean fits = result.get("fits").asBoolean();
      lines.add(
          String.join(
              " | ",
              "| large PDF export: one cold render in a JVM with a " + maxMb + " MB heap",
              participants(result.get("participants").asString()),
              (fits ? "fits" : "out of memory")
                  + String.format(
                      Locale.ROOT, " (%.1f s wall)", result.get("renderSeconds").asDouble()),
              "",
              "",
              "",
              "",
              "fits in " + maxMb + " MB",
              verdict(fits) + " |"));
    }
  }

  private void coldRow(Path launcher, Optional<Path> plain) throws IOException {
    double median = coldMedian(launcher);
    String plainMedian = "";
    String ratio = "";
    if (plain.isPresent()) {
      plainMedian = cold(plain.get());
      ratio = String.format(Locale.ROOT, "(%.2fx)", median / coldMedian(plain.get()));
    }
    lines.add(
        String.join(
            " | ",
            "| cold start: one CLI PDF render in a fresh JVM, launcher `cli/src/main/dist/minutes4j`"
                + " (AppCDS, C1 only, Serial GC); median of "
                + coldTimes(launcher).size(),
            Documents.JUNE_2022,
            cold(launcher),
            "",
            plain.isPresent() ? "plain `java -cp minutes4j-cli-*-all.jar`, the JVM's defaults" : "",
            plainMedian,
            ratio,
            String.format(Locale.ROOT, "< %.1f s (wall)", COLD_START_SECONDS),
            verdict(median < COLD_START_SECONDS) + " |"));
  }

  /** The wall time's median and range, and the CPU time's median if measured. */
  private static String cold(Path path) throws IOException {
    JsonNode result = JSON.readTree(path.toFile()).get("results").get(0);
    String cpu =
        result.has("cpuMedian")
            ? String.format(Locale.ROOT, "; CPU %.2f s", result.get("cpuMedian").asDouble())
            : "";
    return String.format(
        Locale.ROOT, "%.2f s (wall, %s%s)", coldMedian(path), coldRange(path), cpu);
  }

  private static JsonNode coldTimes(Path path) throws IOException {
    return JSON.readTree(path.toFile()).get("results").get(0).get("times");
  }

  private static double coldMedian(Path path) throws IOException {
    return JSON.readTree(path.toFile()).get("results").get(0).get("median").asDouble();
  }

  private static String coldRange(Path path) throws IOException {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (JsonNode time : coldTimes(path)) {
      min = Math.min(min, time.asDouble());
      max = Math.max(max, time.asDouble());
    }
    return String.format(Locale.ROOT, "%.2f–%.2f", min, max);
  }

  /** The large PDF's time and memory per 1,000 participants: constant if growth is linear. */
  private void growth(Map<Integer, Probes> memory) {
    List<String> sizes = paramsOf("LargePdfBenchmark.exporter");
    if (sizes.isEmpty() && memory.isEmpty()) {
      return;
    }
    lines.add("");
    lines.add(
        "| large PDF size | pages | export: CPU (wall) s | CPU s per 1,000 participants"
            + " | baseline: CPU (wall) s | allocated MB | allocated MB per 1,000"
            + " | peak live heap MB | peak live minus live before, MB per 1,000 |");
    lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int participants : sizes(sizes, memory)) {
      String size = String.valueOf(participants);
      Optional<Score> export = find("LargePdfBenchmark.exporter", size);
      Probes m = memory.get(participants);
      lines.add(
          String.join(
              " | ",
              "| " + participants(size),
              m == null ? "" : m.runs().get(0).get("pages").asString(),
              export.map(ResultsTable::seconds).orElse(""),
              export
                  .map(e -> String.format(Locale.ROOT, "%.3f", cpuSeconds(e) * 1000 / participants))
                  .orElse(""),
              find("LargePdfBenchmark.builtinFontsBaseline", size)
                  .map(ResultsTable::seconds)
                  .orElse(""),
              m == null
                  ? ""
                  : String.format(
                      Locale.ROOT, "%.0f", m.median(r -> megabytes(r, "allocatedBytes"))),
              m == null
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "%.1f",
                      m.median(r -> megabytes(r, "allocatedBytes")) * 1000 / participants),
              m == null
                  ? ""
                  : String.format(
                      Locale.ROOT, "%.0f", m.median(r -> megabytes(r, "peakLiveBytes"))),
              m == null
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "%.1f",
                      m.median(ResultsTable::ownHeap) * 1000 / participants))
              + " |");
    }
  }

  /**
   * Rows of the main table: the cost per participant of the largest size against the smallest
   * (1 if the growth is linear, less where a fixed cost is spread over more participants).
   */
  private void linearity(Map<Integer, Probes> memory) {
    List<String> sizes = paramsOf("LargePdfBenchmark.exporter");
    if (sizes.size() >= 2) {
      Score small = find("LargePdfBenchmark.exporter", sizes.get(0)).orElseThrow();
      Score large = find("LargePdfBenchmark.exporter", sizes.get(sizes.size() - 1)).orElseThrow();
      linearityRow(
          "large PDF export: CPU time per participant, largest size against smallest",
          Integer.parseInt(sizes.get(0)),
          cpuSeconds(small),
          Integer.parseInt(sizes.get(sizes.size() - 1)),
          cpuSeconds(large),
          "s");
    }
    if (memory.size() >= 2) {
      List<Integer> counts = List.copyOf(memory.keySet());
      int small = counts.get(0);
      int large = counts.get(counts.size() - 1);
      linearityRow(
          "large PDF export: live heap per participant (peak minus live before), largest size"
              + " against smallest",
          small,
          memory.get(small).median(ResultsTable::ownHeap),
          large,
          memory.get(large).median(ResultsTable::ownHeap),
          "MB");
    }
  }

  private void linearityRow(
      String label, int small, double smallValue, int large, double largeValue, String unit) {
    double ratio = (largeValue / large) / (smallValue / small);
    lines.add(
        String.join(
            " | ",
            "| " + label,
            participants(String.valueOf(large)),
            String.format(Locale.ROOT, "%s %s", number(largeValue), unit),
            "",
            "the same at " + participants(String.valueOf(small)) + ", scaled to the size",
            String.format(Locale.ROOT, "%s %s", number(smallValue * large / small), unit),
            String.format(Locale.ROOT, "%.2fx", ratio),
            String.format(Locale.ROOT, "≤ %.2fx (linear)", LINEAR),
            verdict(ratio <= LINEAR) + " |"));
  }

  /** One size's {@link HeapProbe} results, one per run. */
  private record Probes(int participants, List<JsonNode> runs) {

    double median(ToDoubleFunction<JsonNode> field) {
      return ResultsTable.median(values(field));
    }

    double min(ToDoubleFunction<JsonNode> field) {
      return Arrays.stream(values(field)).min().orElseThrow();
    }

    double max(ToDoubleFunction<JsonNode> field) {
      return Arrays.stream(values(field)).max().orElseThrow();
    }

    private double[] values(ToDoubleFunction<JsonNode> field) {
      return runs.stream().mapToDouble(field).toArray();
    }
  }

  /** The heap probes' results by size, each size with the results of every run. */
  private static Map<Integer, Probes> memory(List<Path> heaps) throws IOException {
    Map<Integer, List<JsonNode>> results = new TreeMap<>();
    for (Path heap : heaps) {
      for (JsonNode result : JSON.readTree(heap.toFile())) {
        results
            .computeIfAbsent(result.get("participants").asInt(), size -> new ArrayList<>())
            .add(result);
      }
    }
    Map<Integer, Probes> memory = new TreeMap<>();
    results.forEach((size, runs) -> memory.put(size, new Probes(size, List.copyOf(runs))));
    return memory;
  }

  private static List<Integer> sizes(List<String> jmh, Map<Integer, Probes> memory) {
    TreeMap<Integer, Boolean> sizes = new TreeMap<>();
    jmh.forEach(size -> sizes.put(Integer.parseInt(size), true));
    memory.keySet().forEach(size -> sizes.put(size, true));
    return List.copyOf(sizes.keySet());
  }

  private static double megabytes(JsonNode result, String field) {
    return result.get(field).asDouble() / (1 << 20);
  }

  /** The render's own share of the peak live heap: the peak minus what was live before it. */
  private static double ownHeap(JsonNode result) {
    return megabytes(result, "peakLiveBytes") - megabytes(result, "liveBeforeBytes");
  }

  /** A single-shot time as {@code CPU (wall)} seconds. */
  private static String seconds(Score score) {
    return String.format(
        Locale.ROOT, "%.2f (%.2f)", cpuSeconds(score), seconds(score.score, score.unit));
  }

  /** CPU seconds per operation; wall seconds where CPU time was not measured. */
  private static double cpuSeconds(Score score) {
    return seconds(score.cpu == null ? score.score : score.cpu, score.unit);
  }

  private static double seconds(double value, String unit) {
    switch (unit) {
      case "s/op":
        return value;
      case "ms/op":
        return value / 1e3;
      case "us/op":
        return value / 1e6;
      default:
        throw new IllegalArgumentException("not a time per operation: " + unit);
    }
  }

  private static String participants(String params) {
    int n = Integer.parseInt(params);
    return String.format(Locale.ROOT, "%,d participants, %d items", n, n / 20);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }

  private static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** What an operation allocates, and the collectors' pause time per operation when measured. */
  private static String allocation(Score score) {
    String bytes = bytes(score.allocated);
    return score
        .gc
        .map(gc -> bytes.isEmpty() ? "GC " + gc : bytes + " (GC " + gc + ")")
        .orElse(bytes);
  }

  private static String bytes(Double value) {
    if (value == null) {
      return "";
    }
    if (value >= 10 * (1 << 20)) {
      return String.format(Locale.ROOT, "%.0f MB", value / (1 << 20));
    }
    if (value >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", value / (1 << 20));
    }
    return String.format(Locale.ROOT, "%.0f KB", value / 1024);
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void uncheck(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
