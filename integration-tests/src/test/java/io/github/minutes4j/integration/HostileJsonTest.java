package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON beyond export-json's own table of bad inputs: duplicate keys in every kind of
 * object, invalid UTF-8 of every kind, byte order marks where they do not belong, numbers out of
 * every range, 100,000-deep nesting in several places, every value of a document given the wrong
 * type, the document cut at every 41st byte, and documents of 200 MB streamed from a generator.
 *
 * <p>Each gives the reader's typed error naming the place (a JSON Pointer, a line and a column),
 * or the validator's with a path; nothing else escapes, there is no stack overflow, memory stays
 * bounded; and the command-line tool, given the same input, exits 1 and writes nothing.
 */
class HostileJsonTest {

  /** The generous bound on heap growth while a 200 MB document is read. */
  private static final long HEAP_BOUND = 256L << 20;

  /**
   * The most the reachable heap may grow while the reader builds objects up to its token budget:
   * some 8 to 13 MB of input, so at most about ten times the input read.
   */
  private static final long OBJECTS_HEAP_BOUND = 128L << 20;

  /** The reader's message when a document has more tokens than its budget. */
  private static final String TOKEN_BUDGET =
      "the document has more than 2097152 JSON values, property names and brackets";

  private static final long TWO_HUNDRED_MB = 200L << 20;

  /** Every field and link of the model, as the exporter writes it. */
  private static final String BASE =
      new String(Formats.json(Documents.everyField()), StandardCharsets.UTF_8);

  private static int cases;

  @TempDir static Path temp;

  @AfterAll
  static void report() {
    System.out.printf("hostile JSON: %d cases, each a typed error with its place%n", cases);
  }

  // ------------------------------------------------------------------ building inputs

  private static String change(String find, String replacement) {
    int at = BASE.indexOf(find);
    if (at < 0 || at != BASE.lastIndexOf(find)) {
      throw new IllegalArgumentException("not once in the base document: " + find);
    }
    return BASE.replace(find, replacement);
  }

