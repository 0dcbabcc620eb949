package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.minutes4j.core.Minutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema: the docs' one file, carried in the jar, a valid draft 2020-12 schema,
 * satisfied by everything the writer writes, in step with the reader, and described in the docs.
 */
class JsonSchemaTest {

  static final String RESOURCE = "minutes-1.schema.json";
  static final Path DOCS = Path.of("..", "docs", "json");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  static final Schema SCHEMA = REGISTRY.getSchema(schemaText(), InputFormat.JSON);
  private static final JsonNode TREE = JsonMapper.builder().build().readTree(schemaText());

  static String schemaText() {
    try (InputStream in = JsonMinutesReader.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is not in the jar next to JsonMinutesReader");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's errors for a document, as lines; empty when it passes. */
  static List<String> errors(String json) {
    List<String> lines = new ArrayList<>();
    for (Error error : SCHEMA.validate(json, InputFormat.JSON)) {
      lines.add(error.getInstanceLocation() + " " + error.getMessage());
    }
    return lines;
  }

  @Test
  void theJarCarriesTheDocsSchema() throws IOException {
    assertArrayEquals(
        Files.readAllBytes(DOCS.resolve(RESOURCE)),
        schemaText().getBytes(StandardCharsets.UTF_8),
        "export-json's build copies docs/json/" + RESOURCE + " into the jar (see its pom.xml)");
  }

  @Test
  void isAValidDraft202012Schema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(schemaText(), InputFormat.JSON));
    assertEquals("https://json-schema.org/draft/2020-12/schema", TREE.get("$schema").asString());
  }

  @Test
  void theWritersOutputPasses() {
    assertEquals(List.of(), errors(Json.text(SampleMinutes.small())));
    assertEquals(List.of(), errors(Json.text(SampleMinutes.full())));
    assertEquals(List.of(), errors(Json.text(SampleMinutes.formal())));
    for (long seed = 0; seed < 100; seed++) {
      Minutes minutes = SampleMinutes.generate(seed, new HashSet<>());
      assertEquals(List.of(), errors(Json.text(minutes)), "seed " + seed);
    }
  }

  /** Changes to the small sample ("find|replacement") that the reader and the schema refuse. */
  static final List<String> BAD_CHANGES =
      List.of(
        "\"title\": \"Ett möte\"|\"titel\": \"Ett möte\"",
        "\"title\": \"Ett möte\"|\"title\": null",
        "\"online\": true|\"online\": \"yes\"",
        "\"format\": \"minutes4j/1\"|\"format\": \"minutes4j/2\"",
        "\"kind\": \"slides\"|\"kind\": \"slide\"",
        "\"start\": \"10:00\"|\"start\": \"10.00\"",
        "\"date\": \"2022-06-11\"|\"date\": \"2022-6-11\"",
        "\"placeholder\": true|\"placeholder\": false",
        "\"placeholder\": true|\"placeholder\": true, \"address\": \"https://example.org\"",
        "\"type\": \"paragraph\"|\"type\": \"para\"",
        "\"networkCode\": \"NUH\"|\"role\": \"gast\"",
        "\"presenters\": []|\"presenters\": [{}]",
        "\"heading\": \"Introduktion\"|\"heading\": \"\"",
        "\"text\": \"Anna\"|\"text\": \"An\\u0007na\"",
        // no name, heading or label may be blank, nor bold or italic text; only plain text may
        "\"heading\": \"Introduktion\"|\"heading\": \"\\u00A0\"",
        "\"heading\": \"Introduktion\"|\"heading\": \"\u200B \"",
        "\"text\": \"Anna\"|\"text\": \" \"",
        // nor a paragraph all of whose plain spans are blank, however many
        "\"type\": \"strong\",\n              \"text\": \"Anna\"|\"type\": \"plain\",\n"
            + "              \"text\": \" \"",
        "\"type\": \"strong\",\n              \"text\": \"Anna\"|\"type\": \"plain\",\n"
            + "              \"text\": \"\\u200B\\u00A0\"",
        "\"type\": \"strong\",\n              \"text\": \"Anna\"|\"type\": \"plain\",\n"
            + "              \"text\": \"\u3000\"}, {\"type\": \"plain\", \"text\": \"\u2060\"},"
            + " {\"type\": \"plain\", \"text\": \" \"");

