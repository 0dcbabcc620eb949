package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.referenceJson;
import static io.github.minutes4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes.ReferenceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON files of the formal reference documents, in the examples module, read back to their
 * builder versions and are exactly what the installed JSON exporter writes of them; and the
 * README's first command, which renders every JSON file of that folder, renders all four reference
 * documents.
 *
 * <p>After a deliberate change of a formal reference document, rewrite its file with {@code
 * ./mvnw -pl cli -am verify -Dtest=FormalReferenceDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dminutes4j.writeReferenceJson=true}, and review the difference before committing it.
 */
class FormalReferenceDocumentsTest {

  private static final Path FOLDER =
      Path.of(
          "..", "examples", "reference", "src", "main", "resources",
          "io", "github", "minutes4j", "examples", "reference");

  @TempDir Path temp;

  static Stream<ReferenceDocument> documents() {
    return FormalReferenceMinutes.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFileIsExactlyWhatTheJsonExporterWrites(ReferenceDocument document) throws IOException {
    Path file = FOLDER.resolve(document.name() + ".json");
    byte[] written = referenceJson(document);
    if (Boolean.getBoolean("minutes4j.writeReferenceJson")) {
      Files.write(file, written);
    }
    assertArrayEquals(written, Files.readAllBytes(file), file.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFileInTheExamplesJarReadsBackToTheBuilderVersion(ReferenceDocument document)
      throws IOException {
    try (InputStream in = ReferenceMinutes.class.getResourceAsStream(document.name() + ".json")) {
      assertNotNull(in, document.name() + ".json is not in the examples jar");
      assertEquals(document.minutes(), FormatRegistry.readers().byId("json").read(in));
    }
  }

  @Test
  void theReadmesFirstCommandRendersTheSeedsAndTheFormalDocuments() throws IOException {
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(file -> inputs.add(file.toString()));
    }
    List<String> args = new ArrayList<>(List.of("render"));
    args.addAll(inputs);
    args.addAll(List.of("--format", "html", "--out", temp.toString(), "--progress", "none"));

    CliRun.Result result = run(args.toArray(String[]::new));

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(
        List.of(
            "minutes-2021-12-09.html",
            "minutes-2022-06-02.html",
            FormalReferenceMinutes.AGM_2026 + ".html",
            FormalReferenceMinutes.PROTOKOLL_2026 + ".html"),
        listing(temp));
  }
}