  /** The base document's bytes with {@code bytes} put in place of {@code find}. */
  private static byte[] changeBytes(String find, byte[] bytes) {
    int at = BASE.indexOf(find);
    if (at < 0 || at != BASE.lastIndexOf(find)) {
      throw new IllegalArgumentException("not once in the base document: " + find);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BASE.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(BASE.substring(at + find.length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The line and column (from 1, in UTF-16 code units) where {@code marker} starts in BASE. */
  private static long[] where(String marker, int offset) {
    int at = BASE.indexOf(marker) + offset;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (BASE.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, at - lineStart + 1};
  }

  /**
   * A bad input: what the reader must say, where. {@code line} 0 means "any line", {@code column}
   * 0 "any column"; a null {@code pointer} means "any pointer".
   */
  private static Arguments bad(
      String name, byte[] json, String pointer, long line, long column, String fragment) {
    return Arguments.of(name, json, pointer, line, column, fragment);
  }

  private static Arguments bad(
      String name, String json, String pointer, long[] at, String fragment) {
    return bad(name, utf8(json), pointer, at[0], at[1], fragment);
  }

  /** The line and column (from 1) of offset {@code at} in {@code json}. */
  private static long[] lineAndColumn(String json, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, at - lineStart + 1};
  }

  /**
   * A duplicate: {@code find} replaced by {@code replacement}, which repeats a property; the
   * reader must point at the repetition, the last {@code name} in the replacement.
   */
  private static Arguments duplicate(
      String name, String find, String replacement, String repeated, String pointer, String fragment) {
    String json = change(find, replacement);
    int at = json.indexOf(replacement) + replacement.lastIndexOf(repeated);
    return bad(name, json, pointer, lineAndColumn(json, at), fragment);
  }

  // ------------------------------------------------------------------ duplicate keys

  static Stream<Arguments> duplicateKeys() {
    return Stream.of(
        duplicate(
            "format again, later",
            "\"kind\": \"meeting-notes\"",
            "\"format\": \"minutes4j/1\",\n  \"kind\": \"meeting-notes\"",
            "\"format\"",
            "/format",
            "the property 'format' appears twice"),
        duplicate(
            "type twice in a span",
            "\"type\": \"strong\",",
            "\"type\": \"strong\", \"type\": \"plain\",",
            "\"type\"",
            "/agenda/0/content/0/content/1/type",
            "the property 'type' appears twice"),
        duplicate(
            "address twice in a link target",
            "\"text\": \"link t17\",\n              \"target\": {\n                \"address\": \"https://example.org/slides.pdf\"",
            "\"text\": \"link t17\",\n              \"target\": {\n                \"address\": \"https://example.org/slides.pdf\", \"address\": \"https://example.org/\"",
            "\"address\"",
            "/agenda/0/content/0/content/3/target/address",
            "'address' appears twice"),
        duplicate(
            "network code twice",
            "\"networkCode\": \"NUH\"",
            "\"networkCode\": \"NUH\", \"networkCode\": \"NHD\"",
            "\"networkCode\"",
            "/participants/entries/0/affiliation/networkCode",
            "'networkCode' appears twice"),
        duplicate(
            "the same name spelt with an escape",
            "\"title\": \"title t4\",",
            "\"title\": \"title t4\",\n  \"\\u0074itle\": \"again\",",
            "\"\\u0074itle\"",
            "/title",
            "the property 'title' appears twice"),
        duplicate(
            "count twice",
            "\"count\": 10,",
            "\"count\": 10, \"count\": 11,",
            "\"count\"",
            "/sessions/0/attendance/onSite/count",
            "'count' appears twice"),
        duplicate(
            "heading twice in a nested sub-section",
            "\"heading\": \"deeper t21\",",
            "\"heading\": \"deeper t21\", \"heading\": \"x\",",
            "\"heading\"",
            "/agenda/0/content/1/content/1/heading",
            "'heading' appears twice"),
        duplicate(
            "organiser name twice",
            "\"name\": \"organiser t1\",",
            "\"name\": \"organiser t1\", \"name\": \"x\",",
            "\"name\"",
            "/organiser/name",
            "'name' appears twice"),
        duplicate(
            "ordered twice in a list",
            "\"ordered\": true,",
            "\"ordered\": true, \"ordered\": false,",
            "\"ordered\"",
            "/agenda/0/content/2/ordered",
            "'ordered' appears twice"));
  }

  // ------------------------------------------------------------------ encodings

  static Stream<Arguments> encodings() {
    long[] title = where("\"title t4\"", 1);
    return Stream.of(
        bad("0xFF in a property name", changeBytes("\"title\": \"title t4\"", concat(utf8("\"ti"), bytes(0xFF), utf8("tle\": \"title t4\""))),
            null, where("\"title\"", 3)[0], where("\"title\"", 3)[1], "not valid UTF-8"),
        bad("0xFF as the first byte", concat(bytes(0xFF), utf8(BASE)), "", 1, 1, "not valid UTF-8"),
        bad("five-byte form", changeBytes("title t4", concat(bytes(0xF8, 0x88, 0x80, 0x80, 0x80), utf8("title t4"))),
            null, title[0], title[1], "not valid UTF-8"),
        bad("beyond U+10FFFF", changeBytes("title t4", concat(bytes(0xF4, 0x90, 0x80, 0x80), utf8("title t4"))),
            null, title[0], title[1], "not valid UTF-8"),
        bad("CESU-8 surrogate pair", changeBytes("title t4", concat(bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80), utf8("title t4"))),
            null, title[0], title[1], "not valid UTF-8"),
        bad("overlong NUL (modified UTF-8)", changeBytes("title t4", concat(bytes(0xC0, 0x80), utf8("title t4"))),
            null, title[0], title[1], "not valid UTF-8"),
        bad("lone continuation byte between tokens", changeBytes("\n  \"kind\"", concat(utf8("\n"), bytes(0x80), utf8(" \"kind\""))),
            null, where("\"kind\": \"meeting-notes\"", 0)[0], 1, "not valid UTF-8"),
        bad("four-byte form cut short inside a string", changeBytes("title t4", concat(utf8("title t4"), bytes(0xF0, 0x9F, 0x98))),
            null, title[0], title[1] + "title t4".length(), "not valid UTF-8"),
        bad("two byte order marks", concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), utf8(BASE)), "", 1, 1, "malformed JSON"),
        bad("byte order mark after white space", concat(utf8(" "), bytes(0xEF, 0xBB, 0xBF), utf8(BASE)), "", 1, 2, "malformed JSON"),
        bad("byte order mark between tokens", changeBytes("\n  \"language\"", concat(utf8("\n"), bytes(0xEF, 0xBB, 0xBF), utf8("  \"language\""))),
            "", where("\"language\"", 0)[0], 1, "malformed JSON"),
        bad("UTF-32 little-endian with its mark", concat(bytes(0xFF, 0xFE, 0x00, 0x00), BASE.getBytes(Charset.forName("UTF-32LE"))),
            "", 1, 1, "UTF-16 or UTF-32 byte order mark"),
        bad("UTF-16 big-endian with its mark", concat(bytes(0xFE, 0xFF), BASE.getBytes(StandardCharsets.UTF_16BE)),
            "", 1, 1, "UTF-16 or UTF-32 byte order mark"),
        bad("UTF-8 mark before UTF-16 text", concat(bytes(0xEF, 0xBB, 0xBF), BASE.getBytes(StandardCharsets.UTF_16LE)),
            "", 1, 2, "malformed JSON"));
  }

