package io.github.minutes4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.AccentColour;
import io.github.minutes4j.core.format.Logo;
import io.github.minutes4j.core.format.Look;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The factories and copy methods that take a value an {@code Optional} holds refuse null with an
 * exception that names the parameter, not a bare {@code NullPointerException} from inside {@code
 * Optional.of}.
 */
class NullArgumentsTest {

  private static final Person ANNA = Person.named("Anna");
  private static final Attendee MEMBER = Attendee.servingFor("Anna", "Bo");

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
        call("text", () -> Look.plain().withFooterText((String) null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void namesTheNullParameter(String parameter, Executable call) {
    assertEquals(parameter, assertThrows(NullPointerException.class, call).getMessage());
  }
}
