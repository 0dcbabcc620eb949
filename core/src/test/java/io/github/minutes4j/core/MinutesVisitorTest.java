package io.github.minutes4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Violation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinutesVisitorTest {

  private static final LinkTarget SLIDES = LinkTarget.of("https://example.org/slides");

  static Minutes minutes() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Möte",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .venue(new Venue("SKR", Optional.empty(), "Stockholm"))
                .build())
        .addAgendaItem(
            AgendaItem.withHeading("Inledning")
                .number("§ 1")
                .addPresenter(Person.byRole("Ordförande"))
                .addBlocks(
                    Block.paragraph(Inline.strong("Anna"), Inline.link("bilder", SLIDES)),
                    Block.subsection("Nuläge", Block.bulleted(Block.paragraph("punkt"))))
                .addLink(LinkKind.VIDEO, "Film", LinkTarget.placeholder())
                .build())
        .addNoteTaker(Person.named("Ralph").withRole("Koordinator"))
        .participants(
            ParticipantList.headed(
                "Deltagare",
                List.of(
                    Participant.of("Eva", Affiliation.member("NUH"), "Halland").withLink(SLIDES),
                    Participant.of("Gäst", Affiliation.Role.GUEST))))
        .build();
  }

  /** Records every call as one line. */
  static final class Recorder implements MinutesVisitor {
    final List<String> calls = new ArrayList<>();

    @Override
    public boolean enter(String path, Record part) {
      calls.add("enter " + path + " " + part.getClass().getSimpleName());
      return true;
    }

    @Override
    public void text(String path, String text) {
      calls.add("text " + path + " = " + text);
    }

    @Override
    public void link(String path, LinkTarget target) {
      calls.add("link " + path + " " + target.address().orElse("(placeholder)"));
    }

    @Override
    public void person(String path, Person person) {
      calls.add("person " + path);
    }

    @Override
    public void date(String path, LocalDate date) {
      calls.add("date " + path + " = " + date);
    }
  }

  @Test
  void reachesEveryTextLinkPersonAndDateWithItsPathInOrder() {
    Recorder recorder = new Recorder();
    MinutesVisitor.walk(minutes(), recorder);
    assertEquals(
        List.of(
            "enter  Minutes",
            "enter organiser Organiser",
            "text organiser.name = Nätverken",
            "enter organiser.networks[0] Network",
            "text organiser.networks[0].code = NUH",
            "text organiser.networks[0].name = Nätverket Uppdrag Hälsa",
            "date date = 2022-06-11",
            "text title = Möte",
            "enter sessions[0] Session",
            "date sessions[0].date = 2022-06-02",
            "enter sessions[0].venue Venue",
            "text sessions[0].venue.name = SKR",
            "text sessions[0].venue.city = Stockholm",
            "enter sessions[0].attendance Attendance",
            "enter agenda[0] AgendaItem",
            "text agenda[0].number = § 1",
            "text agenda[0].heading = Inledning",
            "person agenda[0].presenters[0]",
            "enter agenda[0].presenters[0] Person",
            "text agenda[0].presenters[0].role = Ordförande",
            "enter agenda[0].content[0] Paragraph",
            "enter agenda[0].content[0].content[0] Strong",
            "text agenda[0].content[0].content[0].text = Anna",
            "enter agenda[0].content[0].content[1] Hyperlink",
            "text agenda[0].content[0].content[1].text = bilder",
            "link agenda[0].content[0].content[1].target https://example.org/slides",
            "enter agenda[0].content[0].content[1].target LinkTarget",
            "text agenda[0].content[0].content[1].target.address = https://example.org/slides",
            "enter agenda[0].content[1] Subsection",
            "text agenda[0].content[1].heading = Nuläge",
            "enter agenda[0].content[1].content[0] ItemList",
            "enter agenda[0].content[1].content[0].items[0] Paragraph",
            "enter agenda[0].content[1].content[0].items[0].content[0] Plain",
            "text agenda[0].content[1].content[0].items[0].content[0].text = punkt",
            "enter agenda[0].links[0] Link",
            "text agenda[0].links[0].label = Film",
            "link agenda[0].links[0].target (placeholder)",
            "enter agenda[0].links[0].target LinkTarget",
            "person noteTakers[0]",
            "enter noteTakers[0] Person",
            "text noteTakers[0].name = Ralph",
            "text noteTakers[0].role = Koordinator",
            "enter participants ParticipantList",
            "text participants.heading = Deltagare",
            "enter participants.entries[0] Participant",
            "text participants.entries[0].name = Eva",
            "enter participants.entries[0].affiliation NetworkMember",
            "text participants.entries[0].affiliation.networkCode = NUH",
            "text participants.entries[0].organisation = Halland",
            "link participants.entries[0].link https://example.org/slides",
            "enter participants.entries[0].link LinkTarget",
            "text participants.entries[0].link.address = https://example.org/slides",
            "enter participants.entries[1] Participant",
            "text participants.entries[1].name = Gäst"),
        recorder.calls);
  }

  @Test
  void pathsAreThoseOfTheValidator() {
    Minutes minutes = minutes();
    Minutes invalid =
        minutes.toBuilder()
            .addAgendaItem(AgendaItem.withHeading(" ").number("\u0007").build())
            .build();
    List<String> texts = new ArrayList<>();
    MinutesVisitor.walk(
        invalid,
        new MinutesVisitor() {
          @Override
          public void text(String path, String text) {
            texts.add(path);
          }
        });
    List<String> violations = new ArrayList<>();
    for (Violation violation : MinutesValidator.shared().validate(invalid)) {
      violations.add(violation.path());
    }
    assertEquals(List.of("agenda[1].heading", "agenda[1].number"), violations);
    assertTrue(texts.containsAll(violations), texts.toString());
  }

  @Test
  void aVisitorCanSkipWhatARecordHolds() {
    List<String> texts = new ArrayList<>();
    MinutesVisitor.walk(
        minutes(),
        new MinutesVisitor() {
          @Override
          public boolean enter(String path, Record part) {
            return !(part instanceof ParticipantList || part instanceof Block);
          }

          @Override
          public void text(String path, String text) {
            texts.add(text);
          }
        });
    assertEquals(
        List.of(
            "Nätverken", "NUH", "Nätverket Uppdrag Hälsa", "Möte", "SKR", "Stockholm", "§ 1",
            "Inledning", "Ordförande", "Film", "Ralph", "Koordinator"),
        texts);
  }

  @Test
  void refusesNull() {
    assertThrows(NullPointerException.class, () -> MinutesVisitor.walk(null, new Recorder()));
    assertThrows(NullPointerException.class, () -> MinutesVisitor.walk(minutes(), null));
  }
}
