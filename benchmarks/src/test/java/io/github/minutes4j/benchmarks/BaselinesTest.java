package io.github.minutes4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.html.HtmlMinutesExporter;
import io.github.minutes4j.json.JsonMinutesExporter;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each baseline does the work of what it is measured against, so that a ratio compares like with
 * like: the same page, the same records, the same printed words.
 */
class BaselinesTest {

  /** Codes the exporter spells its own way ("sv", "meeting-notes", "10:00") and databind not. */
  private static final Pattern CODE = Pattern.compile("minutes4j/\\d+|[a-z]+(-[a-z]+)*|\\d\\d:\\d\\d");

  @BeforeAll
  static void quiet() {
    BaselinePdf.quiet();
  }

  static Stream<String> documents() {
    return Stream.of(Documents.JUNE_2022, Documents.DECEMBER_2021, "generated");
  }

  private static Minutes document(String name) {
    // A small generated document: every kind of block, link and participant of the large one.
    return name.equals("generated") ? LargeMinutes.generate(40, 200) : Documents.byName(name);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void theStringBuilderBaselineWritesTheHtmlExportersPageByteForByte(String name)
      throws IOException {
    Minutes minutes = document(name);
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    new HtmlMinutesExporter().export(minutes, ExportOptions.defaults(), page);

    // The same check the benchmark makes before it measures the baseline.
    assertDoesNotThrow(
        () -> HtmlBenchmark.requireSamePage(name, page.toByteArray(), BaselineHtml.render(minutes)));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void databindWritesEveryTextTheJsonExporterWrites(String name) throws IOException {
    Minutes minutes = document(name);
    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    new JsonMinutesExporter().export(minutes, exported);
    byte[] databind = JsonWriteBenchmark.databind().writeValueAsBytes(minutes);

    Map<String, Integer> missing = strings(JsonMapper.shared().readTree(exported.toByteArray()));
    strings(JsonMapper.shared().readTree(databind)).forEach((text, n) -> missing.merge(text, -n, Integer::sum));
    missing.values().removeIf(n -> n <= 0);
    missing.keySet().removeIf(text -> CODE.matcher(text).matches());

    assertEquals(Map.of(), missing, "texts of the exporter's JSON that databind did not write");
    // The same records give output of about the same size: no part left out, none doubled.
    double sizes = (double) databind.length / exported.size();
    // (databind writes no "type" members and spells nothing out, so it writes somewhat less.)
    assertTrue(sizes > 0.7 && sizes < 1.3, "databind wrote " + sizes + " times the exporter's bytes");
  }

  /** The reference documents only: a PDF render in a cold JVM takes seconds. */
  @ParameterizedTest
  @ValueSource(strings = {Documents.JUNE_2022, Documents.DECEMBER_2021})
  void theBuiltinFontsBaselinePrintsTheSameTextOnAsManyPages(String name) throws IOException {
    Minutes minutes = Documents.byName(name);
    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    new PdfMinutesExporter().export(minutes, ExportOptions.defaults(), exported);
    ByteArrayOutputStream baseline = new ByteArrayOutputStream();
    BaselinePdf.render(BaselinePdf.html(minutes), baseline);

    try (PDDocument exporter = Loader.loadPDF(exported.toByteArray());
        PDDocument builtin = Loader.loadPDF(baseline.toByteArray())) {
      assertEquals(exporter.getNumberOfPages(), builtin.getNumberOfPages());
      assertEquals(characters(exporter), characters(builtin));
    }
  }

  /** Every string value in a JSON tree, with how often it occurs. */
  private static Map<String, Integer> strings(JsonNode node) {
    Map<String, Integer> counts = new TreeMap<>();
    List<JsonNode> pending = new ArrayList<>(List.of(node));
    while (!pending.isEmpty()) {
      JsonNode next = pending.remove(pending.size() - 1);
      if (next.isString()) {
        counts.merge(next.asString(), 1, Integer::sum);
      }
      next.forEach(pending::add);
    }
    return counts;
  }

  /**
   * The printed characters but spaces, sorted: with other fonts' widths, lines break elsewhere
   * (and words at hyphens), so the order differs.
   */
  private static String characters(PDDocument document) throws IOException {
    int[] characters =
        new PDFTextStripper().getText(document).codePoints().filter(c -> !Character.isWhitespace(c)).sorted().toArray();
    return new String(characters, 0, characters.length);
  }
}
