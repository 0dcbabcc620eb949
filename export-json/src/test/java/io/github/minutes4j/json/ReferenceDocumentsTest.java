package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.examples.reference.ReferenceMinutes.ReferenceDocument;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.json.internal.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * The JSON files of the two reference documents, in the examples module, are exactly what the
 * writer makes of the builder versions, and read back to them.
 *
 * <p>After a deliberate change of the format or of a reference document, rewrite the files with
 * {@code ./mvnw -pl export-json -am verify -Dminutes4j.writeReferenceJson=true}, and review the
 * difference before committing it.
 */
class ReferenceDocumentsTest {

  static final Path FOLDER =
      Path.of(
          "..", "examples", "reference", "src", "main", "resources",
          "io", "github", "minutes4j", "examples", "reference");

  static Stream<ReferenceDocument> documents() {
    return ReferenceMinutes.all().stream();
  }

  private static Path file(ReferenceDocument document) {
    return FOLDER.resolve(document.name() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFileIsExactlyWhatTheWriterWrites(ReferenceDocument document) throws IOException {
    byte[] written = Json.bytes(document.minutes());
    if (Boolean.getBoolean("minutes4j.writeReferenceJson")) {
      Files.createDirectories(FOLDER);
      Files.write(file(document), written);
    }
    assertArrayEquals(written, Files.readAllBytes(file(document)), file(document).toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFileReadsBackToTheBuilderVersion(ReferenceDocument document) throws IOException {
    assertEquals(document.minutes(), Json.read(Files.readAllBytes(file(document))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFileInTheExamplesJarIsTheSame(ReferenceDocument document) throws IOException {
    try (InputStream in =
        ReferenceMinutes.class.getResourceAsStream(document.name() + ".json")) {
      assertNotNull(in, document.name() + ".json is not in the examples jar");
      assertArrayEquals(Files.readAllBytes(file(document)), in.readAllBytes());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFilePassesTheSchema(ReferenceDocument document) throws IOException {
    assertEquals(List.of(), JsonSchemaTest.errors(Files.readString(file(document))));
  }

  /**
   * The reader's token budget (see {@link JsonFormat#MAX_TOKEN_COUNT}) leaves room for documents
   * a thousand times the size of the reference documents.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theFileIsFarBelowTheReadersTokenBudget(ReferenceDocument document) throws IOException {
    long tokens;
    try (JsonParser parser =
        JsonFormat.FACTORY.createParser(ObjectReadContext.empty(), Files.readAllBytes(file(document)))) {
      while (parser.nextToken() != null) {
        // Counting.
      }
      tokens = parser.currentTokenCount();
    }
    assertTrue(tokens > 100 && tokens < 2_000, tokens + " tokens");
    assertTrue(tokens * 1_000 < JsonFormat.MAX_TOKEN_COUNT, tokens + " tokens");
  }

  /** What a person reading the JSON of 2 June 2022 must find. */
  @Test
  void theJune2022FileShowsWhatTheMeetingWasAbout() throws IOException {
    Path file = FOLDER.resolve(ReferenceMinutes.JUNE_2022 + ".json");
    String json = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"heading\": \"Deltagarförteckning 28/4\""));
    for (String name :
        List.of(
            "Anna Lindeberg", "Katrín Håkansson", "Felicia Pettersson", "Elin Allard",
            "Anna Stålhammar", "Gunilla Benner Forsberg", "Annica Öhrn", "Jonas Strand",
            "Sofie Holstein", "Mattias Joelsson", "Hans Nilsson", "Urban Lindström",
            "Anna Nygren", "Ulrik Hammar", "Lars Åke Carlsson", "Linda Persson Melin",
            "Camilla Odenberger", "Malena Lau", "Staffan Carlsson", "Ralph Harlid")) {
      assertTrue(json.contains("\"name\": \"" + name + "\""), name);
    }
    assertEquals(20, count(json, "\"affiliation\": {"), "participants");
    assertTrue(
        json.contains(
            "\"noteTakers\": [\n"
                + "    {\n"
                + "      \"name\": \"Ralph Harlid\",\n"
                + "      \"role\": \"Koordinator\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"name\": \"Staffan Carlsson\",\n"
                + "      \"role\": \"Koordinator\"\n"
                + "    }\n"
                + "  ]"));
    assertTrue(
        json.contains(
            "\"onSite\": {\n"
                + "          \"count\": 10,\n"
                + "          \"approximate\": true\n"
                + "        },\n"
                + "        \"remote\": {\n"
                + "          \"count\": 13,\n"
                + "          \"approximate\": false\n"
                + "        }"));
    assertEquals(3, count(json, "\"label\": \"Länk till bilder\""));
    assertEquals(3, count(json, "\"label\": \"Länk till film\""));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
