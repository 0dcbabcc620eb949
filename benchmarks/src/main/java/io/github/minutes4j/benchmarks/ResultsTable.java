package io.github.minutes4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the results of a benchmark run into Markdown tables: every benchmark with its score (median), range,
 * allocation per operation (if JMH ran with {@code -prof gc}), its ratio to the baseline of the
 * same run, the target and whether it was met; then the growth of the large PDF with size.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.minutes4j.benchmarks.ResultsTable \
 *     --jmh results.json [--jmh more.json] [--heap heap.json] [--fit fit.json] \
 *     [--cold hyperfine.json] [--cold-plain hyperfine.json] [--out table.md]
 * </pre>
 *
 * Scores are medians of the measured iterations of all forks (JMH's JSON keeps them), shown with
 * their range: on a machine whose cores other processes share, a load spike during one iteration
 * moves a mean much more than a median. Ratios are ratios of medians. Times are judged on the
 * CPU time per operation ({@link CpuTimeProfiler}) where measured, throughput on wall time.
 */
public final class ResultsTable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double LARGE_PDF_SECONDS = 8.0;
  private static final double LIVE_HEAP_MB = 256.0;
  private static final double COLD_START_SECONDS = 1.0;

  private final List<Score> scores = new ArrayList<>();
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
      Double cpu) {}

  /** Every measured iteration of every fork, sorted. */
  private static double[] raw(JsonNode metric) {
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
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** How a row is judged against its baseline. */
  private enum Kind {
    /** A time: at most {@code target} times the baseline's. */
    AT_MOST,
    /** A throughput: at least {@code target} times the baseline's. */
    AT_LEAST,
    /** No target: shown for where the time goes. */
    INFO
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
    Optional<Path> heap = Optional.empty();
    Optional<Path> fit = Optional.empty();
    Optional<Path> cold = Optional.empty();
    Optional<Path> coldPlain = Optional.empty();
    Optional<Path> out = Optional.empty();
    for (int i = 0; i + 1 < args.length; i += 2) {
      Path path = Path.of(args[i + 1]);
      switch (args[i]) {
        case "--jmh":
          if (Files.exists(path)) {
            table.readJmh(path);
          }
          break;
        case "--heap":
          heap = Optional.of(path).filter(Files::exists);
          break;
        case "--fit":
          fit = Optional.of(path).filter(Files::exists);
          break;
        case "--cold":
          cold = Optional.of(path).filter(Files::exists);
          break;
        case "--cold-plain":
          coldPlain = Optional.of(path).filter(Files::exists);
          break;
        case "--out":
          out = Optional.of(path);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    table.write(heap, fit, cold, coldPlain);
    String text = String.join("\n", table.lines) + "\n";
    System.out.print(text);
    if (out.isPresent()) {
      Files.writeString(out.get(), text, StandardCharsets.UTF_8);
    }
  }

  private void readJmh(Path path) throws IOException {
    JsonNode root = JSON.readTree(path.toFile());
    for (JsonNode result : root) {
      String benchmark = result.get("benchmark").asString();
      benchmark = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
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
              cpu));
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
      Optional<Path> heap, Optional<Path> fit, Optional<Path> cold, Optional<Path> coldPlain)
      throws IOException {
    lines.add(
        "| benchmark | document | score (wall, median) | range of iterations | unit | CPU/op | alloc/op"
            + " | ratio to baseline (wall) | ratio to baseline (CPU) | target | met? |");
    lines.add("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |");

    group("JsonWriteBenchmark", "databindWrite", "JSON: databind writeValue (baseline)",
        new Row("exporter", "JSON export (validation + writer)", Kind.AT_MOST, 1.2),
        new Row("exporterWriteOnly", "JSON export, writer only", Kind.INFO, 0));
    group("JsonReadBenchmark", "databindReadTree", "JSON read: databind readTree (baseline)",
        new Row("reader", "JSON read (parser + validation)", Kind.AT_MOST, 1.2),
        new Row("readerParseOnly", "JSON read, parser only", Kind.INFO, 0));
    for (String params : paramsOf("ValidationBenchmark.validate")) {
      Score validation = find("ValidationBenchmark.validate", params).orElseThrow();
      row("validation alone (vs the JSON baseline)", validation,
          find("JsonWriteBenchmark.databindWrite", params), Kind.INFO, 0);
    }
    group("HtmlBenchmark", "stringBuilderBaseline", "HTML: hand-written StringBuilder (baseline)",
        new Row("exporter", "HTML export (validation + page)", Kind.AT_MOST, 1.2),
        new Row("exporterWriteOnly", "HTML export, page only", Kind.INFO, 0));
    group("PdfBenchmark", "builtinFontsBaseline",
        "PDF: openhtmltopdf, built-in fonts, no conformance (baseline)",
        new Row("exporter", "PDF export (PDF/UA-1 + PDF/A-2u, embedded fonts)", Kind.AT_MOST, 2.5));
    for (String params : paramsOf("LargePdfBenchmark.exporter")) {
      Optional<Score> baseline = find("LargePdfBenchmark.builtinFontsBaseline", params);
      baseline.ifPresent(
          b ->
              lines.add(
                  cells("large PDF: openhtmltopdf, built-in fonts (baseline)",
                      participants(params), b, "", "", "")));
      Score exporter = find("LargePdfBenchmark.exporter", params).orElseThrow();
      boolean largest = params.equals(String.valueOf(LargeMinutes.PARTICIPANTS));
      Row large = new Row("exporter", "large PDF export, warm single shot", Kind.INFO, 0);
      String target = largest ? String.format(Locale.ROOT, "< %.0f s warm", LARGE_PDF_SECONDS) : "";
      String verdict =
          largest ? verdict(seconds(exporter) < LARGE_PDF_SECONDS) : "";
      lines.add(cells(large.label, participants(params), exporter,
          ratio(exporter, baseline), target, verdict));
    }
    threads("html");
    threads("pdf");
    heap.ifPresent(path -> uncheck(() -> heapRows(path)));
    fit.ifPresent(path -> uncheck(() -> fitRows(path)));
    cold.ifPresent(path -> uncheck(() -> coldRow(path, "launcher `cli/src/main/dist/minutes4j`", true)));
    coldPlain.ifPresent(path -> uncheck(() -> coldRow(path, "`java -jar minutes4j-cli-*-all.jar`", false)));

    growth(heap);
  }

  private record Row(String method, String label, Kind kind, double target) {}

  private void group(String benchmarkClass, String baselineMethod, String baselineLabel, Row... rows) {
    String baselineName = benchmarkClass + "." + baselineMethod;
    for (String params : paramsOf(baselineName)) {
      Score baseline = find(baselineName, params).orElseThrow();
      row(baselineLabel, baseline, Optional.empty(), Kind.INFO, 0);
      for (Row row : rows) {
        find(benchmarkClass + "." + row.method, params)
            .ifPresent(score -> row(row.label, score, Optional.of(baseline), row.kind, row.target));
      }
    }
  }

  private void threads(String format) {
    Optional<Score> one = find("ThroughputBenchmark." + format + "1Thread", "");
    Optional<Score> two = find("ThroughputBenchmark." + format + "2Threads", "");
    String name = format.toUpperCase(Locale.ROOT);
    one.ifPresent(s -> row(name + " export, 1 thread (baseline)", s, Optional.empty(), Kind.INFO, 0));
    two.ifPresent(s -> row(name + " export, 2 threads", s, one, Kind.AT_LEAST, 1.7));
  }

  private void row(String label, Score score, Optional<Score> baseline, Kind kind, double target) {
    String targetText = "";
    String verdict = "";
    if (baseline.isPresent() && kind != Kind.INFO) {
      double ratio = score.score / baseline.get().score;
      if (kind == Kind.AT_MOST) {
        // A time is judged on CPU time where measured: other processes' load changes wall time.
        boolean cpu = score.cpu != null && baseline.get().cpu != null;
        if (cpu) {
          ratio = score.cpu / baseline.get().cpu;
        }
        targetText = String.format(Locale.ROOT, "≤ %.1fx%s", target, cpu ? " (CPU)" : "");
        verdict = verdict(ratio <= target);
      } else {
        targetText = String.format(Locale.ROOT, "≥ %.1fx (wall)", target);
        verdict = verdict(ratio >= target);
      }
    }
    String document = score.benchmark.startsWith("ThroughputBenchmark") ? Documents.JUNE_2022 : score.params;
    lines.add(cells(label, document, score, ratio(score, baseline), targetText, verdict));
  }

  /** The cells of a row; {@code ratio} holds the wall and the CPU ratio, separated by '|'. */
  private static String cells(
      String label, String document, Score score, String ratio, String target, String verdict) {
    String cpuUnit = score.unit.equals("ops/s") ? " us" : " " + score.unit.replace("/op", "");
    return "| "
        + String.join(
            " | ",
            label,
            document,
            number(score.score),
            Double.isNaN(score.min) ? "n/a" : number(score.min) + "–" + number(score.max),
            score.unit,
            score.cpu == null ? "" : number(score.cpu) + cpuUnit,
            score.allocated == null ? "" : bytes(score.allocated),
            ratio.isEmpty() ? " | " : ratio,
            target,
            verdict)
        + " |";
  }

  private static String ratio(Score score, Optional<Score> baseline) {
    if (baseline.isEmpty()) {
      return "";
    }
    Score b = baseline.get();
    String wall = String.format(Locale.ROOT, "%.2fx", score.score / b.score);
    String cpu =
        score.cpu == null || b.cpu == null
            ? ""
            : String.format(Locale.ROOT, "%.2fx", score.cpu / b.cpu);
    return wall + " | " + cpu;
  }

  private void heapRows(Path path) throws IOException {
    JsonNode results = JSON.readTree(path.toFile());
    for (JsonNode result : results) {
      int participants = result.get("participants").asInt();
      double peak = result.get("peakLiveBytes").asDouble() / (1 << 20);
      double before = result.get("liveBeforeBytes").asDouble() / (1 << 20);
      boolean largest = participants == LargeMinutes.PARTICIPANTS;
      lines.add(
          "| large PDF: peak live heap during a render (sampled; of which before it: "
              + String.format(Locale.ROOT, "%.0f MB", before)
              + ") | "
              + participants(String.valueOf(participants))
              + " | "
              + String.format(Locale.ROOT, "%.0f", peak)
              + " | n/a | MB |  | "
              + bytes(result.get("allocatedBytes").asDouble())
              + " |  |  | "
              + (largest ? String.format(Locale.ROOT, "< %.0f MB", LIVE_HEAP_MB) : "")
              + " | "
              + (largest ? verdict(peak < LIVE_HEAP_MB) : "")
              + " |");
    }
  }

  private void fitRows(Path path) throws IOException {
    for (JsonNode result : JSON.readTree(path.toFile())) {
      long maxMb = result.get("maxHeapBytes").asLong() >> 20;
      boolean fits = result.get("fits").asBoolean();
      lines.add(
          "| large PDF: one render in a JVM with -Xmx256m (max heap "
              + maxMb
              + " MB) | "
              + participants(result.get("participants").asString())
              + " | "
              + (fits ? "fits" : "out of memory")
              + String.format(Locale.ROOT, " (%.1f s, cold)", result.get("renderSeconds").asDouble())
              + " |  |  |  |  |  |  | fits in 256 MB | "
              + verdict(fits)
              + " |");
    }
  }

  private void coldRow(Path path, String how, boolean judged) throws IOException {
    JsonNode result = JSON.readTree(path.toFile()).get("results").get(0);
    double median = result.get("median").asDouble();
    JsonNode times = result.get("times");
    double min = Double.MAX_VALUE;
    double max = 0;
    for (JsonNode time : times) {
      min = Math.min(min, time.asDouble());
      max = Math.max(max, time.asDouble());
    }
    lines.add(
        "| cold start: CLI renders one PDF in a fresh JVM, median of "
            + times.size()
            + ", "
            + how
            + " | june2022 | "
            + String.format(Locale.ROOT, "%.2f", median)
            + String.format(Locale.ROOT, " | %.2f–%.2f", min, max)
            + " | s (wall) |  |  |  |  | "
            + (judged ? String.format(Locale.ROOT, "< %.1f s", COLD_START_SECONDS) : "")
            + " | "
            + (judged ? verdict(median < COLD_START_SECONDS) : "")
            + " |");
  }

  /** The large PDF's time and memory per 1,000 participants: constant if growth is linear. */
  private void growth(Optional<Path> heap) throws IOException {
    List<String> sizes = paramsOf("LargePdfBenchmark.exporter");
    if (sizes.isEmpty()) {
      return;
    }
    Map<Integer, JsonNode> memory = new TreeMap<>();
    if (heap.isPresent()) {
      for (JsonNode result : JSON.readTree(heap.get().toFile())) {
        memory.put(result.get("participants").asInt(), result);
      }
    }
    lines.add("");
    lines.add(
        "| large PDF size | pages | export (s) | per 1,000 participants (s) | export CPU (s)"
            + " | baseline (s) |"
            + " allocated per render (MB) | peak live heap (MB) | peak live minus before (MB)"
            + " | per 1,000 participants (MB) |");
    lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String size : sizes) {
      int participants = Integer.parseInt(size);
      Score export = find("LargePdfBenchmark.exporter", size).orElseThrow();
      double seconds = seconds(export);
      String cpu =
          export.cpu == null
              ? ""
              : String.format(Locale.ROOT, "%.2f", seconds(export.cpu, export.unit));
      String baseline =
          find("LargePdfBenchmark.builtinFontsBaseline", size)
              .map(s -> String.format(Locale.ROOT, "%.2f", seconds(s)))
              .orElse("");
      JsonNode m = memory.get(participants);
      String pages = m == null ? "" : m.get("pages").asString();
      String allocated = m == null ? "" : String.format(Locale.ROOT, "%.0f", m.get("allocatedBytes").asDouble() / (1 << 20));
      String peak = "";
      String own = "";
      String perThousand = "";
      if (m != null) {
        double p = m.get("peakLiveBytes").asDouble() / (1 << 20);
        double o = p - m.get("liveBeforeBytes").asDouble() / (1 << 20);
        peak = String.format(Locale.ROOT, "%.0f", p);
        own = String.format(Locale.ROOT, "%.0f", o);
        perThousand = String.format(Locale.ROOT, "%.1f", o * 1000 / participants);
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f | %.3f | %s | %s | %s | %s | %s | %s |",
              participants(size),
              pages,
              seconds,
              seconds * 1000 / participants,
              cpu,
              baseline,
              allocated,
              peak,
              own,
              perThousand));
    }
  }

  private static double seconds(Score score) {
    return seconds(score.score, score.unit);
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

  private static String bytes(double value) {
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
