package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Text;
import io.github.minutes4j.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Writing then reading gives equal minutes, and the same minutes always give the same bytes. */
class JsonRoundTripTest {

  private static final int SEEDS = 300;

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedMinutesReadBackEqual(long seed) {
    Minutes minutes = SampleMinutes.generate(seed, new HashSet<>());
    assertEquals(List.of(), MinutesValidator.shared().validate(minutes), "the generator is wrong");
    byte[] json = Json.bytes(minutes);
    assertEquals(minutes, Json.read(json));
    assertArrayEquals(json, Json.bytes(SampleMinutes.generate(seed, new HashSet<>())));
  }

  @Test
  void generatedMinutesUseEveryFeatureOfTheModel() {
    Set<String> missing = new TreeSet<>(SampleMinutes.FEATURES);
    missing.removeAll(SampleMinutes.featuresOf(SEEDS));
    assertEquals(Set.of(), missing, "features the generated minutes never use");
  }

  @Test
  void fullMinutesReadBackEqual() {
    Minutes full = SampleMinutes.full();
    assertEquals(full, Json.read(Json.bytes(full)));
  }

  @Test
  void fullMinutesHaveEveryKindOfBlockSpanAndTarget() {
    String json = Json.text(SampleMinutes.full());
    for (String type :
        List.of("paragraph", "subsection", "list", "plain", "strong", "emphasis", "link")) {
      assertTrue(json.contains("\"type\": \"" + type + "\""), type);
    }
    for (String part :
        List.of(
            "\"placeholder\": true",
            "\"address\": \"https://skr.se/projekt\"",
            "\"role\": \"guest\"",
            "\"role\": \"coordinator\"",
            "\"networkCode\": \"NHD\"",
            "\"ordered\": true",
            "\"ordered\": false",
            "\"approximate\": true",
            "\"kind\": \"minutes\"",
            "\"kind\": \"document\"")) {
      assertTrue(json.contains(part), part);
    }
  }

  @Test
  void aParticipantListWithoutItsOwnHeadingIsWrittenWithoutOneAndReadBackEqual() {
    Minutes minutes =
        SampleMinutes.small().toBuilder()
            .participants(
                ParticipantList.of(List.of(Participant.of("Anna", Affiliation.Role.GUEST))))
            .build();

    String json = Json.text(minutes);
    String participants = json.substring(json.indexOf("\"participants\""));

    assertFalse(participants.contains("\"heading\""), participants);
    assertEquals(minutes, Json.read(json));
  }

  @Test
  void aParticipantListWithoutAHeadingReadsAsOneWithoutAndOneWithKeepsIt() {
    String headed = Json.text(SampleMinutes.small());
    assertTrue(headed.contains("\"heading\": \"Deltagare\""), headed);
    String unheaded = headed.replace("\"heading\": \"Deltagare\",", "");

    assertEquals(
        Optional.of("Deltagare"), Json.read(headed).participants().orElseThrow().heading());
    assertEquals(Optional.empty(), Json.read(unheaded).participants().orElseThrow().heading());
  }

