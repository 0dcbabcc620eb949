package io.github.minutes4j.examples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderIncomingJsonTest {

  @TempDir Path folder;

  private final ByteArrayOutputStream report = new ByteArrayOutputStream();
  private final RenderIncomingJson example = new RenderIncomingJson(FormatRegistry.exporters());

  @Test
  void validJsonBecomesAWebPageWithoutParticipantsAndAnArchivePdf() throws IOException {
    Path input = folder.resolve(ReferenceMinutes.JUNE_2022 + ".json");
    try (InputStream in =
        ReferenceMinutes.class.getResourceAsStream(ReferenceMinutes.JUNE_2022 + ".json")) {
      Files.copy(in, input);
    }

    int status = example.render(input, folder.resolve("site"), new PrintStream(report, true));

    assertEquals(0, status, report.toString(StandardCharsets.UTF_8));
    assertEquals(
        List.of("minutes-2022-06-02.html", "minutes-2022-06-02.pdf"), files(folder.resolve("site")));
    String html = Files.readString(folder.resolve("site/minutes-2022-06-02.html"));
    assertTrue(html.contains("Tid och plats"));
    assertTrue(!html.contains("Anna Lindeberg"), "the web page leaves the participants out");
    byte[] pdf = Files.readAllBytes(folder.resolve("site/minutes-2022-06-02.pdf"));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void malformedJsonIsReportedWithItsPlaceAndNothingIsWritten() throws IOException {
    Path input = folder.resolve("bad.json");
    Files.writeString(input, "{\n  \"format\": \"minutes4j/1\",\n  \"language\": 12\n}\n");

    int status = example.render(input, folder.resolve("site"), new PrintStream(report, true));

    assertEquals(1, status);
    String said = report.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith(input + ": /language (line 3"), said);
    assertEquals(List.of(), files(folder.resolve("site")));
  }

  @Test
  void invalidMinutesAreReportedViolationByViolation() throws IOException {
    Path input = folder.resolve("invalid.json");
    String json;
    try (InputStream in =
        ReferenceMinutes.class.getResourceAsStream(ReferenceMinutes.DECEMBER_2021 + ".json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(
        input,
        json.replace("\"Uppföljning av folkhälsan\"", "\" \"").replace("\"13:00\"", "\"16:00\""));

    int status = example.render(input, folder.resolve("site"), new PrintStream(report, true));

    assertEquals(1, status);
    String said = report.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains(input + ": agenda[2].heading: must not be blank"), said);
    assertTrue(said.contains(input + ": sessions[0].end: must be after the start (16:00)"), said);
    assertEquals(List.of(), files(folder.resolve("site")));
  }

  private static List<String> files(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