  // ------------------------------------------------------------------ numbers

  private static Arguments count(String name, String value, String fragment) {
    return bad(
        name,
        change("\"count\": 10,", "\"count\": " + value + ","),
        "/sessions/0/attendance/onSite/count",
        where("\"count\": 10,", 9),
        fragment);
  }

  /**
   * A count that is not JSON at all: the parser stops as it reads ahead to the value of "count",
   * which the error names, on its line.
   */
  private static Arguments malformedCount(String name, String value, String fragment) {
    return bad(
        name,
        utf8(change("\"count\": 10,", "\"count\": " + value + ",")),
        "/sessions/0/attendance/onSite/count",
        where("\"count\": 10,", 0)[0],
        0,
        fragment);
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        count("int + 1", "2147483648", "is 2147483648, too large for a count"),
        count("int - 1", "-2147483649", "is -2147483649, too large for a count"),
        count("long + 1", "9223372036854775808", "too large for a count"),
        count("1e999", "1e999", "must be a whole number such as 10, but is 1e999"),
        count("-1e999", "-1e999", "must be a whole number such as 10, but is -1e999"),
        count("exponent", "1E2", "must be a whole number"),
        count("decimal point", "10.0", "must be a whole number"),
        count("tiny", "1e-999", "must be a whole number"),
        malformedCount("NaN", "NaN", "malformed JSON"),
        malformedCount("Infinity", "Infinity", "malformed JSON"),
        malformedCount("plus sign", "+1", "malformed JSON"),
        malformedCount("hexadecimal", "0x10", "malformed JSON"),
        malformedCount("leading zero", "010", "malformed JSON"),
        count("text", "\"10\"", "'count' must be a whole number such as 10, but is the text \"10\""),
        count("true", "true", "'count' must be a whole number such as 10, but is true"),
        bad("1e999 as the title", change("\"title\": \"title t4\"", "\"title\": 1e999"), "/title",
            where("\"title t4\"", 0), "'title' must be text"),
        bad("a number as online", change("\"online\": true", "\"online\": 1"), "/sessions/0/online",
            where("\"online\": true", 10), "'online' must be true or false"));
  }

  /** Numbers in range for JSON but not for the model: the validator's error, with the path. */
  @Test
  void countsOutsideTheModelsRangeGiveTheValidatorsPath() throws IOException {
    for (String value : List.of("-1", "1000001", "-2147483648", "2147483647")) {
      byte[] json = utf8(change("\"count\": 10,", "\"count\": " + value + ","));
      InvalidMinutesException e =
          assertThrows(InvalidMinutesException.class, () -> Formats.READER.read(new ByteArrayInputStream(json)), value);
      assertEquals(
          List.of("sessions[0].attendance.onSite.count"),
          e.violations().stream().map(Violation::path).toList(),
          value);
      assertCliRefuses(() -> new ByteArrayInputStream(json), "sessions[0].attendance.onSite.count");
      cases++;
    }
    // Minus zero is zero.
    Minutes minutes = Formats.read(utf8(change("\"count\": 10,", "\"count\": -0,")));
    assertEquals(0, minutes.sessions().get(0).attendance().onSite().orElseThrow().count());
  }

  /** A byte order mark inside a string is a character like any other, and reads back. */
  @Test
  void aByteOrderMarkInsideTextIsText() {
    Minutes minutes = Formats.read(utf8(change("\"title t4\"", "\"\uFEFFtitle\uFEFF\"")));
    assertEquals("\uFEFFtitle\uFEFF", minutes.title());
    assertEquals(minutes, Formats.read(Formats.json(minutes)));
  }

  // ------------------------------------------------------------------ the table

  static Stream<Arguments> badInputs() {
    return Stream.of(duplicateKeys(), encodings(), numbers()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRefusedWithItsPlace(
      String name, byte[] json, String pointer, long line, long column, String fragment)
      throws IOException {
    MinutesReadException e = readError(new ByteArrayInputStream(json));
    if (pointer != null) {
      assertEquals(pointer, e.location().pointer(), e.getMessage());
    }
    if (line > 0) {
      assertEquals(line, e.location().line(), e.getMessage());
      if (column > 0) {
        assertEquals(column, e.location().column(), e.getMessage());
      }
    } else {
      assertTrue(e.location().line() > 0, e.getMessage());
    }
    assertTrue(e.problem().contains(fragment), e.getMessage());
    assertCliRefuses(() -> new ByteArrayInputStream(json), fragment);
    cases++;
  }

  // ------------------------------------------------------------------ systematic changes

  /**
   * Every value of the document, in turn, replaced by a value of another type: the reader names
   * exactly that value's place, by pointer, line and column.
   */
  @Test
  void everyValueWithTheWrongTypeIsRefusedAtItsPlace() throws IOException {
    List<JsonValues.Value> values = JsonValues.of(BASE);
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (JsonValues.Value value : values.subList(1, values.size())) {
      String replacement;
      switch (value.type()) {
        case STRING:
          replacement = "42";
          break;
        case NUMBER:
          replacement = "\"42\"";
          break;
        case BOOLEAN:
          replacement = "\"true\"";
          break;
        case OBJECT:
          replacement = "[]";
          break;
        case ARRAY:
          replacement = "{}";
          break;
        default:
          replacement = "true";
      }
      String json = BASE.substring(0, value.start()) + replacement + BASE.substring(value.end());
      tried++;
      try {
        Formats.READER.read(new ByteArrayInputStream(utf8(json)));
        failures.add(value.pointer() + ": read without an error");
      } catch (MinutesReadException e) {
        SourceLocation expected = new SourceLocation(value.pointer(), value.line(), value.column());
        if (!expected.equals(e.location())) {
          failures.add(value.pointer() + ": expected " + expected + ", got " + e.getMessage());
        }
      } catch (InvalidMinutesException e) {
        failures.add(value.pointer() + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
    assertTrue(tried > 100, "only " + tried + " values");
    cases += tried;
    System.out.printf("hostile JSON: %d values given the wrong type%n", tried);
  }

  /** The document cut short at every 41st byte: a typed error with a line, never anything else. */
  @Test
  void theDocumentCutAnywhereIsRefusedWithAPlace() throws IOException {
    byte[] json = utf8(BASE);
    int tried = 0;
    for (int length = 0; length < json.length - 1; length += 41) {
      byte[] cut = java.util.Arrays.copyOf(json, length);
      MinutesReadException e = readError(new ByteArrayInputStream(cut));
      assertTrue(e.location().line() > 0, e.getMessage());
      assertFalse(e.problem().isBlank());
      tried++;
    }
    // Without its final line end, the document is complete.
    assertEquals(Documents.everyField(), Formats.read(java.util.Arrays.copyOf(json, json.length - 1)));
    assertCliRefuses(() -> new ByteArrayInputStream(java.util.Arrays.copyOf(json, json.length / 2)), "error");
    cases += tried;
    System.out.printf("hostile JSON: cut at %d places%n", tried);
  }

  // ------------------------------------------------------------------ nesting and size

  private static final int DEEP = 100_000;

  static Stream<Arguments> deepInputs() {
    String start = "{\"format\": \"minutes4j/1\", ";
    return Stream.of(
        Arguments.of("lists where the title belongs", start + "\"title\": ", "[", "/title", "'title' must be text"),
        Arguments.of("lists inside the agenda", start + "\"agenda\": [", "[", "/agenda/0", "must be an agenda item"),
        Arguments.of("objects where a name belongs", start + "\"organiser\": {\"name\": ", "{\"name\": ", "/organiser/name", "'name' must be text"),
        Arguments.of("under an unknown property", start + "\"unknown\": ", "[{\"a\": ", "/unknown", "unknown property 'unknown'"),
        Arguments.of("objects from the start", "", "{\"a\": ", "", "must start with the property \"format\""),
        Arguments.of(
            "sub-sections in the second item",
            start + "\"agenda\": [{\"heading\": \"h\", \"presenters\": [], \"content\": [], \"links\": []},"
                + " {\"heading\": \"h\", \"presenters\": [], \"content\": [",
            "{\"type\": \"subsection\", \"heading\": \"h\", \"content\": [",
            null,
            "nests objects and lists more than 64 levels deep"),
        Arguments.of(
            "after the end of the document",
            BASE,
            "[",
            "",
            "after the end of the minutes"));
  }

  /** 100,000 levels of nesting: a typed error at once, no stack overflow, little read. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("deepInputs")
  void deepNestingIsRefusedWithoutOverflowingTheStack(
      String name, String prefix, String unit, String pointer, String fragment) throws IOException {
    long total = utf8(prefix).length + (long) DEEP * utf8(unit).length;
    GeneratedInput in = new GeneratedInput(prefix, unit, total, "", Long.MAX_VALUE, () -> {});
    MinutesReadException e = readError(in);
    if (pointer != null) {
      assertEquals(pointer, e.location().pointer(), e.getMessage());
    }
    assertTrue(e.location().line() > 0, e.getMessage());
    assertTrue(e.problem().contains(fragment), e.getMessage());
    assertTrue(in.position() < 256 * 1024, "read " + in.position() + " bytes");
    assertCliRefuses(() -> new GeneratedInput(prefix, unit, total, "", Long.MAX_VALUE, () -> {}), fragment);
    cases++;
  }

  static Stream<Arguments> hugeInputs() {
    String start = "{\"format\": \"minutes4j/1\", \"language\": \"sv\", ";
    String item = "\"agenda\": [{\"heading\": \"h\", \"presenters\": [], \"content\": [";
    return Stream.of(
        Arguments.of("one text of 200 MB", start + item + "{\"type\": \"paragraph\", \"content\": [{\"type\": \"plain\", \"text\": \"",
            "Ä", "\"}]}]}]}", "/agenda/0/content/0/content/0/text", "a text is longer than 110000 characters", HEAP_BOUND),
        Arguments.of("200 MB of white space in a list", start + item, " ", "]}]}",
            null, "the document is longer than 67108864 characters", HEAP_BOUND),
        // Fixed finding: the smallest objects of the model, read up to the document limit of
        // 64 Mi characters, took about 400 MB of heap (six times the document) before the reader
        // stopped. The reader now stops at its budget of 2 Mi tokens, after some 8 to 13 MB.
        Arguments.of("200 MB of note-takers", start + "\"noteTakers\": [", "{\"name\": \"x\"}, ", "{\"name\": \"x\"}]}",
            null, TOKEN_BUDGET, OBJECTS_HEAP_BOUND),
        Arguments.of("200 MB of participants", start + "\"participants\": {\"heading\": \"h\", \"entries\": [",
            "{\"name\": \"n\", \"affiliation\": {\"role\": \"guest\"}}, ", "{\"name\": \"n\", \"affiliation\": {\"role\": \"guest\"}}]}}",
            null, TOKEN_BUDGET, OBJECTS_HEAP_BOUND),
        Arguments.of("200 MB of spans in one paragraph", start + item + "{\"type\": \"paragraph\", \"content\": [",
            "{\"type\": \"plain\", \"text\": \"a\"}, ", "{\"type\": \"plain\", \"text\": \"a\"}]}]}]}",
            null, TOKEN_BUDGET, OBJECTS_HEAP_BOUND),
        Arguments.of("200 MB of empty sub-sections", start + item,
            "{\"type\": \"subsection\", \"heading\": \"h\", \"content\": [{\"type\": \"paragraph\", \"content\": [{\"type\": \"plain\", \"text\": \"a\"}]}]}, ",
            "{\"type\": \"list\", \"ordered\": false, \"items\": []}]}]}",
            null, TOKEN_BUDGET, OBJECTS_HEAP_BOUND),
        // Fixed finding: the parser's string limit fires before its number limit (the digits
        // fill the buffer strings use), and the message spoke of "a text", at the object
        // around. Now it names the number and its property.
        Arguments.of("a number of 200 MB", start + "\"sessions\": [{\"date\": \"2022-06-02\", \"start\": \"10:00\", \"end\": \"11:00\", \"online\": false, \"attendance\": {\"onSite\": {\"count\": ",
            "9", "}}}]}", "/sessions/0/attendance/onSite/count", "'count' is a number of more than 100 digits, out of range", HEAP_BOUND),
        Arguments.of("a property name of 200 MB", start + "\"", "n", "\": 1}", "", "a property name is longer than 256 characters", HEAP_BOUND));
  }

  /**
   * Documents of 200 MB, generated as they are read: a typed error with its place, and the
   * reachable heap grows by less than 256 MB while the reader works, and by less than 128 MB, ten
   * times what it read, where it builds many small objects (measured after a full collection every
   * 2 MB read). Then the same through the command-line tool: exit 1, nothing
   * written.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeInputs")
  void hugeDocumentsAreRefusedInBoundedMemory(
      String name, String prefix, String unit, String suffix, String pointer, String fragment,
      long bound)
      throws IOException {
    HeapWatch heap = new HeapWatch();
    GeneratedInput in = new GeneratedInput(prefix, unit, TWO_HUNDRED_MB, suffix, 2L << 20, heap::sample);
    MinutesReadException e = readError(in);
    heap.sample();
    if (pointer != null) {
      assertEquals(pointer, e.location().pointer(), e.getMessage());
    }
    assertTrue(e.location().line() > 0, e.getMessage());
    assertTrue(e.problem().contains(fragment), e.getMessage());
    assertTrue(
        heap.growth() < bound,
        "the heap grew by " + (heap.growth() >> 20) + " MB while reading " + (in.position() >> 20) + " MB");
    if (bound == OBJECTS_HEAP_BOUND) {
      assertTrue(in.position() < 16L << 20, "read " + in.position() + " bytes");
      assertTrue(heap.growth() < 10 * in.position(), "the heap grew by more than ten times the input");
    }
    System.out.printf(
        "hostile JSON: %s: stopped after %d MB read, heap grew at most %d MB (%d samples)%n",
        name, in.position() >> 20, heap.growth() >> 20, heap.samples());
    assertCliRefuses(() -> new GeneratedInput(prefix, unit, TWO_HUNDRED_MB, suffix, Long.MAX_VALUE, () -> {}), fragment);
    cases++;
  }

  // ------------------------------------------------------------------ helpers

  /** Reads, expecting the typed error; anything else escaping fails the test with its cause. */
  private static MinutesReadException readError(InputStream in) throws IOException {
    try {
      Minutes minutes = Formats.READER.read(in);
      throw new AssertionError("read without an error: " + minutes.title());
    } catch (MinutesReadException e) {
      assertNotNull(e.location());
      return e;
    } catch (InvalidMinutesException e) {
      return fail("expected a read error, got the validator's " + e.getMessage());
    } catch (StackOverflowError e) {
      return fail("stack overflow", e);
    }
  }

  private static int cliRuns;

  /**
   * The command-line tool, reading the input from standard input, exits 1 ("invalid input"),
   * says why on standard error, and writes nothing: no file in the output folder, hidden or not,
   * and nothing on standard output.
   */
  private static void assertCliRefuses(Supplier<InputStream> input, String fragment) throws IOException {
    Path out = temp.resolve("out-" + cliRuns++);
    Cli.Result result = Cli.run(input.get(), "render", "-", "-f", "json,html", "-o", out.toString());
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().contains("error"), result.toString());
    assertTrue(result.err().contains(fragment) || fragment.equals("error") || result.err().contains("not valid"),
        "the message does not say «" + fragment + "»: " + result);
    assertTrue(result.err().contains("Nothing was written."), result.toString());
    assertEquals(List.of(), Cli.listing(out), "files in " + out);
    assertArrayEquals(new byte[0], result.out());
    Files.deleteIfExists(out);
  }
}