  @Test
  void timesWithSecondsTheFirstAndLastDaysAndTheLongestTextsSurvive() {
    String longest = "å".repeat(Text.LONG);
    Minutes minutes =
        SampleMinutes.small().toBuilder()
            .date(LocalDate.of(9999, 12, 31))
            .addSession(
                Session.on(
                        LocalDate.of(1, 1, 1),
                        LocalTime.of(9, 0, 5),
                        LocalTime.of(23, 59, 59, 999_999_999))
                    .build())
            .addAgendaItem(
                AgendaItem.withHeading("x".repeat(Text.SHORT))
                    .addBlock(
                        Block.paragraph(Inline.plain(longest), Inline.plain("🎉 \u00a0 \"\\/")))
                    .build())
            .build();
    assertEquals(List.of(), MinutesValidator.shared().validate(minutes));
    String json = new String(Json.bytes(minutes), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"date\": \"9999-12-31\""), json.substring(0, 400));
    assertTrue(json.contains("\"date\": \"0001-01-01\""));
    assertTrue(json.contains("\"start\": \"09:00:05\""));
    assertTrue(json.contains("\"end\": \"23:59:59.999999999\""));
    assertTrue(
        json.contains("\"text\": \"🎉 \u00a0 \\\"\\\\/\""), "escapes only quote and backslash");
    assertEquals(minutes, Json.read(json));
  }

  /**
   * A year outside 1 to 9999, which ISO 8601 writes with a sign, is read, and refused by the
   * model's validation at its path: such a date cannot be printed in HTML or PDF.
   */
  @Test
  void datesOutsideTheYears1To9999AreReadAndRefusedAtTheirPaths() {
    String json =
        new String(Json.bytes(SampleMinutes.small()), StandardCharsets.UTF_8)
            .replaceFirst("\"date\": \"[0-9-]+\"", "\"date\": \"+12345-01-02\"")
            .replace("\"date\": \"2022-06-02\"", "\"date\": \"-0044-03-15\"");
    assertTrue(json.contains("+12345-01-02") && json.contains("-0044-03-15"), json);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    InvalidMinutesException e =
        assertThrows(
            InvalidMinutesException.class, () -> Json.READER.read(new ByteArrayInputStream(bytes)));

    assertEquals(
        List.of("date", "sessions[0].date"),
        e.violations().stream().map(Violation::path).sorted().toList());
    assertTrue(e.getMessage().contains("is +12345-01-02, in the year 12345;"), e.getMessage());
  }

  @Test
  void outputIsIndentedUtf8WithLineFeedsAndAFinalLineEnd() throws Exception {
    byte[] json = Json.bytes(SampleMinutes.full());
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(json))
            .toString();
    assertTrue(text.startsWith("{\n  \"format\": \"minutes4j/1\",\n  \"language\": \"sv\",\n"));
    assertTrue(text.endsWith("\n}\n"));
    assertFalse(text.contains("\r"));
    assertFalse(text.contains("\t"));
    assertTrue(text.contains("Nätverken Demokrati-Uppdrag-Hälsa"), "non-ASCII is not escaped");
    for (String line : text.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      assertEquals(0, indent % 2, line);
      assertFalse(line.endsWith(" "), "trailing space: " + line);
    }
  }

  /**
   * Every object the writer writes has its properties in the order of one of the format's
   * shapes (missing optional ones aside), which is the order the schema and the docs give.
   */
  @Test
  void everyObjectFollowsTheDocumentedPropertyOrder() {
    List<List<String>> objects = new ArrayList<>();
    for (long seed = 0; seed < 50; seed++) {
      objects.addAll(keysOfEveryObject(Json.bytes(SampleMinutes.generate(seed, new HashSet<>()))));
    }
    objects.addAll(keysOfEveryObject(Json.bytes(SampleMinutes.full())));
    for (List<String> keys : objects) {
      if (keys.isEmpty()) {
        continue; // {} of an attendance not recorded
      }
      boolean fits = false;
      for (WireShapes.Shape shape : WireShapes.all()) {
        fits |= isOrderedSubset(keys, shape.names()) && hasAllRequired(keys, shape);
      }
      assertTrue(fits, "no shape has the properties " + keys + " in this order");
    }
    assertEquals("format", keysOfEveryObject(Json.bytes(SampleMinutes.full())).get(0).get(0));
  }

  private static boolean isOrderedSubset(List<String> keys, List<String> order) {
    int at = 0;
    for (String key : keys) {
      int found = order.subList(at, order.size()).indexOf(key);
      if (found < 0) {
        return false;
      }
      at += found + 1;
    }
    return true;
  }

  private static boolean hasAllRequired(List<String> keys, WireShapes.Shape shape) {
    return keys.containsAll(shape.required());
  }

  /** The property names of each object, in the order written, outermost object first. */
  static List<List<String>> keysOfEveryObject(byte[] json) {
    List<List<String>> all = new ArrayList<>();
    List<List<String>> open = new ArrayList<>();
    try (JsonParser parser =
        new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token; (token = parser.nextToken()) != null; ) {
        if (token == JsonToken.START_OBJECT) {
          List<String> keys = new ArrayList<>();
          all.add(keys);
          open.add(keys);
        } else if (token == JsonToken.END_OBJECT) {
          open.remove(open.size() - 1);
        } else if (token == JsonToken.PROPERTY_NAME) {
          open.get(open.size() - 1).add(parser.currentName());
        }
      }
    }
    return all;
  }
}
