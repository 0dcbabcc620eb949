package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The schema works outside Java: its patterns keep to the portable subset of regular expressions
 * that json-schema.org recommends, and Python's jsonschema (installed by
 * tools/json-schema/install.sh) loads it and agrees with the reader on good and bad documents.
 * {@code -Dminutes4j.jsonschema.python.skip=true} skips the Python part.
 */
class PortableSchemaTest {

  private static final Pattern PATTERN = Pattern.compile("\"pattern\": \"((?:[^\"\\\\]|\\\\.)*)\"");

  /** What is outside the portable subset: classes by property, lookbehind, named groups, \d. */
  private static final Pattern NOT_PORTABLE = Pattern.compile("\\\\\\\\[pPdDwWsSbB]|\\(\\?<");

  @Test
  void everyPatternKeepsToThePortableSubset() {
    Matcher pattern = PATTERN.matcher(JsonSchemaTest.schemaText());
    int patterns = 0;
    while (pattern.find()) {
      patterns++;
      assertFalse(NOT_PORTABLE.matcher(pattern.group(1)).find(), pattern.group(1));
    }
    assertTrue(patterns >= 5, patterns + " patterns");
  }

  /** The schema's network-code pattern lets through every code the model's exact rule allows. */
  @Test
  void theNetworkCodePatternIsASupersetOfTheModelsRule() {
    Matcher pattern = PATTERN.matcher(JsonSchemaTest.schemaText());
    String code = null;
    while (pattern.find()) {
      if (pattern.group(1).endsWith("{1,16}$")) {
        code = pattern.group(1).replace("\\\\", "\\");
      }
    }
    Pattern portable = Pattern.compile(code);
    Pattern exact = Pattern.compile("[\\p{L}\\p{N}-]{1,16}");
    int letters = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String s = new String(Character.toChars(c));
      if (exact.matcher(s).matches()) {
        letters++;
        assertTrue(portable.matcher(s).matches(), String.format("U+%04X", c));
      }
    }
    assertTrue(letters > 100_000, letters + " letters and digits");
    assertFalse(portable.matcher("N H").matches());
    assertFalse(portable.matcher("NUH;").matches());
  }

  @Test
  @DisabledIfSystemProperty(named = "minutes4j.jsonschema.python.skip", matches = "true")
  void pythonsJsonschemaLoadsTheSchemaAndAgreesWithTheReader() throws Exception {
    Path folder = Files.createTempDirectory("portable-schema");
    List<String> arguments = new ArrayList<>(List.of("/usr/bin/python3",
        Path.of("..", "tools", "json-schema", "check.py").toString(),
        Path.of("..", "docs", "json", "minutes-1.schema.json").toString()));
    List<String> expected = new ArrayList<>();
    List<byte[]> good = new ArrayList<>();
    ReferenceMinutes.all().forEach(document -> good.add(Json.bytes(document.minutes())));
    good.add(Json.bytes(SampleMinutes.full()));
    good.add(Json.bytes(SampleMinutes.formal()));
    for (long seed = 0; seed < 20; seed++) {
      good.add(Json.bytes(SampleMinutes.generate(seed, new HashSet<>())));
    }
    for (int i = 0; i < good.size(); i++) {
      arguments.add(write(folder, "good-" + i + ".json", good.get(i)));
      expected.add("valid good-" + i + ".json");
    }
    for (int i = 0; i < JsonSchemaTest.BAD_CHANGES.size(); i++) {
      String[] change = JsonSchemaTest.BAD_CHANGES.get(i).split("\\|");
      String json = JsonMinutesExporterTest.SMALL.replace(change[0], change[1]);
      assertTrue(readerRefuses(json), "the reader takes " + change[1]);
      arguments.add(write(folder, "bad-" + i + ".json", json.getBytes(StandardCharsets.UTF_8)));
      expected.add("invalid bad-" + i + ".json");
    }
    for (int i = 0; i < JsonSchemaTest.BAD_FORMAL_CHANGES.size(); i++) {
      String json = JsonSchemaTest.formalChanged(JsonSchemaTest.BAD_FORMAL_CHANGES.get(i));
      assertTrue(readerRefuses(json), "the reader takes " + JsonSchemaTest.BAD_FORMAL_CHANGES.get(i));
      arguments.add(write(folder, "bad-formal-" + i + ".json", json.getBytes(StandardCharsets.UTF_8)));
      expected.add("invalid bad-formal-" + i + ".json");
    }
    Process python = new ProcessBuilder(arguments).redirectErrorStream(true).start();
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python did not finish");
    assertEquals(0, python.exitValue(), output);
    List<String> verdicts = new ArrayList<>();
    for (String line : output.split("\n")) {
      verdicts.add(line.replaceFirst(":.*", ""));
    }
    assertEquals(expected, verdicts, output);
  }

  private static boolean readerRefuses(String json) {
    try {
      Json.read(json);
      return false;
    } catch (MinutesReadException | InvalidMinutesException e) {
      return true;
    }
  }

  private static String write(Path folder, String name, byte[] json) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, json);
    return file.toString();
  }
}
