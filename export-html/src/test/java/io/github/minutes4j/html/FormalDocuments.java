package io.github.minutes4j.html;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Block;
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
import java.util.List;
import java.util.Optional;

/**
 * Formal minutes built with the builders: a Swedish committee protokoll and English minutes of an
 * association's annual meeting, which together use every part of formal minutes.
 */
final class FormalDocuments {

  static final LocalDate MEETING = LocalDate.of(2026, 11, 17);

  private FormalDocuments() {}

  /** A Swedish committee protokoll, numbered from § 41. */
  static Minutes protokoll() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Kommunstyrelsen"),
            DocumentKind.MINUTES,
            "Kommunstyrelsens sammanträde",
            MEETING)
        .firstParagraph(41)
        .addSession(
            Session.on(MEETING, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .venue(Venue.room("Sammanträdesrum Ugglan"))
                .addAdjournment(LocalTime.of(10, 15), LocalTime.of(10, 30))
                .build())
        .chair(Person.named("Anna Ek"))
        .addAdjuster(Person.named("Bo Berg"))
        .addNoteTaker(Person.named("Eva Lund").withRole("nämndsekreterare"))
        .addAttendees(
            Attendee.present("Anna Ek", MemberRole.CHAIR).withGroup("S"),
            Attendee.present("Bo Berg", MemberRole.MEMBER).withGroup("M"),
            Attendee.present("Cecilia Dahl", MemberRole.VICE_CHAIR)
                .withGroup("C")
                .withArrival(Moment.at(LocalTime.of(9, 20))),
            Attendee.servingFor("Disa Falk", "Gustav Holm")
                .withGroup("V")
                .withDeparture(Moment.atParagraph("§ 44")),
            Attendee.present("Ivar Jonsson", MemberRole.SUBSTITUTE).withGroup("L"),
            Attendee.present("Karin Lind", MemberRole.OFFICIAL),
            Attendee.absent("Gustav Holm", MemberRole.MEMBER).withGroup("V"))
        .addAttachments(
            new Attachment("1", "Förslag till budget 2027", Optional.of("KS 2026/114-3")),
            Attachment.of("2", "Taxor och avgifter"))
        .adjustment(new Adjustment("Kommunkontoret", LocalDate.of(2026, 11, 20)))
        .notice(
            new Notice(
                LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 12, 14),
                "Kommunkontoret, kansliet",
                Optional.of(Person.named("Eva Lund"))))
        .nextMeeting(
            new NextMeeting(
                LocalDate.of(2026, 12, 15),
                Optional.of(LocalTime.of(9, 0)),
                Optional.of(Venue.room("Sammanträdesrum Ugglan"))))
        .addAgendaItems(
            AgendaItem.withHeading("Val av justerare")
                .addDecision(Decision.of("Kommunstyrelsen beslutar att utse Bo Berg att justera."))
                .build(),
            AgendaItem.withHeading("Budget 2027")
                .caseReference("KS 2026/114")
                .addBlock(Block.paragraph("Ekonomichefen föredrar förslaget."))
                .addProposals(
                    Proposal.of(
                        "A",
                        Person.named("Anna Ek"),
                        ProposalKind.APPROVAL,
                        "Bifall till arbetsutskottets förslag."),
                    Proposal.of(
                        "B",
                        Person.named("Bo Berg"),
                        ProposalKind.REFERRAL_BACK,
                        "Ärendet återremitteras för en ny skattesats."))
                .addToProposalOrder("B", "A")
                .addVote(
                    Vote.open(
                        "A",
                        "B",
                        List.of(
                            Ballot.of("Anna Ek", VoteChoice.YES),
                            Ballot.of("Cecilia Dahl", VoteChoice.YES),
                            Ballot.of("Disa Falk", VoteChoice.ABSTAIN),
                            Ballot.of("Bo Berg", VoteChoice.NO))))
                .addDecision(
                    new Decision(
                        Optional.of("d1"),
                        "Kommunstyrelsen beslutar att",
                        List.of(
                            "fastställa budgeten för 2027 enligt bilaga 1,",
                            "skattesatsen är oförändrad.")))
                .addReservation(
                    new Reservation(
                        List.of(Person.named("Bo Berg")),
                        Optional.of("d1"),
                        Optional.of("Budgeten tar inte höjd för kostnaderna i äldreomsorgen.")))
                .addAttachments("1", "2")
                .addRecipients("Ekonomiavdelningen", "Revisorerna")
                .build(),
            AgendaItem.withHeading("Markanvisning i Norra hamnen")
                .caseReference("KS 2026/201")
                .addConflictOfInterest(
                    new ConflictOfInterest(
                        Person.named("Cecilia Dahl"), Optional.of("styrelseledamot i bolaget")))
                .addDecision(Decision.of("Kommunstyrelsen beslutar att godkänna markanvisningen."))
                .addProtocolNote(
                    new ProtocolNote(
                        List.of(Person.named("Bo Berg")),
                        "Vi vill se en ny trafikutredning innan bygglov ges."))
                .adjustedImmediately(true)
                .build(),
            AgendaItem.withHeading("Val av ombud")
                .addVote(
                    new Vote(
                        Optional.empty(),
                        Optional.empty(),
                        VoteMethod.CLOSED,
                        List.of(),
                        new Tally(2, 1, 1)))
                .addDecision(Decision.of("Kommunstyrelsen väljer Ivar Jonsson till ombud."))
                .build(),
            AgendaItem.withHeading("Informationsärenden")
                .addAction(
                    new ActionItem(
                        "Ta fram en tidplan för Norra hamnen",
                        List.of(Person.named("Karin Lind")),
                        Optional.of(LocalDate.of(2026, 12, 1))))
                .build())
        .build();
  }

  /** English minutes of an association's annual general meeting, with motions and actions. */
  static Minutes annualMeeting() {
    LocalDate day = LocalDate.of(2026, 4, 18);
    return Minutes.builder(
            Language.ENGLISH,
            Organiser.of("Riverside Allotment Society"),
            DocumentKind.MINUTES,
            "Annual General Meeting",
            day)
        .addSession(Session.on(day).venue(Venue.room("Village Hall")).build())
        .chair(Person.named("Margaret Hughes"))
        .addAdjusters(Person.named("Tom Bradley"), Person.named("Priya Shah"))
        .addNoteTaker(Person.named("David Owen"))
        .addAttendees(
            Attendee.present("Margaret Hughes", MemberRole.CHAIR),
            Attendee.present("Tom Bradley", MemberRole.MEMBER),
            Attendee.present("Priya Shah", MemberRole.MEMBER)
                .withDeparture(Moment.atParagraph("3")),
            Attendee.absent("Alan Green", MemberRole.MEMBER))
        .addAgendaItems(
            AgendaItem.withHeading("Annual accounts")
                .number("1")
                .addDecision(Decision.of("The meeting resolved to adopt the accounts for 2025."))
                .build(),
            AgendaItem.withHeading("Motion on plot rents")
                .number("2")
                .addProposals(
                    Proposal.of(
                        "1",
                        Person.named("Tom Bradley"),
                        ProposalKind.AMENDMENT,
                        "That rents rise by 3 per cent, not 5."),
                    Proposal.of(
                        "2",
                        Person.named("Priya Shah"),
                        ProposalKind.APPROVAL,
                        "That the committee's proposal of 5 per cent be approved."))
                .addToProposalOrder("1", "2")
                .addVote(Vote.closed("2", "1", new Tally(2, 1, 0)))
                .addDecision(
                    new Decision(
                        Optional.of("rents"),
                        "The meeting resolved",
                        List.of("that plot rents rise by 5 per cent from 1 October 2026;")))
                .addReservation(
                    new Reservation(
                        List.of(Person.named("Tom Bradley")), Optional.of("rents"), Optional.empty()))
                .build(),
            AgendaItem.withHeading("Any other business")
                .number("3")
                .addAction(
                    new ActionItem(
                        "Repair the water trough by plot 12",
                        List.of(Person.named("Tom Bradley"), Person.named("David Owen")),
                        Optional.of(LocalDate.of(2026, 5, 31))))
                .addAction(
                    new ActionItem(
                        "Write to the council about the gate",
                        List.of(Person.named("Margaret Hughes")),
                        Optional.empty()))
                .build())
        .build();
  }
}
