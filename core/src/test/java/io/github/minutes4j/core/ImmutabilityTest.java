package io.github.minutes4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImmutabilityTest {

  private static final Organiser ORGANISER = Organiser.of("N", new Network("NUH", "Uppdrag"));
  private static final LocalDate DATE = LocalDate.of(2022, 6, 11);
  private static final Session SESSION =
      Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0)).build();

  @Test
  void reusingABuilderDoesNotChangeWhatItBuilt() {
    Minutes.Builder builder =
        Minutes.builder(Language.SWEDISH, ORGANISER, DocumentKind.MEETING_NOTES, "Möte", DATE)
            .addSession(SESSION);
    Minutes first = builder.build();

    builder
        .addAgendaItem(AgendaItem.withHeading("Ny punkt").build())
        .addNoteTaker(Person.named("Bo"));

    assertEquals(List.of(), first.agenda());
    assertEquals(List.of(), first.noteTakers());
    assertEquals(1, builder.build().agenda().size());
  }

  @Test
  void changingAListPassedToAConstructorChangesNothing() {
    List<Participant> entries = new ArrayList<>();
    entries.add(Participant.of("Anna", Affiliation.member("NUH")));
    ParticipantList list = ParticipantList.headed("Deltagare", entries);

    entries.add(Participant.of("Bo", Affiliation.Role.GUEST));
    entries.set(0, Participant.of("Eva", Affiliation.Role.GUEST));

    assertEquals(List.of(Participant.of("Anna", Affiliation.member("NUH"))), list.entries());
  }

  @Test
  void listsCannotBeChangedThroughTheirAccessors() {
    Minutes minutes =
        Minutes.builder(Language.SWEDISH, ORGANISER, DocumentKind.MEETING_NOTES, "Möte", DATE)
            .addSession(SESSION)
            .addAgendaItem(
                AgendaItem.withHeading("Punkt").addBlock(Block.paragraph("Text")).build())
            .build();

    assertThrows(UnsupportedOperationException.class, () -> minutes.sessions().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> minutes.agenda().get(0).content().add(Block.paragraph("x")));
    assertThrows(
        UnsupportedOperationException.class, () -> minutes.organiser().networks().remove(0));
  }

  @Test
  void nullIsRefusedAtConstruction() {
    assertThrows(NullPointerException.class, () -> Person.named(null));
    assertThrows(
        NullPointerException.class, () -> new Block.Paragraph(Arrays.asList((Inline) null)));
    assertThrows(
        NullPointerException.class,
        () -> new Person(null, Optional.empty(), Optional.empty()));
    assertThrows(
        NullPointerException.class,
        () -> Minutes.builder(Language.SWEDISH, ORGANISER, DocumentKind.MEETING_NOTES, null, DATE));
  }

  @Test
  void equalContentMeansEqualValues() {
    Minutes a =
        Minutes.builder(Language.SWEDISH, ORGANISER, DocumentKind.MEETING_NOTES, "Möte", DATE)
            .addSession(SESSION)
            .build();
    Minutes b =
        Minutes.builder(Language.SWEDISH, ORGANISER, DocumentKind.MEETING_NOTES, "Möte", DATE)
            .addSession(SESSION)
            .build();

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a.toBuilder().build());
    assertNotEquals(a, a.toBuilder().title("Annat möte").build());
  }

  @Test
  void languageTagsAreFoundIgnoringCaseAndIllFormedOnesAreRefused() {
    assertEquals(Language.SWEDISH, Language.ofTag("SV"));
    assertEquals("de", Language.ofTag("de").tag());
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Language.ofTag("sv_SE"));
    assertTrue(thrown.getMessage().startsWith("'sv_SE' is not a well-formed BCP 47 language tag"));
  }
}
