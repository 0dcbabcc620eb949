package io.github.minutes4j.integration;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProposalKind;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Tally;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteChoice;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-written documents the tests start from. */
final class Documents {

  /** The address of every real link of {@link #everyField()}. */
  static final String ADDRESS = "https://example.org/slides.pdf";

  private Documents() {}

  /**
   * Valid minutes in which every component of the model is set and every kind of text field and
   * link occurs at least once ({@link ModelCompletenessTest} proves it),
   * each with its own plain text ("t1", "t2", ...), so that a test can put a hostile string in any
   * one of them and still find the others.
   */
  static Minutes everyField() {
    LinkTarget address = LinkTarget.of(ADDRESS);
    Minutes minutes =
        Minutes.builder(
                Language.SWEDISH,
                new Organiser(
                    "organiser",
                    List.of(new Network("NUH", "network one"), new Network("NHD", "network two"))),
                DocumentKind.MEETING_NOTES,
                "title",
                LocalDate.of(2022, 6, 11))
            .addSession(
                Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                    .venue(Venue.of("venue", "street", "city"))
                    .online(true)
                    .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
                    .addAdjournment(LocalTime.of(12, 0), LocalTime.of(13, 0))
                    .build())
            .addSession(Session.on(LocalDate.of(2022, 6, 3)).venue(Venue.room("room")).build())
            .addAgendaItems(
                AgendaItem.withHeading("heading")
                    .number("number")
                    .addPresenter(
                        new Person(Optional.of("name"), Optional.of("role"), Optional.of("org")))
                    .addBlocks(
                        Block.paragraph(
                            Inline.plain("plain"),
                            Inline.strong("strong"),
                            Inline.emphasis("emphasis"),
                            Inline.link("link", address),
                            Inline.link("placeholder", LinkTarget.placeholder())),
                        Block.subsection(
                            "subsection",
                            Block.paragraph("inner"),
                            Block.subsection("deeper", Block.paragraph("deepest"))),
                        new Block.ItemList(
                            true, List.of(Block.paragraph("first"), Block.paragraph("second"))))
                    .addLink(LinkKind.SLIDES, "slides", address)
                    .addLink(LinkKind.VIDEO, "video", LinkTarget.placeholder())
                    .build(),
                formalItem(),
                // Numbered "§ 43" from the first paragraph, by its place.
                AgendaItem.withHeading("counted").build())
            .addNoteTaker(
                Person.named("taker").withRole("taker role").withOrganisation("taker org"))
            .participants(
                ParticipantList.headed(
                    "participants",
                    List.of(
                        Participant.of("member", Affiliation.member("NUH"), "region")
                            .withLink(address),
                        Participant.of("guest", Affiliation.Role.GUEST))))
            .firstParagraph(41)
            .chair(Person.named("chair"))
            .addAdjuster(Person.named("adjuster"))
            .addAttendees(
                Attendee.present("chair", MemberRole.CHAIR)
                    .withGroup("group")
                    .withArrival(new Moment(Optional.of("number"), Optional.of(LocalTime.of(10, 5)))),
                Attendee.present("adjuster", MemberRole.MEMBER),
                Attendee.absent("absent", MemberRole.MEMBER),
                Attendee.servingFor("substitute", "absent")
                    .withDeparture(Moment.atParagraph("paragraph")),
                Attendee.present("conflicted", MemberRole.VICE_CHAIR))
            .addAttachment(new Attachment("1", "attachment", Optional.of("reference")))
            .adjustment(new Adjustment("adjustment place", LocalDate.of(2022, 6, 20)))
            .notice(
                new Notice(
                    LocalDate.of(2022, 6, 21),
                    LocalDate.of(2022, 7, 12),
                    "stored at",
                    Optional.of(Person.named("certifier"))))
            .nextMeeting(
                new NextMeeting(
                    LocalDate.of(2022, 9, 1),
                    Optional.of(LocalTime.of(18, 0)),
                    Optional.of(Venue.of("next venue", "next street", "next city"))))
            .build();
    // Distinct texts, so that a test finds each in its place; a text that names another part
    // (an attendee's name, a proposal's id, an attachment's number, an item's number) is the same
    // wherever it occurs, so that the references still hold.
    Map<String, String> texts = new HashMap<>();
    return ModelText.map(
        minutes,
        (path, kind, text) ->
            kind == ModelText.Kind.CODE
                    || kind == ModelText.Kind.MEMBER_CODE
                    || kind == ModelText.Kind.ADDRESS
                ? text
                : texts.computeIfAbsent(text, t -> t + " t" + (texts.size() + 1)));
  }

  /**
   * The item of formal minutes, numbered "paragraph": two proposals put in order, an open and a
   * closed vote between them, two decisions, a reservation against the first, a conflict of
   * interest, a protocol note, an action, an attachment, a recipient; adjusted at once.
   */
  private static AgendaItem formalItem() {
    return AgendaItem.withHeading("formal")
        .number("paragraph")
        .caseReference("case")
        .addConflictOfInterest(new ConflictOfInterest(Person.named("conflicted"), Optional.of("reason")))
        .addProposals(
            Proposal.of("A", Person.named("chair"), ProposalKind.APPROVAL, "proposal a"),
            Proposal.of("B", Person.named("adjuster"), ProposalKind.REJECTION, "proposal b"))
        .addToProposalOrder("A", "B")
        .addVotes(
            Vote.open(
                "A",
                "B",
                List.of(
                    Ballot.of("chair", VoteChoice.YES),
                    Ballot.of("adjuster", VoteChoice.NO),
                    Ballot.of("substitute", VoteChoice.ABSTAIN))),
            Vote.closed("A", "B", new Tally(2, 1, 0)))
        .addDecisions(
            new Decision(Optional.of("d1"), "introduction", List.of("clause one", "clause two")),
            new Decision(Optional.of("d2"), "second decision", List.of()))
        .addReservation(
            new Reservation(
                List.of(Person.named("adjuster")), Optional.of("d1"), Optional.of("reservation")))
        .addProtocolNote(new ProtocolNote(List.of(Person.named("chair")), "protocol note"))
        .addAction(
            new ActionItem("task", List.of(Person.named("owner")), Optional.of(LocalDate.of(2022, 7, 1))))
        .addAttachment("1")
        .addRecipient("recipient")
        .adjustedImmediately(true)
        .build();
  }
}
