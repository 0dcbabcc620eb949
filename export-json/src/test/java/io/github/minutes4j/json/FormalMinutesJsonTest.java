package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import io.github.minutes4j.json.internal.JsonFormat;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Formal minutes (a protokoll) in format {@code minutes4j/1}: every part added for them is
 * written, read back equal, optional when reading, and refused with its place and a fix when
 * wrong.
 */
class FormalMinutesJsonTest {

  private static final String FORMAL = Json.text(SampleMinutes.formal());

  /** The formal sample with one change, which must be unambiguous. */
  static String change(String find, String replacement) {
    assertEquals(FORMAL.indexOf(find), FORMAL.lastIndexOf(find), "ambiguous: " + find);
    assertTrue(FORMAL.contains(find), "not in the formal document: " + find);
    return FORMAL.replace(find, replacement);
  }

  @Test
  void formalMinutesReadBackEqualAndAreWrittenAgainByteForByte() {
    byte[] json = Json.bytes(SampleMinutes.formal());
    Minutes read = Json.read(json);
    assertEquals(SampleMinutes.formal(), read);
    assertArrayEquals(json, Json.bytes(read));
  }

  /**
   * The samples set every optional part of the model at least once, so that the round trips of
   * {@link SampleMinutes#full()} and {@link SampleMinutes#formal()} cover every property; a part
   * the model gains must be added to a sample.
   */
  @Test
  void theSamplesSetEveryOptionalPartOfTheModel() {
    Set<String> set = new TreeSet<>();
    Set<String> optional = new TreeSet<>();
    collect(SampleMinutes.full(), set, optional);
    collect(SampleMinutes.formal(), set, optional);
    optional.removeAll(set);
    assertEquals(Set.of(), optional, "optional parts no sample sets");
  }

  /** Walks a value, noting each optional component of a record, and those not empty or false. */
  private static void collect(Object value, Set<String> set, Set<String> optional) {
    if (value instanceof Optional<?> present) {
      present.ifPresent(inner -> collect(inner, set, optional));
    } else if (value instanceof Collection<?> list) {
      list.forEach(element -> collect(element, set, optional));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object part;
        try {
          part = component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        String name = record.getClass().getSimpleName() + "." + component.getName();
        if (!JsonFormat.required(record.getClass(), component.getName(), component.getType())) {
          optional.add(name);
          if (!part.equals(Optional.empty()) && !part.equals(List.of()) && !part.equals(false)) {
            set.add(name);
          }
        }
        collect(part, set, optional);
      }
    }
  }

  /** What version 0.2 did not have is left out when empty or false: such minutes write as 0.2. */
  @Test
  void partsAddedSince02AreLeftOutWhenEmptyOrFalse() {
    Minutes minutes = SampleMinutes.formal();
    Minutes bare = minutes.toBuilder()
        .attendees(List.of())
        .attachments(List.of())
        .adjusters(List.of())
        .agenda(List.of(AgendaItem.withHeading("Budget 2027").build()))
        .build();
    String json = Json.text(bare);
    for (String name : List.of("attendees", "attachments", "adjusters", "proposals", "votes",
        "adjustedImmediately", "present", "adjournments\": []")) {
      assertFalse(json.contains("\"" + name + "\""), name + " in\n" + json);
    }
    assertTrue(json.contains("\"presenters\": []"), "a list of 0.2 is written when empty");
    assertTrue(json.contains("\"online\": false"), "a flag of 0.2 is written when false");
  }

  /**
   * A missing list of formal minutes is empty, a missing flag false; except an attendee's
   * "present" and the lists that must not be empty, which are required (see {@link
   * #badInputs()}).
   */
  @Test
  void partsAddedSince02MayBeMissing() {
    String json = FORMAL.replace(",\n      \"adjustedImmediately\": true", "");
    Minutes read = Json.read(json);
    assertFalse(read.agenda().get(0).adjustedImmediately());
    assertEquals(List.of(), read.agenda().get(1).reservations());
    assertEquals(List.of(), read.sessions().get(1).adjournments());
    assertEquals(SampleMinutes.formal().agenda().get(1), read.agenda().get(1));
  }