  /**
   * Changes to the formal sample ("find|replacement") that the reader (or the model's validation)
   * and the schema refuse.
   */
  static final List<String> BAD_FORMAL_CHANGES =
      List.of(
        "\"role\": \"serving-substitute\"|\"role\": \"substitute-serving\"",
        "\"kind\": \"referral-back\"|\"kind\": \"referral\"",
        "\"choice\": \"abstain\"|\"choice\": \"abstained\"",
        "\"method\": \"closed\"|\"method\": \"secret\"",
        "\"no\": 1,\n            \"abstained\": 1\n|\"no\": 1\n",
        "\"yes\": 2,\n            \"no\": 1,|\"yes\": -1,\n            \"no\": 1,",
        "\"adjustedImmediately\": true|\"adjustedImmediately\": \"yes\"",
        "\"firstParagraph\": 41|\"firstParagraph\": 0",
        "\"substituteFor\": \"Bo Berg\"|\"substitute\": \"Bo Berg\"",
        "\"time\": \"09:30\"|\"moment\": \"09:30\"",
        "\"start\": \"10:15\",\n          \"end\": \"10:30\"\n|\"start\": \"10:15\"\n",
        "\"proposalOrder\": [\n        \"A\",\n        \"B\"\n      ],|\"proposalOrder\": \"A\",",
        "\"storedAt\": \"Kommunkontoret, Storgatan 1\",|",
        "\"reason\": \"Äger en fastighet i området\"|\"reason\": \"\"",
        // required although added after 0.2: an absent member must say "present": false
        "\"group\": \"S\",\n      \"present\": false|\"group\": \"S\"",
        "\"id\": \"A\",\n          \"movers\": [\n            {\n              \"name\": \"Anna Ek\"\n"
            + "            }\n          ],|\"id\": \"A\",",
        "\"members\": [\n            {\n              \"name\": \"Carl Dahl\"\n            }\n          ],\n"
            + "          \"decision\"|\"decision\"",
        "\"authors\": [\n            {\n              \"name\": \"Dan Lind\"\n            }\n          ],\n"
            + "          \"text\": \"Lind|\"text\": \"Lind",
        // formal texts may be long, but not blank nor longer than a span
        "\"Vi vill se en annan budget.\"|\"   \"",
        "\"anta budgeten för 2027\"|\" \"",
        // nor of characters that show nothing alone
        "\"anta budgeten för 2027\"|\"\u200B\u2060\u00A0\"",
        "\"Vi vill se en annan budget.\"|\"" + "x".repeat(100_001) + "\"",
        // an attendee is known by name, and a serving substitute serves for someone
        "\"name\": \"Ivar Ö\"|\"role\": \"Ivar Ö\"",
        "\"substituteFor\": \"Bo Berg\",\n      \"present\"|\"present\"");

  /** The formal sample with one change ("find|replacement") applied. */
  static String formalChanged(String change) {
    String[] parts = change.split("\\|", -1);
    return FormalMinutesJsonTest.change(parts[0], parts[1]);
  }

  @ParameterizedTest
  @FieldSource("BAD_FORMAL_CHANGES")
  void refusesWhatTheReaderRefusesInFormalMinutes(String change) {
    assertFalse(errors(formalChanged(change)).isEmpty(), "the schema accepts " + change);
  }

  /** A written reservation of 5,000 characters passes the schema, the reader and the model. */
  @Test
  void aLongFormalTextPasses() {
    String text = "Vi reserverar oss mot beslutet. ".repeat(200).substring(0, 5_000);
    String json = formalChanged("\"Vi vill se en annan budget.\"|\"" + text + "\"");
    assertEquals(List.of(), errors(json));
    assertEquals(
        Optional.of(text), Json.read(json).agenda().get(0).reservations().get(0).text());
  }

  /** The schema is not vacuous: it refuses what the reader refuses, structurally. */
  @ParameterizedTest
  @FieldSource("BAD_CHANGES")
  void refusesWhatTheReaderRefuses(String change) {
    String[] parts = change.split("\\|");
    String json = JsonMinutesExporterTest.SMALL.replace(parts[0], parts[1]);
    assertFalse(json.equals(JsonMinutesExporterTest.SMALL), "no change made");
    assertFalse(errors(json).isEmpty(), "the schema accepts " + parts[1]);
  }

  /** Property names, their order and which are required are the same in code and schema. */
  @ParameterizedTest
  @MethodSource("shapes")
  void describesEveryObjectOfTheFormatAsTheModelHasIt(WireShapes.Shape shape) {
    JsonNode definition = shape.def().equals("minutes") ? TREE : TREE.get("$defs").get(shape.def());
    assertNotNull(definition, "no $defs/" + shape.def());
    List<String> properties = new ArrayList<>(definition.get("properties").propertyNames());
    assertEquals(shape.names(), properties, "properties and their order");
    Set<String> required = new TreeSet<>();
    if (definition.has("required")) {
      definition.get("required").forEach(name -> required.add(name.asString()));
    }
    assertEquals(shape.required(), required, "required properties");
    assertFalse(definition.get("additionalProperties").asBoolean(true), "closed to others");
  }

  static List<WireShapes.Shape> shapes() {
    return WireShapes.all();
  }

  @Test
  void theFormatDescriptionNamesEveryPropertyAndValue() throws IOException {
    String readme = Files.readString(DOCS.resolve("README.md"));
    Set<String> missing = new TreeSet<>();
    for (WireShapes.Shape shape : WireShapes.all()) {
      for (String name : shape.names()) {
        if (!readme.contains("`" + name + "`")) {
          missing.add(name);
        }
      }
    }
    for (String value :
        List.of(
            "minutes4j/1", "sv", "en", "meeting-notes", "minutes", "slides", "video", "document",
            "other", "guest", "coordinator", "paragraph", "subsection", "list", "plain", "strong",
            "emphasis", "link", "chair", "vice-chair", "member", "serving-substitute",
            "substitute", "official", "approval", "rejection", "amendment", "referral-back",
            "open", "closed", "yes", "no", "abstain")) {
      if (!readme.contains("`" + value + "`") && !readme.contains("\"" + value + "\"")) {
        missing.add(value);
      }
    }
    assertEquals(Set.of(), missing, "not described in docs/json/README.md");
  }

  /**
   * Every complete JSON example in the description reads, passes the schema, and is what the
   * writer writes.
   */
  @Test
  void theFormatDescriptionsExamplesAreValidDocuments() throws IOException {
    String readme = Files.readString(DOCS.resolve("README.md"));
    Matcher block = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int documents = 0;
    while (block.find()) {
      String json = block.group(1);
      if (json.startsWith("{\n  \"format\"")) {
        documents++;
        assertEquals(List.of(), errors(json));
        assertEquals(json, Json.text(Json.read(json)), "not as the writer writes it");
      }
    }
    assertTrue(documents >= 2, "the description lacks its complete examples");
  }
}
