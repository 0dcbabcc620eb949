package io.github.minutes4j.pdf;

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
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteChoice;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Swedish committee's protokoll for the tests, built with the model's builders, that uses every
 * part of formal minutes: numbered paragraphs from § 41, attendance with a serving substitute who
 * leaves at a paragraph, proposals and their order, an open vote with its roll call, decisions
 * with clauses, a reservation, a protocol note, a conflict of interest, action items,
 * attachments, an immediately adjusted paragraph, the adjustment, the notice and the next meeting.
 */
final class FormalMinutes {

  /** The number of the first paragraph. */
  static final int FIRST = 41;

  static final String CHAIR = "Maria Lind";
  static final String SECRETARY = "Karin Holm";
  static final List<String> ADJUSTERS = List.of("Johan Berg", "Sara Nyström");

  /** The members who vote in the roll call, in its order. */
  static final List<String> VOTERS =
      List.of(
          CHAIR, "Per Ek", ADJUSTERS.get(0), ADJUSTERS.get(1), "Lena Ahl", "Omar Said",
          "Eva Strand", "Nils Åberg", "Ida Kvist", "Ali Haddad", "Britt Öhman");

  private FormalMinutes() {}

  /** The protokoll of about eight paragraphs. */
  static Minutes protokoll() {
    return builder(0).build();
  }

  /**
   * The protokoll with {@code extra} more paragraphs of decisions with many clauses before its
   * budget paragraph (the one with the vote), so that decisions, the vote and the signatures meet
   * page breaks at places that move with {@code extra}.
   */
  static Minutes longProtokoll(int extra) {
    return builder(extra).build();
  }

  /** The headings of the agenda items, in order. */
  static List<String> headings(Minutes minutes) {
    return minutes.agenda().stream().map(AgendaItem::heading).toList();
  }

