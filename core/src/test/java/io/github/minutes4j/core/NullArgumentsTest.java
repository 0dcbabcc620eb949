package io.github.minutes4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.AccentColour;
import io.github.minutes4j.core.format.Logo;
import io.github.minutes4j.core.format.Look;
import io.github.minutes4j.core.text.LabelOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The factories, constructors and copy methods refuse null with an exception that names the
 * parameter, not a bare {@code NullPointerException} from inside {@code Optional.of}, or one that
 * names a parameter of the JDK ({@code coll}, {@code array}) from inside {@code List.copyOf} and
 * {@code Arrays.asList}; a null element of a list or array is named with its place.
 */
class NullArgumentsTest {

  private static final Person ANNA = Person.named("Anna");
  private static final Attendee MEMBER = Attendee.servingFor("Anna", "Bo");
  private static final LocalDate DAY = LocalDate.of(2022, 6, 2);
  private static final Session SESSION = Session.on(DAY).build();
  private static final String NULL_ELEMENT = ": element 1 is null; leave it out instead";

  private static Minutes.Builder minutes() {
    return Minutes.builder(
        Language.SWEDISH, Organiser.of("Nätverken"), DocumentKind.MEETING_NOTES, "Möte", DAY);
  }

  private static Minutes minutesWithSessions(List<Session> sessions) {
    return new Minutes(
        Language.SWEDISH,
        Organiser.of("Nätverken"),
        DocumentKind.MEETING_NOTES,
        DAY,
        "Möte",
        sessions,
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static Arguments call(String parameter, Executable call) {
    return Arguments.of(parameter, call);
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        call("name", () -> Person.named((String) null)),
        call("role", () -> Person.byRole((String) null)),
        call("role", () -> ANNA.withRole((String) null)),
        call("organisation", () -> ANNA.withOrganisation((String) null)),
        call("address", () -> LinkTarget.of((String) null)),
        call("paragraph", () -> Moment.atParagraph((String) null)),
        call("time", () -> Moment.at((LocalTime) null)),
        call("member", () -> Attendee.servingFor("Anna", (String) null)),
        call("person", () -> Attendee.present((Person) null, MemberRole.MEMBER)),
        call("role", () -> Attendee.present(ANNA, null)),
        call("group", () -> MEMBER.withGroup((String) null)),
        call("moment", () -> MEMBER.withArrival((Moment) null)),
        call("moment", () -> MEMBER.withDeparture((Moment) null)),
        call("organisation", () -> Participant.of("Anna", Affiliation.Role.GUEST, (String) null)),
        call("link", () -> Participant.of("Anna", Affiliation.Role.GUEST).withLink((LinkTarget) null)),
        call("id", () -> Proposal.of((String) null, ANNA, ProposalKind.values()[0], "Text")),
        call("city", () -> new Venue("Hus", Optional.empty(), (String) null)),
        call("street", () -> Venue.of("Hus", (String) null, "Stad")),
        call("city", () -> Venue.of("Hus", "Gata 1", (String) null)),
        call("yesFor", () -> Vote.open((String) null, "Nej", List.of())),
        call("noFor", () -> Vote.closed("Ja", (String) null, new Tally(1, 0, 0))),
        call("number", () -> AgendaItem.withHeading("Punkt").number((String) null)),
        call("caseReference", () -> AgendaItem.withHeading("Punkt").caseReference((String) null)),
        call("language", () -> ExportOptions.defaults().withLanguage((Language) null)),
        call("logo", () -> Look.plain().withLogo((Logo) null)),
        call("colour", () -> Look.plain().withAccentColour((AccentColour) null)),
        call("text", () -> Look.plain().withFooterText((String) null)),
        call("start", () -> Session.on(DAY, (LocalTime) null, LocalTime.NOON)),
        call("end", () -> Session.on(DAY, LocalTime.NOON, (LocalTime) null)),
        call("start", () -> Session.on(DAY).start((LocalTime) null)),
        call("start", () -> new Session(DAY, null, LocalTime.NOON, Optional.empty(), false,
            Attendance.NOT_RECORDED)),
        call("sessions", () -> minutesWithSessions(null)),
        call("sessions" + NULL_ELEMENT, () -> minutesWithSessions(Arrays.asList(SESSION, null))),
        call("sessions", () -> minutes().addSessions((Session[]) null)),
        call("sessions" + NULL_ELEMENT, () -> minutes().addSessions(SESSION, null)),
        call("blocks", () -> AgendaItem.withHeading("Punkt").addBlocks((Block[]) null).build()),
        call("ballots", () -> Vote.open("Ja", "Nej", null)),
        call("ballots" + NULL_ELEMENT,
            () -> Vote.open("Ja", "Nej", Arrays.asList(Ballot.of("Anna", VoteChoice.YES), null))),
        call("spans", () -> Block.paragraph((Inline[]) null)),
        call("providers", () -> FormatRegistry.of(null)),
        call("providers", () -> LabelSets.of(null)),
        call("overrides", () -> new LabelOptions(Language.ENGLISH, null)),
        call("sets", () -> new LabelOptions(Language.ENGLISH, Map.of(), null)),
        call("sets", () -> ExportOptions.defaults().withLabelSets(null)),
        call("providers", () -> LabelSets.installed().adding(null)),
        call("violations", () -> new InvalidMinutesException(null)),
        call("items" + NULL_ELEMENT, () -> Block.bulleted(Block.paragraph("Ett"), null)),
        call("numbers", () -> ExportOptions.defaults().withExtract((List<String>) null)),
        call("numbers", () -> ExportOptions.defaults().withExtract((String[]) null)),
        call("numbers" + NULL_ELEMENT, () -> ExportOptions.defaults().withExtract("§ 1", null)),
        // The iterable overload names its own parameter, as the array overload beside it does.
        call("items", () -> minutes().addAgendaItems((Iterable<AgendaItem>) null)),
        call("items", () -> minutes().agenda(null)),
        call("people", () -> minutes().addNoteTakers((Iterable<Person>) null)),
        call("people" + NULL_ELEMENT, () -> minutes().noteTakers(Arrays.asList(ANNA, null))),
        call("blocks", () -> AgendaItem.withHeading("Punkt").addBlocks((Iterable<Block>) null)),
        call("blocks", () -> AgendaItem.withHeading("Punkt").content(null)),
        call("proposalIds",
            () -> AgendaItem.withHeading("Punkt").addToProposalOrder((Iterable<String>) null)),
        call("proposalIds", () -> AgendaItem.withHeading("Punkt").proposalOrder(null)),
        call("clauses", () -> Decision.of("Beslut", (String[]) null)),
        call("clauses" + NULL_ELEMENT, () -> Decision.of("Beslut", "att", null)),
        call("networks", () -> Organiser.of("Nätverken", (Network[]) null)),
        call("networks" + NULL_ELEMENT,
            () -> Organiser.of("Nätverken", new Network("NUH", "Uppdrag"), null)),
        call("mover", () -> Proposal.of("A", null, ProposalKind.values()[0], "Text")),
        call("venue", () -> Session.on(DAY).venue((Optional<Venue>) null)),
        call("start", () -> Session.on(DAY).start((Optional<LocalTime>) null)),
        call("caseReference",
            () -> AgendaItem.withHeading("Punkt").caseReference((Optional<String>) null)),
        call("group", () -> MEMBER.withGroup((Optional<String>) null)),
        call("arrived", () -> MEMBER.withArrival((Optional<Moment>) null)),
        call("left", () -> MEMBER.withDeparture((Optional<Moment>) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void namesTheNullParameter(String parameter, Executable call) {
    assertEquals(parameter, assertThrows(NullPointerException.class, call).getMessage());
  }
}