  /** An absent attendee is written with "present": false, not left without it. */
  @Test
  void anAbsentAttendeeIsWrittenWithPresentFalse() {
    Attendee absent = SampleMinutes.formal().attendees().stream()
        .filter(attendee -> !attendee.present())
        .findFirst()
        .orElseThrow(() -> new AssertionError("the formal sample has no absent attendee"));
    String name = absent.person().name().orElseThrow();
    int at = FORMAL.indexOf("\"name\": \"" + name + "\"");
    String attendee = FORMAL.substring(at, FORMAL.indexOf('}', FORMAL.indexOf('}', at) + 1));
    assertTrue(attendee.contains("\"present\": false"), attendee);
  }

  /** Bad formal input, checked with the rest by {@link JsonMinutesReaderTest}. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(
            "unknown role, its words swapped",
            change("\"role\": \"serving-substitute\"", "\"role\": \"substitute-serving\""),
            "/attendees/4/role", 258, 15,
            "unknown member role 'substitute-serving'; did you mean 'serving-substitute'? use one"
                + " of: chair, vice-chair, member, serving-substitute, substitute, official, other"),
        Arguments.of(
            "unknown proposal kind",
            change("\"kind\": \"referral-back\"", "\"kind\": \"referral\""),
            "/agenda/1/proposals/0/kind", 177, 19,
            "unknown proposal kind 'referral'; did you mean 'referral-back'?"),
        Arguments.of(
            "unknown vote choice",
            change("\"choice\": \"abstain\"", "\"choice\": \"abstained\""),
            "/agenda/0/votes/0/ballots/1/choice", 83, 25,
            "unknown vote choice 'abstained'; did you mean 'abstain'? use one of: yes, no,"
                + " abstain"),
        Arguments.of(
            "unknown vote method",
            change("\"method\": \"closed\"", "\"method\": \"secret\""),
            "/agenda/1/votes/0/method", 183, 21,
            "unknown vote method 'secret'"),
        Arguments.of(
            "a tally without a count",
            change("\"no\": 1,\n            \"abstained\": 1\n", "\"no\": 1\n"),
            "/agenda/0/votes/0/tally", 98, 20,
            "the required property 'abstained' is missing from a tally; add it (\"abstained\" holds a whole"
                + " number such as 10)"),
        Arguments.of(
            "a count with a fraction",
            change("\"yes\": 2,\n            \"no\": 1,", "\"yes\": 2.5,\n            \"no\": 1,"),
            "/agenda/0/votes/0/tally/yes", 99, 20,
            "'yes' must be a whole number such as 10, but is 2.5"),
        Arguments.of(
            "a flag as text",
            change("\"adjustedImmediately\": true", "\"adjustedImmediately\": \"yes\""),
            "/agenda/0/adjustedImmediately", 154, 30,
            "'adjustedImmediately' must be true or false (without quotes), but is the text"
                + " \"yes\""),
        Arguments.of(
            "an attendee without present",
            change("\"role\": \"chair\",\n      \"group\": \"S\",\n      \"present\": true",
                "\"role\": \"chair\",\n      \"group\": \"S\""),
            "/attendees/0", 222, 5,
            "the required property 'present' is missing from an attendee; add it (\"present\": true if"
                + " they attended, false if not)"),
        Arguments.of(
            "a proposal without movers",
            change("\"id\": \"A\",\n          \"movers\": [\n            {\n              \"name\":"
                    + " \"Anna Ek\"\n            }\n          ],",
                "\"id\": \"A\","),
            "/agenda/0/proposals/0", 42, 9,
            "the required property 'movers' is missing from a proposal; add it (\"movers\" holds a list (a"
                + " JSON array [...]) of a person (a JSON object))"),
        Arguments.of(
            "a required flag as null",
            change("\"role\": \"chair\",\n      \"group\": \"S\",\n      \"present\": true",
                "\"role\": \"chair\",\n      \"group\": \"S\",\n      \"present\": null"),
            "/attendees/0/present", 228, 18,
            "'present' is null, which this format never uses; give it true or false"),
        Arguments.of(
            "an optional flag as null",
            change("\"adjustedImmediately\": true", "\"adjustedImmediately\": null"),
            "/agenda/0/adjustedImmediately", 154, 30,
            "'adjustedImmediately' is null, which this format never uses; leave the property out"
                + " when there is no value, or give it true or false"),
        Arguments.of(
            "an optional list as null",
            change("\"caseReference\": \"KS 2026/114\",",
                "\"caseReference\": \"KS 2026/114\",\n      \"conflictsOfInterest\": null,"),
            "/agenda/0/conflictsOfInterest", 41, 30,
            "'conflictsOfInterest' is null, which this format never uses; leave the property out"
                + " when there is no value, or give it a list (a JSON array [...]) of a conflict"
                + " of interest (a JSON object)"),
        Arguments.of(
            "an optional list as text",
            change("\"proposalOrder\": [\n        \"A\",\n        \"B\"\n      ],",
                "\"proposalOrder\": \"A, B\","),
            "/agenda/0/proposalOrder", 63, 24,
            "'proposalOrder' must be a list (a JSON array [...]), but is the text \"A, B\""),
        Arguments.of(
            "a number in a list of ids",
            change("\"proposalOrder\": [\n        \"A\",", "\"proposalOrder\": [\n        42,"),
            "/agenda/0/proposalOrder/0", 64, 9,
            "this value must be text (a JSON string in double quotes), but is the number 42"),
        Arguments.of(
            "an object as a decision's clause",
            change("\"anta budgeten för 2027\"", "{}"),
            "/agenda/0/decisions/0/clauses/0", 110, 13,
            "this value must be text (a JSON string in double quotes), but is an object {...}"),
        Arguments.of(
            "a number as an item's attachment",
            change("\"attachments\": [\n        \"1\"", "\"attachments\": [\n        1"),
            "/agenda/0/attachments/0", 149, 9,
            "this value must be text (a JSON string in double quotes), but is the number 1"),
        Arguments.of(
            "a flag as a recipient",
            change("\"Ekonomiavdelningen\"", "true"),
            "/agenda/0/recipients/0", 152, 9,
            "this value must be text (a JSON string in double quotes), but is true"),
        Arguments.of(
            "null in a list of ids",
            change("\"proposalOrder\": [\n        \"A\",", "\"proposalOrder\": [\n        null,"),
            "/agenda/0/proposalOrder/0", 64, 9,
            "a list cannot hold null; remove it"),
        Arguments.of(
            "a misspelt property",
            change("\"substituteFor\": \"Bo Berg\"", "\"substitute\": \"Bo Berg\""),
            "/attendees/4/substitute", 260, 7,
            "unknown property 'substitute' in an attendee; did you mean 'substituteFor'?"),
        Arguments.of(
            "a moment's time with a dot",
            change("\"time\": \"11:00\"", "\"time\": \"11.00\""),
            "/attendees/4/left/time", 264, 17,
            "'11.00' is not a time in the form HH:mm"),
        Arguments.of(
            "a paragraph number as text",
            change("\"firstParagraph\": 41", "\"firstParagraph\": \"41\""),
            "/firstParagraph", 212, 21,
            "'firstParagraph' must be a whole number such as 10, but is the text \"41\""),
        Arguments.of(
            "an adjournment without an end",
            change("\"start\": \"10:15\",\n          \"end\": \"10:30\"\n",
                "\"start\": \"10:15\"\n"),
            "/sessions/0/adjournments/0", 22, 9,
            "the required property 'end' is missing from an adjournment; add it (\"end\" holds a time such"
                + " as \"10:00\")"),
        Arguments.of(
            "a day not in the calendar",
            change("\"removed\": \"2026-12-14\"", "\"removed\": \"2026-11-31\""),
            "/notice/removed", 312, 16,
            "'2026-11-31' is not a day of the calendar"));
  }

  /** A well-formed document that breaks a rule of the model gives the validator's violations. */
  @Test
  void violationsOfFormalMinutesPassThroughWithTheirPlace() {
    String json = change("\"yes\": 2,\n            \"no\": 1,", "\"yes\": -1,\n            \"no\": 1,");
    InvalidMinutesException e = assertThrows(InvalidMinutesException.class, () -> Json.read(json));
    List<String> paths = e.violations().stream().map(Violation::path).toList();
    assertTrue(paths.contains("agenda[0].votes[0].tally.yes"), e.getMessage());
    Violation count = e.violations().get(paths.indexOf("agenda[0].votes[0].tally.yes"));
    assertEquals(99, count.location().line(), count.toString());
    assertEquals(20, count.location().column(), count.toString());
  }
}