  private static Minutes.Builder builder(int extra) {
    Person chair = Person.named(CHAIR);
    List<AgendaItem> items = new ArrayList<>();
    items.add(
        AgendaItem.withHeading("Mötets öppnande")
            .addBlock(Block.paragraph("Ordföranden förklarar mötet öppnat."))
            .build());
    items.add(
        AgendaItem.withHeading("Val av justerare")
            .addDecision(
                Decision.of(
                    "Kommunstyrelsen beslutar att",
                    "utse " + ADJUSTERS.get(0) + " och " + ADJUSTERS.get(1)
                        + " att jämte ordföranden justera protokollet."))
            .build());
    for (int i = 0; i < extra; i++) {
      items.add(longItem(i));
    }
    items.add(
        AgendaItem.withHeading("Budget 2027 för kommunstyrelsen")
            .caseReference("KS 2026/114")
            .addBlock(
                Block.paragraph(
                    "Ekonomiavdelningen har tagit fram ett förslag till budget för 2027 med"
                        + " plan för 2028–2029. Förslaget redovisas i bilaga 1."))
            .addProposals(
                Proposal.of("A", chair, ProposalKind.APPROVAL, "Bifall till förslaget."),
                Proposal.of(
                    "B",
                    Person.named("Lena Ahl"),
                    ProposalKind.AMENDMENT,
                    "Ramen för kultur och fritid höjs med 2 miljoner kronor."))
            .addToProposalOrder("A", "B")
            .addVote(Vote.open("A", "B", ballots()))
            .addDecision(
                new Decision(
                    Optional.of("d1"),
                    "Kommunstyrelsen beslutar att",
                    List.of(
                        "fastställa budget 2027 för kommunstyrelsen enligt bilaga 1,",
                        "uppdra åt kommundirektören att återkomma med en plan för"
                            + " lokalförsörjningen senast den 31 mars 2027.")))
            .addReservation(
                new Reservation(
                    List.of(Person.named("Lena Ahl"), Person.named("Omar Said")),
                    Optional.of("d1"),
                    Optional.of("Vi reserverar oss till förmån för eget yrkande: kulturen behöver"
                        + " mer resurser.")))
            .addProtocolNote(
                new ProtocolNote(
                    List.of(Person.named("Eva Strand")),
                    "Eva Strand antecknar att investeringsplanen bör ses över under våren."))
            .addAttachments("1")
            .addRecipients("Ekonomiavdelningen", "Kommundirektören")
            .build());
    items.add(
        AgendaItem.withHeading("Markanvisning i Norra hamnen")
            .caseReference("KS 2026/201")
            .addConflictOfInterest(
                new ConflictOfInterest(
                    Person.named("Per Ek"), Optional.of("styrelseledamot i ett av bolagen")))
            .addDecision(
                Decision.of(
                    "Kommunstyrelsen beslutar att",
                    "anvisa mark i Norra hamnen till Hamnbostäder AB enligt bilaga 2,",
                    "förklara paragrafen omedelbart justerad."))
            .addAttachments("2")
            .adjustedImmediately(true)
            .build());
    items.add(
        AgendaItem.withHeading("Uppföljning av handlingsplanen")
            .addAction(
                new ActionItem(
                    "Sammanställa synpunkterna från remissen",
                    List.of(Person.named(SECRETARY)),
                    Optional.of(LocalDate.of(2026, 12, 1))))
            .addDecision(Decision.of("Informationen läggs till handlingarna."))
            .build());
    items.add(
        AgendaItem.withHeading("Mötets avslutande")
            .addBlock(Block.paragraph("Ordföranden tackar för visat intresse och avslutar mötet."))
            .build());

    List<Attendee> attendees = new ArrayList<>();
    attendees.add(Attendee.present(CHAIR, MemberRole.CHAIR).withGroup("S"));
    attendees.add(Attendee.present("Per Ek", MemberRole.VICE_CHAIR).withGroup("M"));
    for (String name : VOTERS.subList(2, VOTERS.size() - 1)) {
      attendees.add(Attendee.present(name, MemberRole.MEMBER).withGroup("S"));
    }
    attendees.add(
        Attendee.servingFor(VOTERS.get(VOTERS.size() - 1), "Gustav Ros")
            .withGroup("M")
            .withDeparture(Moment.atParagraph("§ " + (FIRST + items.size() - 2))));
    attendees.add(Attendee.absent("Gustav Ros", MemberRole.MEMBER).withGroup("M"));
    attendees.add(Attendee.present(SECRETARY, MemberRole.OFFICIAL));

    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Kommunstyrelsen"),
            DocumentKind.MINUTES,
            "Sammanträdesprotokoll",
            LocalDate.of(2026, 11, 18))
        .addSession(
            Session.on(LocalDate.of(2026, 11, 18), LocalTime.of(9, 0), LocalTime.of(11, 45))
                .venue(Venue.room("Sessionssalen, Stadshuset"))
                .addAdjournment(LocalTime.of(10, 15), LocalTime.of(10, 30))
                .build())
        .addAgendaItems(items)
        .addNoteTaker(Person.named(SECRETARY))
        .firstParagraph(FIRST)
        .chair(chair)
        .addAdjusters(Person.named(ADJUSTERS.get(0)), Person.named(ADJUSTERS.get(1)))
        .addAttendees(attendees)
        .addAttachments(
            new Attachment("1", "Budget 2027 med plan 2028–2029", Optional.of("KS 2026/114-3")),
            Attachment.of("2", "Karta över Norra hamnen"))
        .adjustment(new Adjustment("Kommunkontoret", LocalDate.of(2026, 11, 20)))
        .notice(
            new Notice(
                LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 12, 14),
                "Kommunkontoret, Storgatan 1",
                Optional.of(Person.named(SECRETARY))))
        .nextMeeting(
            new NextMeeting(
                LocalDate.of(2026, 12, 9),
                Optional.of(LocalTime.of(9, 0)),
                Optional.of(Venue.room("Sessionssalen, Stadshuset"))));
  }

  /** The roll call of the budget paragraph's vote: 7 yes, 3 no, 1 abstaining. */
  static List<Ballot> ballots() {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < VOTERS.size(); i++) {
      VoteChoice choice =
          i == 4 || i == 5 || i == 9 ? VoteChoice.NO : i == 10 ? VoteChoice.ABSTAIN : VoteChoice.YES;
      ballots.add(Ballot.of(VOTERS.get(i), choice));
    }
    return ballots;
  }

  /** A paragraph with a decision of many clauses, a case reference and some text before it. */
  private static AgendaItem longItem(int index) {
    List<String> clauses = new ArrayList<>();
    for (int c = 1; c <= 4 + index % 5; c++) {
      clauses.add(
          "ge förvaltningen i uppdrag att genomföra åtgärd " + c + " i ärende " + (index + 1)
              + " inom ramen för befintlig budget och redovisa resultatet till nämnden,");
    }
    return AgendaItem.withHeading("Ärende " + (index + 1) + " om verksamhetsplanen")
        .caseReference("KS 2026/" + (300 + index))
        .addBlock(
            Block.paragraph(
                ("Förvaltningen redogör för ärendet och dess bakgrund. ").repeat(6 + index % 4)))
        .addDecision(Decision.of("Kommunstyrelsen beslutar att", clauses.toArray(String[]::new)))
        .build();
  }
}
