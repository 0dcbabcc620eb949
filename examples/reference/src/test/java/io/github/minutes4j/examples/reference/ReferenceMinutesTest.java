package io.github.minutes4j.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the reference documents against the source texts they were written from: every line of
 * the source is either found verbatim in the model's text, or is one of the few lines the model
 * expresses as structure (dates, times, places, counts, labels), each checked here on its own.
 */
class ReferenceMinutesTest {

  private static final Labels SWEDISH = Labels.of(Language.SWEDISH);

  /**
   * Source lines the model holds as structure rather than text, each with the text the structure
   * gives through the Swedish labels.
   */
  private static final Map<String, String> STRUCTURED_LINES =
      Map.of(
          "Den 2 juni kl. 10.00 – 15.00 i SKR's lokaler på Hornsgatan 20 i Stockholm.",
              "2 juni 2022 kl. 10.00–15.00 | SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt",
          "Ca 10 personer deltog på plats och 13 personer på distans",
              "Ca 10 personer deltog på plats och 13 personer på distans.",
          "Den 9 december kl. 13 – 15", "9 december 2021 kl. 13.00–15.00",
          "Den 10 december kl. 9 – 12", "10 december 2021 kl. 09.00–12.00");

  @ParameterizedTest
  @ValueSource(strings = {ReferenceMinutes.JUNE_2022, ReferenceMinutes.DECEMBER_2021})
  void everyLineOfTheSourceIsInTheModel(String name) throws IOException {
    Minutes minutes = byName(name);
    String text = String.join("\n", textsOf(minutes));
    String structure = structureOf(minutes);
    List<String> missing = new ArrayList<>();
    for (String line : sourceLines(name)) {
      if (STRUCTURED_LINES.containsKey(line)) {
        if (!structure.contains(STRUCTURED_LINES.get(line))) {
          missing.add(line + "  (expected structure: " + STRUCTURED_LINES.get(line) + ")");
        }
      } else if (!text.contains(line) && !structure.contains(line)) {
        missing.add(line);
      }
    }
    assertEquals(List.of(), missing, "source lines the model does not reproduce");
  }

  @Test
  void bothDocumentsAreValid() {
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      assertEquals(
          List.of(), MinutesValidator.shared().validate(document.minutes()), document.name());
    }
  }

  @Test
  void june2022HasItsParticipantsNoteTakersAndAttendance() {
    Minutes minutes = ReferenceMinutes.june2022();

    List<Participant> entries = minutes.participants().orElseThrow().entries();
    assertEquals(20, entries.size());
    assertEquals(Optional.of("Deltagarförteckning 28/4"), minutes.participants().get().heading());
    assertEquals(7, count(entries, Affiliation.member("NUH")));
    assertEquals(8, count(entries, Affiliation.member("NHD")));
    assertEquals(3, count(entries, Affiliation.Role.GUEST));
    assertEquals(2, count(entries, Affiliation.Role.COORDINATOR));
    assertEquals(
        2, entries.stream().filter(p -> p.organisation().isEmpty()).count(), "coordinators");
    assertEquals(2, minutes.noteTakers().size());
    Session session = minutes.sessions().get(0);
    assertEquals(
        Optional.of("Ca 10 personer deltog på plats och 13 personer på distans."),
        SWEDISH.attendance(session.attendance()));
    assertEquals(DocumentKind.MEETING_NOTES, minutes.kind());
    assertEquals("2022-06-11", minutes.date().toString());
    assertEquals(
        6, minutes.agenda().stream().mapToLong(item -> item.links().size()).sum(), "link lines");
  }

  @Test
  void december2021HasTwoSessionsAndTheGapAnalysis() {
    Minutes minutes = ReferenceMinutes.december2021();

    assertEquals(2, minutes.sessions().size());
    assertEquals(Optional.empty(), minutes.participants());
    List<String> subsections =
        minutes.agenda().get(0).content().stream()
            .filter(Block.Subsection.class::isInstance)
            .map(block -> ((Block.Subsection) block).heading())
            .collect(Collectors.toList());
    assertEquals(List.of("Nuläge", "Börläge"), subsections);
    assertEquals(
        8, minutes.agenda().stream().mapToLong(item -> item.links().size()).sum(), "link lines");
  }

  private static long count(List<Participant> entries, Affiliation affiliation) {
    return entries.stream().filter(p -> p.affiliation().equals(affiliation)).count();
  }

  private static Minutes byName(String name) {
    return ReferenceMinutes.all().stream()
        .filter(document -> document.name().equals(name))
        .findFirst()
        .orElseThrow()
        .minutes();
  }

  /** The source's lines, without Markdown and HTML markup, split at tabs, blanks dropped. */
  private static List<String> sourceLines(String name) throws IOException {
    String source;
    try (InputStream in =
        ReferenceMinutesTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = new ArrayList<>();
    for (String raw : source.split("\n")) {
      String line =
          raw.replaceAll("^#+ ", "")
              .replace("**", "")
              .replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1")
              .replaceAll("<a href=\"#\">([^<]*)</a>", "$1");
      for (String cell : line.split("\t")) {
        String trimmed = cell.strip().replaceAll(":$", "");
        if (!trimmed.isEmpty() && !trimmed.equals("---")) {
          lines.add(trimmed);
        }
      }
    }
    return lines;
  }

  /** What the model says through the labels: kind, dates, sessions, labels of its parts. */
  private static String structureOf(Minutes minutes) {
    List<String> parts = new ArrayList<>();
    parts.add(minutes.date().toString());
    parts.add(SWEDISH.documentKind(minutes.kind()));
    parts.add(SWEDISH.text(Label.TIME_AND_PLACE));
    parts.add(SWEDISH.text(Label.NOTE_TAKERS));
    for (Session session : minutes.sessions()) {
      parts.add(SWEDISH.when(session) + SWEDISH.where(session).map(w -> " | " + w).orElse(""));
      SWEDISH.attendance(session.attendance()).ifPresent(parts::add);
    }
    minutes.participants().ifPresent(list -> list.entries().forEach(p -> parts.add(SWEDISH.affiliation(p.affiliation()))));
    return String.join("\n", parts);
  }

  /** Every string in the model, found by walking its records; a paragraph also as a whole. */
  private static List<String> textsOf(Object value) {
    List<String> texts = new ArrayList<>();
    collect(value, texts);
    return texts;
  }

  private static void collect(Object value, List<String> texts) {
    if (value instanceof String) {
      texts.add((String) value);
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> collect(v, texts));
    } else if (value instanceof List) {
      ((List<?>) value).forEach(v -> collect(v, texts));
    } else if (value instanceof Record) {
      if (value instanceof Block.Paragraph) {
        texts.add(((Block.Paragraph) value).text());
      }
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(value), texts);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
