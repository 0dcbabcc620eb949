package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonMinutesReaderTest {

  /** The small sample as written; every bad input below is a small change to it. */
  private static final String BASE = JsonMinutesExporterTest.SMALL;

  private static String change(String find, String replacement) {
    if (!BASE.contains(find)) {
      throw new IllegalArgumentException("not in the base document: " + find);
    }
    assertEquals(BASE.indexOf(find), BASE.lastIndexOf(find), "ambiguous: " + find);
    return BASE.replace(find, replacement);
  }

  private static Arguments bad(
      String name, String json, String pointer, int line, int column, String fragment) {
    return Arguments.of(name, json, pointer, line, column, fragment);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad(
            "unknown property",
            change("\"title\": \"Ett möte\"", "\"titel\": \"Ett möte\""),
            "/titel",
            15,
            3,
            "unknown property 'titel' in the minutes; did you mean 'title'? known: format,"
                + " language, organiser, kind, date, title"),
        bad(
            "unknown property of a kind of span, whose known ones start with its type",
            change("\"text\": \"Anna\"", "\"txt\": \"Anna\""),
            "/agenda/0/content/0/content/0/txt",
            35,
            15,
            "unknown property 'txt' in a strong; did you mean 'text'? known: type, text"),
        bad(
            "unknown property with / and ~ in its name",
            change("\"title\": \"Ett möte\"", "\"ti/t~le\": \"Ett möte\""),
            "/ti~1t~0le",
            15,
            3,
            "unknown property 'ti/t~le'"),
        bad(
            "missing required property",
            change("      \"heading\": \"Introduktion\",\n", ""),
            "/agenda/0",
            26,
            5,
            "the required property 'heading' is missing from an agenda item; add it (\"heading\" holds"
                + " text (a JSON string in double quotes))"),
        bad(
            "missing required property of the minutes, a plural noun",
            change("  \"title\": \"Ett möte\",\n", ""),
            "",
            1,
            1,
            "the required property 'title' is missing from the minutes; add it"),
        bad(
            "several missing properties",
            change("      \"heading\": \"Introduktion\",\n      \"presenters\": [],\n", ""),
            "/agenda/0",
            26,
            5,
            "the required properties 'heading', 'presenters' are missing from an agenda item; add"
                + " them (\"heading\" holds text (a JSON string in double quotes); \"presenters\""
                + " holds a list (a JSON array [...]) of a person (a JSON object))"),
        bad(
            "wrong type",
            change("\"online\": true", "\"online\": \"yes\""),
            "/sessions/0/online",
            21,
            17,
            "'online' must be true or false (without quotes), but is the text \"yes\""),
        bad(
            "object instead of list",
            change("\"presenters\": []", "\"presenters\": {}"),
            "/agenda/0/presenters",
            28,
            21,
            "'presenters' must be a list (a JSON array [...]), but is an object"),
        bad(
            "text instead of object in a list",
            change("\"presenters\": []", "\"presenters\": [\"Anna\"]"),
            "/agenda/0/presenters/0",
            28,
            22,
            "this value must be a person (a JSON object), but is the text \"Anna\""),
        bad(
            "duplicate property",
            change(
                "  \"kind\": \"meeting-notes\",\n",
                "  \"kind\": \"meeting-notes\",\n  \"kind\": \"minutes\",\n"),
            "/kind",
            14,
            3,
            "the property 'kind' appears twice in this object; keep one of them"),
        bad(
            "null for a required property",
            change("\"title\": \"Ett möte\"", "\"title\": null"),
            "/title",
            15,
            12,
            "'title' is null, which this format never uses; give it text"),
        bad(
            "null for an optional property",
            change("\"organisation\": \"Halland\"", "\"organisation\": null"),
            "/participants/entries/0/organisation",
            60,
            25,
            "leave the property out when there is no value"),
        bad(
            "null in a list",
            change("\"noteTakers\": []", "\"noteTakers\": [null]"),
            "/noteTakers/0",
            51,
            18,
            "a list cannot hold null; remove it"),
        bad(
            "date not in ISO form",
            change("\"date\": \"2022-06-02\"", "\"date\": \"2022-6-2\""),
            "/sessions/0/date",
            18,
            15,
            "'2022-6-2' is not a date in the form YYYY-MM-DD; write it like 2022-06-02"),
        bad(
            "date not in the calendar",
            change("\"date\": \"2022-06-11\"", "\"date\": \"2022-02-30\""),
            "/date",
            14,
            11,
            "'2022-02-30' is not a day of the calendar"),
        bad(
            "date with a space before it",
            change("\"date\": \"2022-06-11\"", "\"date\": \" 2022-06-11\""),
            "/date",
            14,
            11,
            "' 2022-06-11' is not a date in the form YYYY-MM-DD"),
        bad(
            "date as a list of numbers",
            change("\"date\": \"2022-06-11\"", "\"date\": [2022, 6, 11]"),
            "/date",
            14,
            11,
            "'date' must be a date such as \"2022-06-02\", but is a list [...]"),
        bad(
            "link kind by its index",
            change("\"kind\": \"slides\"", "\"kind\": 0"),
            "/agenda/0/links/0/kind",
            42,
            19,
            "'kind' must be a link kind, one of \"slides\", \"video\", \"document\", \"other\", but"
                + " is the number 0"),
        bad(
            "time with a dot",
            change("\"start\": \"10:00\"", "\"start\": \"10.00\""),
            "/sessions/0/start",
            19,
            16,
            "'10.00' is not a time in the form HH:mm on a 24-hour clock; write it like 10:00"),
        bad(
            "time past midnight",
            change("\"start\": \"10:00\"", "\"start\": \"24:00\""),
            "/sessions/0/start",
            19,
            16,
            "'24:00' is not a time in the form HH:mm"),
        bad(
            "misspelt link kind",
            change("\"kind\": \"slides\"", "\"kind\": \"slide\""),
            "/agenda/0/links/0/kind",
            42,
            19,
            "unknown link kind 'slide'; did you mean 'slides'? use one of: slides, video,"
                + " document, other"),
        bad(
            "document kind in another language",
            change("\"kind\": \"meeting-notes\"", "\"kind\": \"protokoll\""),
            "/kind",
            13,
            11,
            "unknown document kind 'protokoll'; did you mean 'minutes'? use one of: meeting-notes,"
                + " minutes"),
        bad(
            "language tag with an underscore",
            change("\"language\": \"sv\"", "\"language\": \"sv_SE\""),
            "/language",
            3,
            15,
            "the language 'sv_SE' is not a well-formed BCP 47 language tag"),
        bad(
            "missing language, which is a tag, not an object",
            change("  \"language\": \"sv\",\n", ""),
            "",
            1,
            1,
            "the required property 'language' is missing from the minutes; add it (\"language\""
                + " holds a language tag such as \"sv\" or \"en-GB\" (a JSON string in double"
                + " quotes))"),
        bad(
            "language given as a number",
            change("\"language\": \"sv\"", "\"language\": 46"),
            "/language",
            3,
            15,
            "'language' must be a language tag such as \"sv\" or \"en-GB\" (a JSON string in double"
                + " quotes), but is the number 46"),
        bad(
            "misspelt role",
            change("\"networkCode\": \"NUH\"", "\"role\": \"gast\""),
            "/participants/entries/0/affiliation/role",
            58,
            19,
            "unknown role 'gast'; did you mean 'guest'?"),
        bad(
            "network and role at once",
            change("\"networkCode\": \"NUH\"", "\"networkCode\": \"NUH\", \"role\": \"guest\""),
            "/participants/entries/0/affiliation/role",
            58,
            41,
            "an affiliation is either {\"networkCode\": \"NUH\"}"),
        bad(
            "unknown block type",
            change("\"type\": \"paragraph\"", "\"type\": \"para\""),
            "/agenda/0/content/0/type",
            31,
            19,
            "unknown block type 'para'; did you mean 'paragraph'? use one of: paragraph,"
                + " subsection, list"),
        bad(
            "type not first",
            change(
                "\"type\": \"strong\",\n              \"text\": \"Anna\"",
                "\"text\": \"Anna\",\n              \"type\": \"strong\""),
            "/agenda/0/content/0/content/0/text",
            34,
            15,
            "\"type\" must be the first property of a span, before 'text'"),
        bad(
            "placeholder false",
            change("\"placeholder\": true", "\"placeholder\": false"),
            "/agenda/0/links/0/target/placeholder",
            45,
            28,
            "'placeholder' can only be true; for a link whose address is known, write"
                + " {\"address\": \"https://...\"} instead"),
        bad(
            "placeholder and address",
            change(
                "\"placeholder\": true",
                "\"placeholder\": true,\n            \"address\": \"https://example.org\""),
            "/agenda/0/links/0/target/address",
            46,
            24,
            "a link target is either {\"address\": \"https://...\"} or {\"placeholder\": true}"),
        bad(
            "empty link target",
            change(
                "\"target\": {\n            \"placeholder\": true\n          }", "\"target\": {}"),
            "/agenda/0/links/0/target",
            44,
            21,
            "a link target needs either {\"address\""),
        bad(
            "fractional count",
            change(
                "\"attendance\": {}",
                "\"attendance\": {\"onSite\": {\"count\": 10.5, \"approximate\": true}}"),
            "/sessions/0/attendance/onSite/count",
            22,
            42,
            "'count' must be a whole number such as 10, but is 10.5"),
        bad(
            "count too large",
            change(
                "\"attendance\": {}",
                "\"attendance\": {\"onSite\": {\"count\": 99999999999, \"approximate\": true}}"),
            "/sessions/0/attendance/onSite/count",
            22,
            42,
            "is 99999999999, too large for a count"),
        bad(
            "number of many digits",
            change(
                "\"attendance\": {}",
                "\"attendance\": {\"onSite\": {\"count\": 1234567890123456789012345}}"),
            "/sessions/0/attendance/onSite/count",
            22,
            42,
            "is 1234567890123456789012345, too large for a count"),
        bad(
            "later format version",
            change("\"format\": \"minutes4j/1\"", "\"format\": \"minutes4j/2\""),
            "/format",
            2,
            13,
            "the document is in format 'minutes4j/2', but this reader reads 'minutes4j/1' only"),
        bad(
            "format not first",
            change(
                "\"format\": \"minutes4j/1\",\n  \"language\": \"sv\",",
                "\"language\": \"sv\",\n  \"format\": \"minutes4j/1\","),
            "",
            2,
            3,
            "a minutes4j document must start with the property \"format\": \"minutes4j/1\""),
        bad(
            "content after the document",
            BASE + "{}\n",
            "",
            65,
            1,
            "found an object {...} after the end of the minutes; a document holds exactly one"
                + " JSON object"),
        bad(
            "trailing comma",
            change("\"networkCode\": \"NUH\"", "\"networkCode\": \"NUH\","),
            "/participants/entries/0/affiliation",
            59,
            9,
            "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote"
                + " to start property name; correct the JSON syntax at this place"),
        bad(
            "unescaped tab in text",
            change("\"Ett möte\"", "\"Ett\tmöte\""),
            "/title",
            15,
            16,
            "malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 9))"),
        bad(
            "comment",
            "// minutes\n" + BASE,
            "",
            1,
            1,
            "malformed JSON: a comment, which JSON does not have; remove it"),
        bad(
            "cut short",
            BASE.substring(0, BASE.indexOf("\"type\": \"paragraph\"")),
            "/agenda/0/content/0",
            31,
            11,
            "the input ends before the JSON is complete"),
        bad(
            "cut short after a property",
            "{\"format\":\"minutes4j/1\",\"language\":\"sv\"",
            "",
            1,
            40,
            "the input ends before the JSON is complete (Unexpected end-of-input: expected close"
                + " marker for Object); it was cut short"),
        bad(
            "cut short inside a text",
            BASE.substring(0, BASE.indexOf("Ett möte") + 3),
            "/title",
            15,
            16,
            "the input ends before the JSON is complete (Unexpected end-of-input in VALUE_STRING)"),
        bad(
            "list at the top",
            "[]",
            "",
            1,
            1,
            "expected the minutes as a JSON object that starts with {\"format\": \"minutes4j/1\","
                + " ...}, but found a list [...]"),
        bad(
            "null at the top",
            "\rnull",
            "",
            2,
            1,
            "expected the minutes as a JSON object that starts with {\"format\": \"minutes4j/1\","
                + " ...}, but found null"),
        bad(
            "empty input",
            "",
            "",
            1,
            1,
            "the input is empty; a minutes4j document is a JSON object"),
        bad(
            "only white space",
            "  \n\t\r\n ",
            "",
            1,
            1,
            "the input holds only white space (7 characters: spaces, tabs or line breaks) and no"
                + " JSON; a minutes4j document is a JSON object"),
        bad(
            "one space",
            " ",
            "",
            1,
            1,
            "the input holds only white space (1 character: spaces, tabs or line breaks)"),
        bad(
            "a PDF",
            "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "",
            1,
            1,
            "the input is a PDF file, not JSON; the minutes inside a PDF archive copy are read by"
                + " the PDF reader"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"badInputs", "io.github.minutes4j.json.FormalMinutesJsonTest#badInputs"})
  void badInputIsRefusedWithItsPlaceAndAFix(
      String name, String json, String pointer, int line, int column, String fragment) {
    MinutesReadException e = Json.readError(json);
    assertEquals(new SourceLocation(pointer, line, column), e.location(), e.getMessage());
    assertTrue(e.problem().contains(fragment), e.getMessage());
    assertEquals(e.location() + ": " + e.problem(), e.getMessage());
  }

  /**
   * A document that arrives in pieces (a slow stream), the first ones shorter than the parser's
   * start needs, is refused at the same place as the one that arrives at once; the parser starts on
   * the reader's own copy of the input, which must stay whole as more arrives.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource({"badInputs", "io.github.minutes4j.json.FormalMinutesJsonTest#badInputs"})
  void badInputThatArrivesInPiecesIsRefusedAtTheSamePlace(
      String name, String json, String pointer, int line, int column, String fragment) {
    MinutesReadException atOnce = Json.readError(json);
    for (int piece : new int[] {1, 3, 700}) {
      InputStream slow = inPieces(json.getBytes(StandardCharsets.UTF_8), piece);
      MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(slow));
      assertEquals(atOnce.getMessage(), e.getMessage(), "pieces of " + piece);
    }
  }

  @Test
  void describesTheJsonFormat() {
    assertEquals(
        new FormatDescriptor("json", "application/json", "json"), Json.READER.format());
  }

  @Test
  void readsTheDocumentedFormat() {
    assertEquals(SampleMinutes.small(), Json.read(BASE));
  }

  /**
   * A session without "online" and "attendance" says nothing about either: it reads as {@code
   * Session.on(...)} builds it (not online, attendance not recorded), and is written with them.
   */
  @Test
  void aSessionWithoutOnlineAndAttendanceSaysNothingAboutThem() {
    String without =
        change("\"end\": \"15:00\",\n      \"online\": true,\n      \"attendance\": {}\n",
            "\"end\": \"15:00\"\n");
    Minutes read = Json.read(without);
    Minutes expected = SampleMinutes.small().toBuilder()
        .sessions(List.of(Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0),
            LocalTime.of(15, 0)).build()))
        .build();
    assertEquals(expected, read);
    assertEquals(Attendance.NOT_RECORDED, read.sessions().get(0).attendance());
    assertEquals(
        change("\"online\": true", "\"online\": false"), Json.text(read), "written with both");
    assertEquals(List.of(), JsonSchemaTest.errors(without), "the schema accepts it");
    assertEquals(expected, Json.read(change("\"online\": true,\n", "")), "online alone");
  }

  @Test
  void readsPropertiesInAnyOrderAfterTheFormatAndWhiteSpaceOfAnyKind() {
    String json =
        "{\"format\":\"minutes4j/1\",\"title\":\"Ett möte\",\"date\":\"2022-06-11\",\r\n"
            + "\"kind\":\"meeting-notes\",\"language\":\"sv\",\t\"noteTakers\":[],"
            + "\"participants\":{\"entries\":[{\"organisation\":\"Halland\",\"affiliation\":"
            + "{\"networkCode\":\"NUH\"},\"name\":\"Anna\"}],\"heading\":\"Deltagare\"},"
            + "\"agenda\":[{\"links\":[{\"target\":{\"placeholder\":true},\"label\":"
            + "\"Länk till bilder\",\"kind\":\"slides\"}],\"content\":[{\"type\":\"paragraph\","
            + "\"content\":[{\"type\":\"strong\",\"text\":\"Anna\"}]}],\"presenters\":[],"
            + "\"heading\":\"Introduktion\"}],\"sessions\":[{\"attendance\":{},\"online\":true,"
            + "\"end\":\"15:00\",\"start\":\"10:00\",\"date\":\"2022-06-02\"}],"
            + "\"organiser\":{\"networks\":[{\"name\":\"Nätverket Uppdrag Hälsa\",\"code\":"
            + "\"NUH\"}],\"name\":\"Nätverken\"}}";
    assertEquals(SampleMinutes.small(), Json.read(json));
  }

  @Test
  void readsAnyLanguageTagInItsCanonicalForm() {
    assertEquals(
        Language.ofTag("sv-SE"),
        Json.read(change("\"language\": \"sv\"", "\"language\": \"SV-se\"")).language());
    assertEquals(
        "se", Json.read(change("\"language\": \"sv\"", "\"language\": \"se\"")).language().tag());
  }

  @Test
  void acceptsTimesWithSeconds() {
    Minutes minutes = Json.read(change("\"start\": \"10:00\"", "\"start\": \"10:00:00\""));
    assertEquals(SampleMinutes.small(), minutes);
  }

  @Test
  void wellFormedButInvalidMinutesGiveTheValidatorsViolationsWithMatchingPaths() {
    String json =
        change("\"heading\": \"Introduktion\"", "\"heading\": \" \"")
            .replace("\"networkCode\": \"NUH\"", "\"networkCode\": \"XYZ\"")
            .replace("\"end\": \"15:00\"", "\"end\": \"09:00\"");
    InvalidMinutesException e = assertThrows(InvalidMinutesException.class, () -> Json.read(json));
    List<String> paths = e.violations().stream().map(Violation::path).toList();
    assertEquals(
        List.of("agenda[0].heading", "participants.entries[0].affiliation", "sessions[0].end"),
        paths);
    assertTrue(e.getMessage().contains("names the network 'XYZ', which the organiser does not"));
    // Each violation names its place in the document too: the blank heading is on line 26.
    assertEquals(new SourceLocation("/agenda/0/heading", 27, 18), e.violations().get(0).location());
    assertFalse(e.violations().get(0).message().contains("line"), e.getMessage());
    assertTrue(e.getMessage().contains("agenda[0].heading: must not be blank (line 27, column 18)"),
        e.getMessage());
  }

  /**
   * A paragraph or list item whose spans are all blank (a no-break space and a space; a zero width
   * space, written as a JSON escape) is refused at the paragraph's place in the document; a list
   * item of a strong span beside it is fine.
   */
  @Test
  void aParagraphThatShowsNothingIsLocatedInTheDocument() {
    String json =
        change(
            "\"type\": \"strong\",\n              \"text\": \"Anna\"\n            }\n          ]\n"
                + "        }",
            "\"type\": \"plain\",\n              \"text\": \"\\u00A0\"\n            },\n"
                + "            {\n              \"type\": \"plain\",\n              \"text\": \" \"\n"
                + "            }\n          ]\n        },\n        {\"type\": \"list\", \"ordered\": false,"
                + " \"items\": [{\"content\": [{\"type\": \"strong\", \"text\": \"Anna\"}]},"
                + " {\"content\": [{\"type\": \"plain\", \"text\": \"\\u200B\"}]}]}");
    InvalidMinutesException e = assertThrows(InvalidMinutesException.class, () -> Json.read(json));

    String message =
        "shows nothing: every span holds only white space and invisible characters; write the"
            + " text, or remove the paragraph";
    assertEquals(
        List.of(
            new Violation("agenda[0].content[0]", message,
                new SourceLocation("/agenda/0/content/0", 30, 9)),
            new Violation("agenda[0].content[1].items[1]", message,
                new SourceLocation("/agenda/0/content/1/items/1", 43, 105))),
        e.violations());
    assertTrue(e.getMessage().contains("agenda[0].content[0]: " + message + " (line 30, column 9)"),
        e.getMessage());
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    byte[] json = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[json.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withMark, 3, json.length);
    assertEquals(SampleMinutes.small(), Json.read(withMark));
  }

  @Test
  void refusesUtf16AndUtf32() {
    byte[] littleEndianWithMark = ("\uFEFF" + BASE).getBytes(StandardCharsets.UTF_16LE);
    MinutesReadException e = Json.readError(littleEndianWithMark);
    assertEquals(new SourceLocation("", 1, 1), e.location());
    assertTrue(e.problem().contains("UTF-16 or UTF-32 byte order mark"), e.getMessage());
    for (byte[] json :
        List.of(
            BASE.getBytes(StandardCharsets.UTF_16BE),
            BASE.getBytes(StandardCharsets.UTF_16LE),
            BASE.getBytes(java.nio.charset.Charset.forName("UTF-32BE")))) {
      MinutesReadException zero = Json.readError(json);
      assertEquals(new SourceLocation("", 1, 1), zero.location());
      assertTrue(zero.problem().contains("save or convert the file as UTF-8"), zero.getMessage());
    }
  }

  /** The "ö" of "Ett möte" on line 15, column 18, replaced by bytes that are not UTF-8. */
  @Test
  void refusesInvalidUtf8NamingTheFirstBadByte() {
    byte[] o = "ö".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xF6}, // "ö" in Windows-1252
            new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong "/"
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            new byte[] {(byte) 0xC3, (byte) 0x28})) { // a lead byte without its continuation
      byte[] json = replaceBytes(BASE.getBytes(StandardCharsets.UTF_8), o, bad);
      MinutesReadException e = Json.readError(json);
      assertEquals(new SourceLocation("/title", 15, 18), e.location(), e.getMessage());
      assertTrue(e.problem().startsWith("the input is not valid UTF-8: it has the byte"));
      assertTrue(e.problem().contains(String.format("0x%02X", bad[0] & 0xFF)), e.getMessage());
      assertTrue(e.problem().contains("save or convert the file as UTF-8"));
    }
  }

  @Test
  void refusesInputEndingInsideACharacter() {
    byte[] json = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(json, json.length + 1);
    cut[json.length] = (byte) 0xC3;
    MinutesReadException e = Json.readError(cut);
    assertEquals(new SourceLocation("", 65, 1), e.location());
    // What happened, most likely, and its fix: the bytes before were UTF-8.
    assertEquals("the input ends in the middle of a character, so it was probably cut short;"
        + " check that the file was copied or downloaded in full", e.problem());
  }

  @Test
  void passesOnTheStreamsIoException() {
    IOException failure = new IOException("connection reset");
    byte[] json = BASE.getBytes(StandardCharsets.UTF_8);
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(json, 0, 500),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw failure;
              }
            });
    IOException thrown = assertThrows(IOException.class, () -> Json.READER.read(failing));
    assertSame(failure, thrown);
  }

  @Test
  void doesNotCloseTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertEquals(SampleMinutes.small(), Json.READER.read(in));
    assertFalse(closed[0]);
    assertEquals(-1, in.read(), "read to its end");
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> Json.READER.read(null));
  }

  // ------------------------------------------------------------------ hostile input

  @Test
  void stopsAtOnceOnDeepNestingWhereAnObjectBelongs() {
    CountingStream in = new CountingStream(repeat("", "[", 100_000));
    MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(in));
    assertEquals(new SourceLocation("", 1, 1), e.location());
    assertTrue(in.count < 64 * 1024, "read " + in.count + " bytes");
  }

  @Test
  void stopsAtTheNestingLimitOnDeeplyNestedSubsectionsWithoutOverflowingTheStack() {
    String prefix = BASE.substring(0, BASE.indexOf("{\n          \"type\": \"paragraph\""));
    String unit = "{\"type\": \"subsection\", \"heading\": \"h\", \"content\": [";
    CountingStream in = new CountingStream(repeat(prefix, unit, 100_000));
    MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(in));
    assertTrue(
        e.problem().startsWith("the document nests objects and lists more than 64 levels deep"),
        e.getMessage());
    assertEquals(
        "/agenda/0/content/0" + "/content/0".repeat(29) + "/content", e.location().pointer());
    assertEquals(30, e.location().line());
    assertEquals(9 + 30 * unit.length(), e.location().column(), "the 31st sub-section's {");
    assertTrue(in.count < 64 * 1024, "read " + in.count + " bytes");
  }

  @Test
  void stopsAtTheStringLimitOnAnEndlessText() {
    CountingStream in =
        new CountingStream(
            repeat("{\"format\": \"minutes4j/1\", \"title\": \"", "a", Long.MAX_VALUE));
    MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(in));
    assertEquals(new SourceLocation("/title", 1, 36), e.location(), e.getMessage());
    assertTrue(e.problem().startsWith("a text is longer than 110000 characters"));
    assertTrue(in.count < 256 * 1024, "read " + in.count + " bytes");
  }

  @Test
  void stopsAtTheDocumentLimitOnEndlessWhiteSpace() {
    CountingStream in =
        new CountingStream(
            repeat("{\"format\": \"minutes4j/1\", \"title\": ", " ", Long.MAX_VALUE));
    MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(in));
    assertTrue(e.problem().startsWith("the document is longer than 67108864 characters"));
    // The parser looks for the value of "title" when it stops: the place is that property.
    assertEquals("/title", e.location().pointer());
    long limit = 64L * 1024 * 1024;
    assertTrue(in.count > limit && in.count < limit + 64 * 1024, "read " + in.count + " bytes");
  }

  @Test
  void refusesOverlongPropertyNames() {
    MinutesReadException e =
        Json.readError(change("\"title\": \"Ett möte\"", "\"" + "t".repeat(300) + "\": 1"));
    assertTrue(e.problem().startsWith("a property name is longer than 256 characters"));
    assertEquals(new SourceLocation("", 15, 305), e.location(), "where reading stopped");
  }

  @Test
  void refusesOverlongNumbersAtTheirProperty() {
    MinutesReadException e =
        Json.readError(
            change(
                "\"attendance\": {}",
                "\"attendance\": {\"onSite\": {\"count\": " + "9".repeat(200) + "}}"));
    assertTrue(
        e.problem().startsWith("'count' is a number of more than 100 digits, out of range"),
        e.getMessage());
    assertEquals(
        new SourceLocation("/sessions/0/attendance/onSite/count", 22, 33),
        e.location(),
        "the property 'count'");
  }

  /**
   * A number longer than the longest string: the parser's string limit fires first, as the digits
   * fill the same buffer; the error still names the number and its property, not "a text".
   */
  @Test
  void refusesAnEndlessNumberAsANumberAtItsProperty() {
    String prefix = BASE.substring(0, BASE.indexOf("\"attendance\": {}"));
    CountingStream in =
        new CountingStream(
            repeat(prefix + "\"attendance\": {\"onSite\": {\"count\": ", "9", Long.MAX_VALUE));
    MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(in));
    assertTrue(e.problem().startsWith("'count' is a number of more than 100 digits"), e.getMessage());
    assertFalse(e.problem().contains("text"), e.getMessage());
    assertEquals("/sessions/0/attendance/onSite/count", e.location().pointer(), e.getMessage());
    assertEquals(22, e.location().line());
    assertEquals(33, e.location().column(), "the property 'count'");
    assertTrue(in.count < 512 * 1024, "read " + in.count + " bytes");
  }

  @Test
  void refusesANumberInAListAsANumber() {
    MinutesReadException e =
        Json.readError(change("\"noteTakers\": [", "\"noteTakers\": [" + "1".repeat(200_000) + ", "));
    assertTrue(e.problem().startsWith("a number of more than 100 digits"), e.getMessage());
    assertEquals("/noteTakers", e.location().pointer(), e.getMessage());
  }

  /**
   * The smallest objects of the model, one after the other: the token budget stops the reader
   * after 2 Mi tokens (some 8 MB of this input), long before the document limit of 64 Mi
   * characters, and the reachable heap (sampled after a full collection every MiB read) grows by
   * less than ten times what was read.
   */
  @Test
  void stopsAtTheTokenBudgetOnEndlessSmallObjectsInBoundedMemory() {
    String prefix =
        BASE.substring(0, BASE.indexOf("\"noteTakers\": [") + "\"noteTakers\": [".length());
    Runtime runtime = Runtime.getRuntime();
    long[] heap = {used(runtime), 0};
    CountingStream in =
        new CountingStream(repeat(prefix, "{\"name\": \"x\"}, ", Long.MAX_VALUE)) {
          private long next = 1 << 20;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, Math.min(len, 8192));
            if (count >= next) {
              next += 1 << 20;
              heap[1] = Math.max(heap[1], used(runtime) - heap[0]);
            }
            return n;
          }
        };
    MinutesReadException e = assertThrows(MinutesReadException.class, () -> Json.READER.read(in));
    assertTrue(
        e.problem()
            .startsWith(
                "the document has more than 2097152 JSON values, property names and brackets"),
        e.getMessage());
    assertTrue(e.location().pointer().startsWith("/noteTakers/"), e.getMessage());
    assertTrue(e.location().line() > 0 && e.location().column() > 0, e.getMessage());
    long tokens = 2L * 1024 * 1024;
    long expected = tokens / 4 * "{\"name\": \"x\"}, ".length();
    assertTrue(Math.abs(in.count - expected) < 64 * 1024, "read " + in.count + " bytes");
    System.out.printf(
        "token budget: stopped after %d bytes, the reachable heap grew by at most %d MB%n",
        in.count, heap[1] >> 20);
    assertTrue(
        heap[1] < 10 * in.count,
        "the heap grew by " + (heap[1] >> 20) + " MB while reading " + (in.count >> 20) + " MB");
  }

  private static long used(Runtime runtime) {
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * Thousands of random corruptions of a valid document: the reader returns minutes or throws
   * one of its two documented exceptions, never a Jackson exception or anything else.
   */
  @Test
  void neverLetsAnythingButItsOwnExceptionsEscape() {
    byte[] base = Json.bytes(SampleMinutes.full());
    String[] tokens = {
      "{", "}", "[", "]", "\"", ",", ":", "null", "0", "-1", "1e999", "true", " ", "ä", "\\",
      "\\u0000", "\"type\"", "\"format\"", "\uD83D", "//", "\n"
    };
    Random random = new Random(20220602);
    int read = 0;
    int refused = 0;
    int invalid = 0;
    for (int round = 0; round < 3_000; round++) {
      ByteArrayOutputStream mutated = new ByteArrayOutputStream();
      int at = random.nextInt(base.length);
      int cut = random.nextInt(4) == 0 ? random.nextInt(40) : 0;
      mutated.write(base, 0, at);
      switch (random.nextInt(3)) {
        case 0:
          byte[] token = tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8);
          mutated.write(token, 0, token.length);
          break;
        case 1:
          mutated.write(random.nextInt(256));
          break;
        default:
          cut = Math.max(cut, 1);
      }
      int rest = Math.min(base.length, at + cut);
      mutated.write(base, rest, base.length - rest);
      try {
        Json.READER.read(new ByteArrayInputStream(mutated.toByteArray()));
        read++;
      } catch (MinutesReadException e) {
        assertNotEquals(SourceLocation.UNKNOWN, e.location());
        assertFalse(e.problem().isBlank());
        refused++;
      } catch (InvalidMinutesException e) {
        invalid++;
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("round " + round + " let " + e + " escape", e);
      }
    }
    assertTrue(refused > 1_000 && invalid > 10 && read > 10, read + "/" + refused + "/" + invalid);
  }

  // ------------------------------------------------------------------ helpers

  private static byte[] replaceBytes(byte[] in, byte[] find, byte[] replacement) {
    for (int i = 0; i + find.length <= in.length; i++) {
      if (java.util.Arrays.equals(in, i, i + find.length, find, 0, find.length)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, i);
        out.write(replacement, 0, replacement.length);
        out.write(in, i + find.length, in.length - i - find.length);
        return out.toByteArray();
      }
    }
    throw new IllegalArgumentException("not found");
  }

  /** A prefix, then a unit repeated {@code times} times, generated as it is read. */
  private static InputStream repeat(String prefix, String unit, long times) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] body = unit.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;
      private final long end = times > Long.MAX_VALUE / body.length / 2
          ? Long.MAX_VALUE
          : head.length + times * body.length;

      @Override
      public int read() {
        if (position >= end) {
          return -1;
        }
        long at = position++;
        return at < head.length ? head[(int) at] : body[(int) ((at - head.length) % body.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= end) {
          return -1;
        }
        int n = 0;
        while (n < len && position < end) {
          b[off + n++] = (byte) read();
        }
        return n;
      }
    };
  }

  /** The bytes, at most {@code piece} of them per read. */
  private static InputStream inPieces(byte[] bytes, int piece) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, piece));
      }

      @Override
      public synchronized int available() {
        return 0;
      }
    };
  }

  /** Counts the bytes read through it. */
  private static class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
