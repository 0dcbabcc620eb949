package io.github.minutes4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Organiser;
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
import io.github.minutes4j.core.VoteMethod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of {@link ConsistentProceedings}, each refused at its path with its message. */
class FormalMinutesValidationTest {

  private static final MinutesValidator VALIDATOR = MinutesValidator.shared();
  private static final LocalDate MEETING = LocalDate.of(2026, 11, 18);

  /**
   * A committee's protokoll that uses every part: § 41 to § 44; Eva Fors serves for the absent Bo
   * Berg and leaves at § 43; Helena Ito arrives at § 42; David Ek has a conflict of interest in §
   * 43.
   */
  static Minutes.Builder formal() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Kultur- och fritidsnämnden"),
            DocumentKind.MINUTES,
            "Sammanträde med kultur- och fritidsnämnden",
            MEETING)
        .addSession(
            Session.on(MEETING)
                .venue(Venue.room("Sammanträdesrummet Hallen"))
                .addAdjournment(LocalTime.of(10, 15), LocalTime.of(10, 30))
                .build())
        .firstParagraph(41)
        .chair(Person.named("Anna Ek"))
        .addAdjuster(Person.named("Cecilia Dahl"))
        .addNoteTaker(Person.named("Gustav Holm"))
        .addAttendees(
            Attendee.present("Anna Ek", MemberRole.CHAIR).withGroup("S"),
            Attendee.absent("Bo Berg", MemberRole.MEMBER).withGroup("M"),
            Attendee.present("Cecilia Dahl", MemberRole.MEMBER).withGroup("M"),
            Attendee.present("David Ek", MemberRole.VICE_CHAIR).withGroup("C"),
            Attendee.servingFor("Eva Fors", "Bo Berg")
                .withGroup("M")
                .withDeparture(Moment.atParagraph("§ 43")),
            Attendee.present("Frida Gran", MemberRole.SUBSTITUTE),
            Attendee.present("Gustav Holm", MemberRole.OFFICIAL),
            Attendee.present("Helena Ito", MemberRole.MEMBER)
                .withArrival(new Moment(Optional.of("§ 42"), Optional.of(LocalTime.of(9, 20)))))
        .addAttachments(
            Attachment.of("1", "Budget 2027"),
            new Attachment("2", "Yttrande", Optional.of("KFN 2026/114-3")))
        .addAgendaItems(
            AgendaItem.withHeading("Justering av protokollet")
                .addDecision(Decision.of("Cecilia Dahl utses att justera protokollet."))
                .build(),
            AgendaItem.withHeading("Budget 2027")
                .caseReference("KFN 2026/101")
                .addProposals(
                    Proposal.of(
                        "A", Person.named("Anna Ek"), ProposalKind.APPROVAL, "bifall till förslaget"),
                    Proposal.of(
                        "B", Person.named("Cecilia Dahl"), ProposalKind.REJECTION, "avslag"))
                .addToProposalOrder("A", "B")
                .addVote(
                    Vote.open(
                        "A",
                        "B",
                        List.of(
                            Ballot.of("Anna Ek", VoteChoice.YES),
                            Ballot.of("Cecilia Dahl", VoteChoice.NO),
                            Ballot.of("David Ek", VoteChoice.YES),
                            Ballot.of("Eva Fors", VoteChoice.NO),
                            Ballot.of("Helena Ito", VoteChoice.ABSTAIN))))
                .addDecision(
                    Decision.of("Nämnden beslutar att", "anta budgeten", "redovisa den i mars"))
                .addReservation(
                    new Reservation(
                        List.of(Person.named("Cecilia Dahl")),
                        Optional.empty(),
                        Optional.of("Budgeten är för optimistisk.")))
                .addAttachment("1")
                .addRecipient("Ekonomiavdelningen")
                .build(),
            AgendaItem.withHeading("Bidrag till föreningen Ekbacken")
                .addConflictOfInterest(
                    new ConflictOfInterest(Person.named("David Ek"), Optional.of("styrelseledamot")))
                .addVote(Vote.closed("A", "B", new Tally(2, 1, 1)))
                .addProposals(
                    Proposal.of("A", Person.named("Anna Ek"), ProposalKind.APPROVAL, "bifall"),
                    Proposal.of(
                        "B", Person.named("Helena Ito"), ProposalKind.REFERRAL_BACK, "återremiss"))
                .addDecisions(
                    new Decision(Optional.of("d1"), "Nämnden beslutar att bevilja bidraget.", List.of()),
                    new Decision(Optional.of("d2"), "Nämnden beslutar att", List.of("följa upp")))
                .addReservation(
                    new Reservation(
                        List.of(Person.named("Helena Ito")), Optional.of("d2"), Optional.empty()))
                .addProtocolNote(
                    new ProtocolNote(List.of(Person.named("Cecilia Dahl")), "Vi stöder beslutet."))
                .addAttachment("2")
                .adjustedImmediately(true)
                .build(),
            AgendaItem.withHeading("Övriga frågor").build())
        .adjustment(new Adjustment("Kommunkontoret", LocalDate.of(2026, 11, 20)))
        .notice(
            new Notice(
                LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 12, 14),
                "Kommunkontoret, Storgatan 1",
                Optional.of(Person.named("Gustav Holm"))))
        .nextMeeting(
            new NextMeeting(
                LocalDate.of(2026, 12, 10), Optional.of(LocalTime.of(18, 0)), Optional.empty()));
  }

  private static Map<String, String> violationsOf(Minutes minutes) {
    return EngineAgreement.validate(minutes).stream()
        .collect(
            Collectors.groupingBy(
                Violation::path,
                TreeMap::new,
                Collectors.mapping(
                    Violation::message,
                    Collectors.collectingAndThen(
                        Collectors.toList(),
                        messages ->
                            messages.stream().sorted().collect(Collectors.joining(" | "))))));
  }

  private static void assertRefused(Minutes.Builder minutes, String path, String message) {
    assertEquals(Map.of(path, message), violationsOf(minutes.build()));
  }

  /** The formal minutes with agenda item {@code index} changed. */
  private static Minutes.Builder item(int index, UnaryOperator<AgendaItem.Builder> change) {
    Minutes minutes = formal().build();
    List<AgendaItem> agenda = new ArrayList<>(minutes.agenda());
    agenda.set(index, change.apply(agenda.get(index).toBuilder()).build());
    return minutes.toBuilder().agenda(agenda);
  }

  /** The formal minutes with attendee {@code index} replaced. */
  private static Minutes.Builder attendee(int index, Attendee attendee) {
    Minutes minutes = formal().build();
    List<Attendee> attendees = new ArrayList<>(minutes.attendees());
    attendees.set(index, attendee);
    return minutes.toBuilder().attendees(attendees);
  }

  /** The formal minutes with § 43's reservation by one member against one decision. */
  private static Minutes.Builder reservedAt43(String member, String decision) {
    Reservation reservation =
        new Reservation(List.of(Person.named(member)), Optional.of(decision), Optional.empty());
    return item(2, item -> item.reservations(List.of(reservation)));
  }

  private static Vote openVote(Ballot... ballots) {
    return Vote.open("A", "B", List.of(ballots));
  }

  @Test
  void formalMinutesThatHoldTogetherAreValid() {
    assertEquals(Map.of(), violationsOf(formal().build()));
  }

  @Test
  void minutesWithoutAttendeesSkipTheAttendanceRules() {
    Minutes minutes =
        formal()
            .attendees(List.of())
            .chair(Person.named("Någon annan"))
            .adjusters(List.of(Person.byRole("justerare")))
            .build();

    assertEquals(Map.of(), violationsOf(minutes));
  }

  // Paragraph and attachment numbers

  @Test
  void anItemNumberedByItsPlaceMustNotRepeatAnother() {
    assertRefused(
        item(0, item -> item.number("§ 42")),
        "agenda[1].number",
        "is empty, so the item is numbered '§ 42' by its place (from firstParagraph), which"
            + " agenda[0] already has; give each item its own number");
  }

  @Test
  void anItemsOwnNumberMustNotRepeatAnother() {
    assertRefused(
        item(3, item -> item.number("§ 41")),
        "agenda[3].number",
        "repeats the number '§ 41' of agenda[0]; give each item its own number");
  }

  @Test
  void attachmentNumbersAreUnique() {
    assertRefused(
        formal().addAttachment(Attachment.of("1", "Ännu en")),
        "attachments[2].number",
        "repeats the number '1' of attachments[0]; give each attachment its own number");
  }

  @Test
  void anItemNamesAttachmentsOfTheMinutes() {
    assertRefused(
        item(1, item -> item.addAttachment("3")),
        "agenda[1].attachments[1]",
        "names the attachment '3', which the minutes do not have; add it to attachments, or use"
            + " one of '1', '2'");
  }

  @Test
  void anItemNamesAnAttachmentOnce() {
    assertRefused(
        item(1, item -> item.addAttachment("1")),
        "agenda[1].attachments[1]",
        "names the attachment '1' a second time; name it once");
  }

  // Proposals, the order of putting and votes

  @Test
  void proposalIdsAreUniqueWithinAnItem() {
    assertRefused(
        item(
            1,
            item ->
                item.addProposal(
                    Proposal.of("A", Person.named("Helena Ito"), ProposalKind.AMENDMENT, "ändring"))),
        "agenda[1].proposals[2].id",
        "repeats the id 'A' of proposals[0]; give each proposal of the item its own id");
  }

  @Test
  void theOrderOfPuttingNamesProposalsOfTheItem() {
    assertRefused(
        item(1, item -> item.addToProposalOrder("C")),
        "agenda[1].proposalOrder[2]",
        "names the proposal 'C', which the item does not have; use one of 'A', 'B', or add the"
            + " proposal");
  }

  @Test
  void theOrderOfPuttingNamesAProposalOnce() {
    assertRefused(
        item(1, item -> item.addToProposalOrder("A")),
        "agenda[1].proposalOrder[2]",
        "puts the proposal 'A' a second time; name each proposal once");
  }

  @Test
  void aVoteNamesProposalsOfTheItemAtYesForAndNoFor() {
    Map<String, String> violations =
        violationsOf(item(3, item -> item.addVote(Vote.closed("A", "B", new Tally(1, 1, 0)))).build());

    assertEquals(
        Map.of(
            "agenda[3].votes[0].yesFor",
            "names the proposal 'A', which the item does not have; add it to the item's proposals"
                + " with this id",
            "agenda[3].votes[0].noFor",
            "names the proposal 'B', which the item does not have; add it to the item's proposals"
                + " with this id"),
        violations);
  }

  @Test
  void aVoteIsBetweenTwoDifferentProposals() {
    assertRefused(
        item(2, item -> item.votes(List.of(Vote.closed("A", "A", new Tally(2, 1, 1))))),
        "agenda[2].votes[0].noFor",
        "names the same proposal as yesFor; a vote is between two different proposals");
  }

  @Test
  void anOpenVotesTotalsAreTheCountOfItsBallots() {
    Vote vote =
        new Vote(
            Optional.of("A"),
            Optional.of("B"),
            VoteMethod.OPEN,
            List.of(Ballot.of("Anna Ek", VoteChoice.YES), Ballot.of("Cecilia Dahl", VoteChoice.NO)),
            new Tally(2, 1, 0));

    assertRefused(
        item(1, item -> item.votes(List.of(vote))),
        "agenda[1].votes[0].tally",
        "is yes 2, no 1, abstained 0, but the ballots count yes 1, no 1, abstained 0; correct the"
            + " totals or the ballots");
  }

  /**
   * An open vote given with its totals only was refused with "but the ballots count yes 0, no 0,
   * abstained 0; correct the totals or the ballots", which suggested changing the totals.
   */
  @Test
  void anOpenVoteWithoutBallotsIsToldToListThem() {
    Vote vote =
        new Vote(
            Optional.of("A"), Optional.of("B"), VoteMethod.OPEN, List.of(), new Tally(2, 1, 0));

    assertRefused(
        item(1, item -> item.votes(List.of(vote))),
        "agenda[1].votes[0]",
        "is an open vote (a roll call) without ballots; list each member's ballot, from which the"
            + " totals are counted, or, for a secret ballot, make the method closed");

    // Without ballots and without votes, the vote stays valid, as before the message.
    Vote empty =
        new Vote(
            Optional.of("A"), Optional.of("B"), VoteMethod.OPEN, List.of(), new Tally(0, 0, 0));
    assertEquals(Map.of(), violationsOf(item(1, item -> item.votes(List.of(empty))).build()));
  }

  @Test
  void aClosedVoteHasNoBallots() {
    Vote vote =
        new Vote(
            Optional.of("A"),
            Optional.of("B"),
            VoteMethod.CLOSED,
            List.of(Ballot.of("Anna Ek", VoteChoice.YES)),
            new Tally(1, 0, 0));

    assertRefused(
        item(1, item -> item.votes(List.of(vote))),
        "agenda[1].votes[0].ballots",
        "are given for a closed vote, whose ballots are secret; remove them and keep the totals,"
            + " or make the vote open");
  }

  @Test
  void aClosedVoteCountsNoMoreVotesThanThoseWhoDecide() {
    // At § 43: Anna, Cecilia, Eva (leaves at § 43, inclusive) and Helena; David has a conflict.
    assertRefused(
        item(2, item -> item.votes(List.of(Vote.closed("A", "B", new Tally(3, 1, 1))))),
        "agenda[2].votes[0].tally",
        "counts 5 votes, but only 4 attendees take part in this item's decisions; correct the"
            + " totals or the attendance");
  }

  @Test
  void noMemberVotesTwice() {
    assertRefused(
        item(
            1,
            item ->
                item.votes(
                    List.of(
                        openVote(
                            Ballot.of("Anna Ek", VoteChoice.YES),
                            Ballot.of("Cecilia Dahl", VoteChoice.NO),
                            Ballot.of("Anna Ek", VoteChoice.NO))))),
        "agenda[1].votes[0].ballots[2].voter",
        "votes a second time (see ballots[0]); each member votes once");
  }

  @Test
  void aVoterIsAnAttendee() {
    assertRefused(
        item(1, item -> item.votes(List.of(openVote(Ballot.of("Okänd", VoteChoice.YES))))),
        "agenda[1].votes[0].ballots[0].voter",
        "names 'Okänd', who is not among the attendees; a voter is a present attendee: add them to"
            + " attendees, or correct the name");
  }

  @Test
  void aVoterIsPresent() {
    assertRefused(
        item(1, item -> item.votes(List.of(openVote(Ballot.of("Bo Berg", VoteChoice.YES))))),
        "agenda[1].votes[0].ballots[0].voter",
        "names 'Bo Berg', who is attendees[1] and not present; mark them present, or correct the"
            + " name");
  }

  @Test
  void aVoterTakesPartInDecisions() {
    assertRefused(
        item(1, item -> item.votes(List.of(openVote(Ballot.of("Frida Gran", VoteChoice.YES))))),
        "agenda[1].votes[0].ballots[0].voter",
        "names 'Frida Gran', who is attendees[5] with the role substitute and takes no part in"
            + " decisions; a voter is the chair, the vice chair, a member or a serving substitute");
  }

  @Test
  void aVoterHasAName() {
    assertRefused(
        item(
            1,
            item ->
                item.votes(
                    List.of(openVote(new Ballot(Person.byRole("ledamot"), VoteChoice.YES))))),
        "agenda[1].votes[0].ballots[0].voter",
        "has no name; in minutes that list their attendees, a voter is named as one of them");
  }

  @Test
  void aVoterIsAtTheMeetingAtTheItem() {
    // Helena Ito arrives at § 42: she is not there at § 41; Eva Fors, who leaves at § 43, is.
    Map<String, String> violations =
        violationsOf(
            item(
                    0,
                    item ->
                        item.addProposals(
                                Proposal.of("A", Person.named("Anna Ek"), ProposalKind.OTHER, "x"),
                                Proposal.of("B", Person.named("Anna Ek"), ProposalKind.OTHER, "y"))
                            .addVote(
                                openVote(
                                    Ballot.of("Eva Fors", VoteChoice.YES),
                                    Ballot.of("Helena Ito", VoteChoice.NO))))
                .build());

    assertEquals(
        Map.of(
            "agenda[0].votes[0].ballots[1].voter",
            "names 'Helena Ito', who is attendees[7] and not at the meeting at '§ 41' by their"
                + " arrival or departure; correct the arrival, the departure or the name"),
        violations);
  }

  /** The formal minutes with § 42's proposal B made by {@code mover} (and the vote left out). */
  private static Minutes.Builder proposalBAt42By(Person mover) {
    return item(
        1,
        item ->
            item.votes(List.of())
                .proposals(
                    List.of(
                        Proposal.of("A", Person.named("Anna Ek"), ProposalKind.APPROVAL, "bifall"),
                        Proposal.of("B", mover, ProposalKind.REJECTION, "avslag"))));
  }

  @Test
  void aMoverIsAnAttendee() {
    assertRefused(
        proposalBAt42By(Person.named("Cecilia Dal")),
        "agenda[1].proposals[1].movers[0]",
        "names 'Cecilia Dal', who is not among the attendees; a mover is a present attendee: add"
            + " them to attendees, or correct the name");
  }

  @Test
  void aMoverIsPresentAndTakesPartInDecisions() {
    assertRefused(
        proposalBAt42By(Person.named("Bo Berg")),
        "agenda[1].proposals[1].movers[0]",
        "names 'Bo Berg', who is attendees[1] and not present; mark them present, or correct the"
            + " name");
    assertRefused(
        proposalBAt42By(Person.named("Gustav Holm")),
        "agenda[1].proposals[1].movers[0]",
        "names 'Gustav Holm', who is attendees[6] with the role official and takes no part in"
            + " decisions; a mover is the chair, the vice chair, a member or a serving substitute");
  }

  @Test
  void aMoverIsAtTheMeetingAtTheItem() {
    // Helena Ito arrives at § 42: she cannot make a proposal at § 41.
    assertRefused(
        item(
            0,
            item ->
                item.addProposal(
                    Proposal.of("A", Person.named("Helena Ito"), ProposalKind.OTHER, "x"))),
        "agenda[0].proposals[0].movers[0]",
        "names 'Helena Ito', who is attendees[7] and not at the meeting at '§ 41' by their"
            + " arrival or departure; correct the arrival, the departure or the name");
  }

  @Test
  void aMemberWithAConflictOfInterestMakesNoProposal() {
    assertRefused(
        item(
            2,
            item ->
                item.proposals(
                    List.of(
                        Proposal.of("A", Person.named("Anna Ek"), ProposalKind.APPROVAL, "bifall"),
                        new Proposal(
                            Optional.of("B"),
                            List.of(Person.named("Helena Ito"), Person.named("David Ek")),
                            ProposalKind.REFERRAL_BACK,
                            "återremiss")))),
        "agenda[2].proposals[1].movers[1]",
        "names 'David Ek', who has a conflict of interest on this item and takes no part in it;"
            + " remove one or the other");
  }

  /**
   * Names are matched as a reader sees them: a name typed with a combining accent (as macOS and
   * some web forms send it) or with a no-break space is the attendee whose name looks the same;
   * before, "names 'Hélène Ito', who is not among the attendees" left nothing to correct.
   */
  @Test
  void peopleAreMatchedByTheirNameAsItLooks() {
    String composed = "H\u00e9l\u00e8ne \u00d6berg";
    String decomposed = "He\u0301le\u0300ne O\u0308berg";
    Minutes minutes = formal().build();
    List<Attendee> attendees = new ArrayList<>(minutes.attendees());
    attendees.add(Attendee.present(composed, MemberRole.MEMBER));
    Minutes.Builder matched =
        minutes.toBuilder()
            .attendees(attendees)
            .chair(Person.named("Anna\u00a0Ek"))
            .adjusters(List.of(Person.named(" Cecilia  Dahl")));
    List<AgendaItem> agenda = new ArrayList<>(minutes.agenda());
    agenda.set(
        1,
        agenda.get(1).toBuilder()
            .votes(
                List.of(
                    openVote(
                        Ballot.of("Anna Ek", VoteChoice.YES),
                        Ballot.of("Cecilia Dahl", VoteChoice.NO),
                        Ballot.of(decomposed, VoteChoice.ABSTAIN))))
            .build());

    assertEquals(Map.of(), violationsOf(matched.agenda(agenda).build()));

    attendees.add(Attendee.present(decomposed, MemberRole.MEMBER));
    assertRefused(
        minutes.toBuilder().attendees(attendees),
        "attendees[9].person.name",
        "repeats '"
            + decomposed
            + "' of attendees[8]; list each person once (a substitute who serves for part of the"
            + " meeting is listed once, with arrival or departure)");
  }

  @Test
  void aMemberWithAConflictOfInterestDoesNotVote() {
    assertRefused(
        item(2, item -> item.votes(List.of(openVote(Ballot.of("David Ek", VoteChoice.YES))))),
        "agenda[2].votes[0].ballots[0].voter",
        "names 'David Ek', who has a conflict of interest on this item and takes no part in it;"
            + " remove one or the other");
  }

  // Decisions and reservations

  @Test
  void decisionIdsAreUniqueWithinAnItem() {
    assertRefused(
        item(
            2,
            item ->
                item.addDecision(new Decision(Optional.of("d1"), "Dessutom beslutas", List.of()))),
        "agenda[2].decisions[2].id",
        "repeats the id 'd1' of decisions[0]; give each decision of the item its own id");
  }

  @Test
  void aReservationNamesADecisionOfTheItem() {
    assertRefused(
        reservedAt43("Helena Ito", "d3"),
        "agenda[2].reservations[0].decision",
        "names the decision 'd3', which the item does not have; use one of 'd1', 'd2'");
  }

  @Test
  void aReservationAgainstNoDecisionNeedsOne() {
    assertRefused(
        item(1, item -> item.decisions(List.of())),
        "agenda[1].reservations[0]",
        "is against a decision, but the item has none; add the decision to the item's decisions");
  }

  @Test
  void aReservationNamesItsDecisionWhenTheItemHasSeveral() {
    assertRefused(
        item(
            1,
            item ->
                item.addDecision(Decision.of("Nämnden beslutar vidare att", "återkomma i april"))),
        "agenda[1].reservations[0].decision",
        "must name the decision it is against: the item has 2 decisions; give that decision an id"
            + " and name it here");
  }

  @Test
  void aReservationWithoutADecisionIsToldTheIdsOfTheItemsDecisions() {
    Minutes.Builder minutes = reservedAt43("Helena Ito", "d1");
    Minutes built = minutes.build();
    AgendaItem item = built.agenda().get(2);
    Reservation unnamed =
        new Reservation(item.reservations().get(0).members(), Optional.empty(), Optional.empty());

    assertRefused(
        item(2, changed -> changed.reservations(List.of(unnamed))),
        "agenda[2].reservations[0].decision",
        "must name the decision it is against: the item has 2 decisions; name one of 'd1', 'd2'");
  }

  @Test
  void aReservingMemberTookPartInTheDecision() {
    assertRefused(
        reservedAt43("Gustav Holm", "d1"),
        "agenda[2].reservations[0].members[0]",
        "names 'Gustav Holm', who is attendees[6] with the role official and takes no part in"
            + " decisions; a reserving member is the chair, the vice chair, a member or a serving"
            + " substitute");
  }

  @Test
  void aMemberWithAConflictOfInterestDoesNotReserve() {
    assertRefused(
        reservedAt43("David Ek", "d1"),
        "agenda[2].reservations[0].members[0]",
        "names 'David Ek', who has a conflict of interest on this item and takes no part in it;"
            + " remove one or the other");
  }

  @Test
  void aConflictOfInterestNamesAnAttendeeOnce() {
    Map<String, String> violations =
        violationsOf(
            item(
                    2,
                    item ->
                        item.addConflictsOfInterest(
                            new ConflictOfInterest(Person.named("David Ek"), Optional.empty()),
                            new ConflictOfInterest(Person.named("Okänd"), Optional.empty())))
                .build());

    assertEquals(
        Map.of(
            "agenda[2].conflictsOfInterest[1].member",
            "is named a second time; name each member with a conflict once",
            "agenda[2].conflictsOfInterest[2].member",
            "names 'Okänd', who is not among the attendees; add them to attendees, or correct the"
                + " name"),
        violations);
  }

  // Attendance

  @Test
  void anAttendeeHasAName() {
    assertRefused(
        attendee(
            5,
            new Attendee(
                Person.byRole("ersättare"),
                MemberRole.SUBSTITUTE,
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty(),
                Optional.empty())),
        "attendees[5].person.name",
        "must be given: an attendee is known by name (their part in the body is the role)");
  }

  @Test
  void anAttendeeIsListedOnce() {
    assertRefused(
        formal().addAttendee(Attendee.present("Frida Gran", MemberRole.OTHER)),
        "attendees[8].person.name",
        "repeats 'Frida Gran' of attendees[5]; list each person once (a substitute who serves for"
            + " part of the meeting is listed once, with arrival or departure)");
  }

  @Test
  void onlyAServingSubstituteServesForSomeone() {
    assertRefused(
        attendee(
            5,
            new Attendee(
                Person.named("Frida Gran"),
                MemberRole.SUBSTITUTE,
                Optional.empty(),
                Optional.of("Bo Berg"),
                true,
                Optional.empty(),
                Optional.empty())),
        "attendees[5].substituteFor",
        "is only for a serving substitute, but the role is substitute; remove it, or make the role"
            + " serving substitute");
  }

  @Test
  void aServingSubstituteNamesTheMember() {
    assertRefused(
        attendee(4, Attendee.present("Eva Fors", MemberRole.SERVING_SUBSTITUTE)),
        "attendees[4].substituteFor",
        "must name the member a serving substitute serves for; give that member's name, as listed"
            + " among the attendees");
  }

  @Test
  void aServingSubstituteDoesNotServeForThemself() {
    assertRefused(
        attendee(4, Attendee.servingFor("Eva Fors", "Eva Fors")),
        "attendees[4].substituteFor",
        "names the substitute themself; name the member they serve for, or make the role member");
  }

  @Test
  void aServingSubstituteServesForAnAttendee() {
    assertRefused(
        attendee(4, Attendee.servingFor("Eva Fors", "Bo Bergström")),
        "attendees[4].substituteFor",
        "names 'Bo Bergström', who is not among the attendees; add that member (usually as absent)"
            + " or correct the name");
  }

  @Test
  void aServingSubstituteServesForAMember() {
    assertRefused(
        attendee(4, Attendee.servingFor("Eva Fors", "Gustav Holm")),
        "attendees[4].substituteFor",
        "names 'Gustav Holm', who is attendees[6] with the role official; a substitute serves for"
            + " a member, the chair or the vice chair");
  }

  @Test
  void oneSubstituteServesForOneMember() {
    assertRefused(
        attendee(5, Attendee.servingFor("Frida Gran", "Bo Berg")),
        "attendees[5].substituteFor",
        "names 'Bo Berg', for whom attendees[4] already serves; one substitute serves for one"
            + " member");
  }

  @Test
  void aServingSubstituteServesWhileTheMemberIsAway() {
    Attendee bo = Attendee.present("Bo Berg", MemberRole.MEMBER).withGroup("M");
    String both = ", so both would decide; mark the member absent, or give the member's departure"
        + " and the substitute's arrival (or the other way round)";

    assertRefused(
        attendee(1, bo),
        "attendees[4].substituteFor",
        "names 'Bo Berg', who is attendees[1] and present for the whole meeting" + both);
    // Eva Fors serves until § 43, inclusive: Bo Berg arriving at § 42 overlaps her by an item.
    assertRefused(
        attendee(1, bo.withArrival(Moment.atParagraph("§ 42"))),
        "attendees[4].substituteFor",
        "names 'Bo Berg', who is attendees[1] and present while the substitute serves, by their"
            + " arrivals and departures"
            + both);
    List<Attendee> attendees = new ArrayList<>(formal().build().attendees());
    attendees.set(1, bo.withArrival(Moment.at(LocalTime.of(10, 0))));
    attendees.set(
        4,
        Attendee.servingFor("Eva Fors", "Bo Berg")
            .withGroup("M")
            .withDeparture(Moment.at(LocalTime.of(11, 0))));
    Minutes.Builder byTime = formal().attendees(attendees);
    assertEquals(
        List.of("attendees[4].substituteFor"),
        List.copyOf(violationsOf(byTime.build()).keySet()));

    // Taking over within the item at which one leaves, or after, is fine; so is a time on a
    // meeting of two days, which may be on either.
    for (String paragraph : List.of("§ 43", "§ 44")) {
      assertEquals(
          Map.of(),
          violationsOf(attendee(1, bo.withArrival(Moment.atParagraph(paragraph))).build()),
          paragraph);
    }
    assertEquals(
        Map.of(),
        violationsOf(
            byTime.addSession(Session.on(MEETING.plusDays(1)).build()).build()));
  }

  @Test
  void adjournmentsOfASessionDoNotOverlap() {
    assertRefused(
        adjourned(
            new Adjournment(LocalTime.of(10, 15), LocalTime.of(10, 30)),
            new Adjournment(LocalTime.of(11, 0), LocalTime.of(11, 5)),
            new Adjournment(LocalTime.of(10, 20), LocalTime.of(10, 25))),
        "sessions[0].adjournments[2]",
        "overlaps adjournments[0] (10:15-10:30); a session is adjourned once at a time: join them"
            + " into one, or correct the times");
    // Two that meet do not overlap.
    assertEquals(
        Map.of(),
        violationsOf(
            adjourned(
                    new Adjournment(LocalTime.of(10, 15), LocalTime.of(10, 30)),
                    new Adjournment(LocalTime.of(10, 30), LocalTime.of(10, 45)))
                .build()));
  }

  /** The formal minutes with their session adjourned at these times. */
  private static Minutes.Builder adjourned(Adjournment... adjournments) {
    return formal()
        .sessions(
            List.of(
                Session.on(MEETING)
                    .venue(Venue.room("Sammanträdesrummet Hallen"))
                    .addAdjournments(adjournments)
                    .build()));
  }

  /**
   * The chair of the meeting need not have the role of chair: the vice chair, or the eldest member
   * ("ålderspresident", "Alterspräsident"), chairs in the chair's absence; and two attendees may
   * have it (a joint meeting of two bodies, co-chairs). Neither is certainly wrong.
   */
  @Test
  void theMeetingsChairNeedNotHaveTheRoleOfChairAndTwoMayHaveIt() {
    assertEquals(
        Map.of(),
        violationsOf(
            formal()
                .chair(Person.named("Cecilia Dahl"))
                .adjusters(List.of(Person.named("Helena Ito")))
                .build()));
    assertEquals(
        Map.of(),
        violationsOf(attendee(2, Attendee.present("Cecilia Dahl", MemberRole.CHAIR)).build()));
  }

  @Test
  void anAbsentAttendeeNeitherArrivesNorLeaves() {
    assertRefused(
        attendee(1, Attendee.absent("Bo Berg", MemberRole.MEMBER).withArrival(Moment.atParagraph("§ 42"))),
        "attendees[1].arrived",
        "is given for an absent attendee; remove it, or mark the attendee present");
  }

  @Test
  void aMomentHasAParagraphOrATime() {
    assertRefused(
        attendee(
            5,
            Attendee.present("Frida Gran", MemberRole.SUBSTITUTE)
                .withArrival(new Moment(Optional.empty(), Optional.empty()))),
        "attendees[5].arrived",
        "must have a paragraph or a time, or both; give the item's number or the time");
  }

  @Test
  void aMomentsParagraphIsAnItemsShownNumber() {
    assertRefused(
        attendee(
            5,
            Attendee.present("Frida Gran", MemberRole.SUBSTITUTE)
                .withDeparture(Moment.atParagraph("§ 45"))),
        "attendees[5].left.paragraph",
        "names '§ 45', which no agenda item is numbered; use one of '§ 41', '§ 42', '§ 43', '§ 44'");
  }

  @Test
  void aMomentsTimeLiesInASession() {
    Session evening =
        Session.on(MEETING, LocalTime.of(18, 0), LocalTime.of(20, 0)).build();
    Session nextMorning =
        Session.on(MEETING.plusDays(1)).start(LocalTime.of(9, 0)).build();
    Attendee late =
        Attendee.present("Frida Gran", MemberRole.SUBSTITUTE)
            .withArrival(Moment.at(LocalTime.of(13, 0)));

    assertRefused(
        attendee(5, late)
            .sessions(List.of(Session.on(MEETING, LocalTime.of(9, 0), LocalTime.of(12, 0)).build())),
        "attendees[5].arrived.time",
        "is 13:00, outside the meeting's session (2026-11-18 09:00-12:00); correct the time, or"
            + " the session's start or end");
    assertRefused(
        attendee(5, late.withArrival(new Moment(Optional.of("§ 42"), Optional.of(LocalTime.of(8, 0)))))
            .sessions(List.of(evening, nextMorning)),
        "attendees[5].arrived.time",
        "is 08:00, outside the meeting's sessions (2026-11-18 18:00-20:00, 2026-11-19 09:00-);"
            + " correct the time, or the session's start or end");
    // A time in any session will do (a moment has no day), both ends included; a session with no
    // end may go on until midnight, and one with no start recorded may have been at any time.
    for (LocalTime time :
        List.of(LocalTime.of(18, 0), LocalTime.of(20, 0), LocalTime.of(9, 0), LocalTime.of(23, 0))) {
      assertEquals(
          Map.of(),
          violationsOf(
              attendee(5, late.withDeparture(Moment.at(time)).withArrival(Moment.at(time)))
                  .sessions(List.of(evening, nextMorning))
                  .build()),
          () -> "at " + time);
    }
    assertEquals(
        Map.of(),
        violationsOf(
            attendee(5, late).sessions(List.of(evening, Session.on(MEETING.plusDays(1)).build()))
                .build()));
  }

  @Test
  void aMomentsParagraphNeedsNumberedItems() {
    String message =
        "which no agenda item is numbered; number the items (or set firstParagraph), or give a"
            + " time instead";

    assertEquals(
        Map.of(
            "attendees[4].left.paragraph", "names '§ 43', " + message,
            "attendees[7].arrived.paragraph", "names '§ 42', " + message),
        violationsOf(formal().firstParagraph(Optional.empty()).build()));
  }

  @Test
  void anAttendeeLeavesNoEarlierThanTheyArrive() {
    assertRefused(
        attendee(
            5,
            Attendee.present("Frida Gran", MemberRole.SUBSTITUTE)
                .withArrival(Moment.atParagraph("§ 43"))
                .withDeparture(Moment.atParagraph("§ 42"))),
        "attendees[5].left",
        "is at '§ 42', before the arrival at '§ 43'; swap them, or correct the paragraph");
  }

  @Test
  void anAttendeeLeavesNoEarlierThanTheyArriveByTheClock() {
    assertRefused(
        attendee(
            5,
            Attendee.present("Frida Gran", MemberRole.SUBSTITUTE)
                .withArrival(Moment.at(LocalTime.of(10, 0)))
                .withDeparture(Moment.at(LocalTime.of(9, 30)))),
        "attendees[5].left",
        "is at 09:30, before the arrival at 10:00; swap them, or correct the time");
  }

  @Test
  void arrivingAndLeavingAtTheSameParagraphIsFine() {
    Minutes minutes =
        attendee(
                5,
                Attendee.present("Frida Gran", MemberRole.SUBSTITUTE)
                    .withArrival(Moment.atParagraph("§ 43"))
                    .withDeparture(Moment.atParagraph("§ 43")))
            .build();

    assertEquals(Map.of(), violationsOf(minutes));
  }

  // The chair and the adjusters

  @Test
  void theChairIsAnAttendee() {
    assertRefused(
        formal().chair(Person.named("Okänd")),
        "chair",
        "names 'Okänd', who is not among the attendees; the chair is a present attendee: add them"
            + " to attendees, or correct the name");
  }

  @Test
  void theChairIsPresent() {
    assertRefused(
        formal().chair(Person.named("Bo Berg")),
        "chair",
        "names 'Bo Berg', who is attendees[1] and not present; mark them present, or correct the"
            + " name");
  }

  @Test
  void anAdjusterDecides() {
    assertRefused(
        formal().addAdjuster(Person.named("Frida Gran")),
        "adjusters[1]",
        "names 'Frida Gran', who is attendees[5] with the role substitute and takes no part in"
            + " decisions; an adjuster is the chair, the vice chair, a member or a serving"
            + " substitute");
  }

  @Test
  void anAdjusterIsNotTheChair() {
    assertRefused(
        formal().addAdjuster(Person.named("Anna Ek")),
        "adjusters[1]",
        "is the chair, who adjusts the minutes anyway; choose another member");
  }

  @Test
  void anAdjusterIsNamedOnce() {
    assertRefused(
        formal().addAdjuster(Person.named("Cecilia Dahl")),
        "adjusters[1]",
        "repeats adjusters[0]; name each adjuster once");
  }

  // Dates

  @Test
  void theNoticeComesDownAfterItGoesUp() {
    assertRefused(
        formal()
            .notice(
                new Notice(
                    LocalDate.of(2026, 11, 21),
                    LocalDate.of(2026, 11, 21),
                    "Kommunkontoret",
                    Optional.empty())),
        "notice.removed",
        "is 2026-11-21, not after the day the notice goes up (2026-11-21); the notice comes down"
            + " after it is posted");
  }

  @Test
  void theNoticeGoesUpAfterTheAdjustment() {
    assertRefused(
        formal()
            .notice(
                new Notice(
                    LocalDate.of(2026, 11, 19),
                    LocalDate.of(2026, 12, 14),
                    "Kommunkontoret",
                    Optional.empty())),
        "notice.posted",
        "is 2026-11-19, before the adjustment (2026-11-20); the notice goes up once the minutes"
            + " are adjusted");
  }

  @Test
  void theMinutesAreAdjustedAtOrAfterTheMeeting() {
    assertRefused(
        formal().adjustment(new Adjustment("Kommunkontoret", LocalDate.of(2026, 11, 17))),
        "adjustment.date",
        "is 2026-11-17, before the meeting (2026-11-18); minutes are adjusted at or after the"
            + " meeting");
  }

  @Test
  void theNextMeetingIsAfterThisOne() {
    assertRefused(
        formal().nextMeeting(new NextMeeting(MEETING, Optional.empty(), Optional.empty())),
        "nextMeeting.date",
        "is 2026-11-18, not after this meeting (2026-11-18); give the date of the next meeting");
  }

  // Each violation at its own path, all at once

  @Test
  void reportsEveryInconsistencyAtOnce() {
    Minutes minutes =
        item(1, item -> item.addToProposalOrder("C").addAttachment("9"))
            .chair(Person.named("Okänd"))
            .build();

    assertEquals(
        List.of("agenda[1].attachments[1]", "agenda[1].proposalOrder[2]", "chair"),
        List.copyOf(violationsOf(minutes).keySet()));
  }

  // The field constraints of the new parts

  @Test
  void theNewPartsHaveTheirFieldConstraints() {
    AgendaItem item =
        AgendaItem.withHeading("Fel överallt")
            .caseReference(" ")
            .addConflictOfInterest(
                new ConflictOfInterest(Person.named("Anna Ek"), Optional.of(" ")))
            .addProposals(
                new Proposal(Optional.of("A"), List.of(), ProposalKind.OTHER, ""),
                Proposal.of("B", Person.named("Cecilia Dahl"), ProposalKind.OTHER, "avslag"))
            .addToProposalOrder("")
            .addVote(Vote.closed("A", "B", new Tally(-1, 0, 0)))
            .addDecision(new Decision(Optional.of("d1"), "Beslut", List.of("a\u0007")))
            .addReservation(new Reservation(List.of(), Optional.of("d1"), Optional.of(" ")))
            .addProtocolNote(new ProtocolNote(List.of(), ""))
            .addAction(
                new ActionItem(
                    "", List.of(Person.named(" ")), Optional.of(LocalDate.of(10_000, 1, 1))))
            .addRecipient("")
            .build();
    Minutes minutes =
        formal()
            .addAgendaItem(item)
            .addAdjuster(new Person(Optional.empty(), Optional.empty(), Optional.empty()))
            .addAttendee(Attendee.present("Ida Jonsson", MemberRole.OTHER).withGroup(""))
            .addAttachment(new Attachment("3", "", Optional.of(" ")))
            .adjustment(new Adjustment("", LocalDate.of(2026, 11, 20)))
            .notice(
                new Notice(
                    LocalDate.of(2026, 11, 21),
                    LocalDate.of(2026, 12, 14),
                    " ",
                    Optional.of(Person.named(""))))
            .nextMeeting(
                new NextMeeting(
                    LocalDate.of(2027, 1, 1), Optional.empty(), Optional.of(Venue.room(""))))
            .build();

    Map<String, String> violations = violationsOf(minutes);

    assertEquals(
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("adjustment.place", "must not be empty"),
                Map.entry("adjusters[1]", "has no name; in minutes that list their attendees, an adjuster is named as one of them | must have a name or a role; give at least one so readers know who this is"),
                Map.entry("agenda[4].actions[0].due", "is +10000-01-01, in the year 10000; minutes can only be dated from the year 1 to 9999 (what HTML, PDF and JSON dates can hold), so correct the year"),
                Map.entry("agenda[4].actions[0].owners[0].name", "must not be blank"),
                Map.entry("agenda[4].actions[0].task", "must not be empty"),
                Map.entry("agenda[4].caseReference", "must not be blank"),
                Map.entry("agenda[4].conflictsOfInterest[0].reason", "must not be blank"),
                Map.entry("agenda[4].decisions[0].clauses[0]", "contains the control character U+0007 at index 1; remove it or replace it with visible text"),
                Map.entry("agenda[4].proposalOrder[0]", "must not be empty | names the proposal '', which the item does not have; use one of 'A', 'B', or add the proposal"),
                Map.entry("agenda[4].proposals[0].movers", "must have at least one mover; name who made the proposal"),
                Map.entry("agenda[4].proposals[0].text", "must not be empty"),
                Map.entry("agenda[4].protocolNotes[0].authors", "must have at least one author; name who asked for the note"),
                Map.entry("agenda[4].protocolNotes[0].text", "must not be empty"),
                Map.entry("agenda[4].recipients[0]", "must not be empty"),
                Map.entry("agenda[4].reservations[0].members", "must have at least one member; name who reserved themselves"),
                Map.entry("agenda[4].reservations[0].text", "must not be blank"),
                Map.entry("agenda[4].votes[0].tally.yes", "must be zero or more"),
                Map.entry("attachments[2].reference", "must not be blank"),
                Map.entry("attachments[2].title", "must not be empty"),
                Map.entry("attendees[8].group", "must not be empty"),
                Map.entry("nextMeeting.venue.name", "must not be empty"),
                Map.entry("notice.certifiedBy.name", "must not be empty"),
                Map.entry("notice.storedAt", "must not be blank"))),
        violations);
  }

  @Test
  void paragraphsAreNumberedFromOne() {
    assertEquals(
        Map.of(
            "firstParagraph", "must be 1 or more: paragraphs are numbered from § 1",
            "agenda[0].votes[0].tally.no", "must be at most 1000000"),
        violationsOf(
            MinutesValidatorTest.valid()
                .firstParagraph(0)
                .agenda(
                    List.of(
                        AgendaItem.withHeading("Omröstning")
                            .addVote(
                                new Vote(
                                    Optional.empty(),
                                    Optional.empty(),
                                    VoteMethod.CLOSED,
                                    List.of(),
                                    new Tally(0, 1_000_001, 0)))
                            .build()))
                .build()));
  }
}
