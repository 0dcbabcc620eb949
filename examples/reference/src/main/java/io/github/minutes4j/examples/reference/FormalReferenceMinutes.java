package io.github.minutes4j.examples.reference;

import static io.github.minutes4j.core.Block.paragraph;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
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
import io.github.minutes4j.examples.reference.ReferenceMinutes.ReferenceDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The two formal reference documents, written with the builder API: together they use every part
 * of formal minutes that the model has. The bodies, people and cases are invented; the shape
 * follows what a Swedish municipal protokoll (Kommunallagen 2017:725) and the minutes of an
 * English association's annual general meeting contain.
 *
 * <ul>
 *   <li>{@link #committeeProtokoll()}: "Kommunstyrelsens arbetsutskott" of the fictional Älvåsa
 *       kommun, § 112–119: attendance by role and party with a serving substitute who leaves at §
 *       117, an unrecorded end time and a venue that is only a room, an adjournment, proposals and
 *       the order they were put, an open vote with roll call, reservations (one in writing), a
 *       conflict of interest, a protocol note, decisions with numbered clauses, two attachments, an
 *       immediately adjusted paragraph, case references, recipients, adjustment, notice and the
 *       next meeting;
 *   <li>{@link #annualGeneralMeeting()}: the fictional Millbrook Allotment Society's AGM of 2026,
 *       numbered items, motions with an amendment, a vote by secret ballot with totals, decisions,
 *       action items with owners and due dates, and the next meeting.
 * </ul>
 *
 * <p>The same documents are JSON files next to the class, named {@code NAME.json} after {@link
 * ReferenceDocument#name()}, such as {@code minutes-2026-11-17.json}.
 *
 * @since 0.3.0
 */
public final class FormalReferenceMinutes {

  /** The file name stem of {@link #committeeProtokoll()}, as in {@code minutes-2026-11-17.json}. */
  public static final String PROTOKOLL_2026 = "minutes-2026-11-17";

  /** The file name stem of {@link #annualGeneralMeeting()}, as in {@code minutes-2026-03-21.json}. */
  public static final String AGM_2026 = "minutes-2026-03-21";

  private static final String BODY = "Kommunstyrelsens arbetsutskott";
  private static final String ROOM = "Sammanträdesrummet Tallen, kommunhuset";

  private static final Person SUNDQVIST = Person.named("Karin Sundqvist");
  private static final Person HOLMBERG = Person.named("Mats Holmberg");
  private static final Person LINDGREN = Person.named("Eva Lindgren");
  private static final Person BERGLUND = Person.named("Tomas Berglund");
  private static final Person HADDAD = Person.named("Leila Haddad");
  private static final Person STRAND = Person.named("Per-Olof Strand");
  private static final Person VIK = Person.named("Anneli Vik");
  private static final Person NYSTROM = Person.named("Sofia Nyström");
  private static final Person LUND = Person.named("Oskar Lund");
  private static final Person SECRETARY =
      Person.named("Johan Åkesson").withRole("nämndsekreterare");

  private static final Person OSEI = Person.named("Margaret Osei");
  private static final Person WALSH = Person.named("Tom Walsh");
  private static final Person RAMAN = Person.named("Priya Raman");
  private static final Person PRICE = Person.named("Daniel Price");
  private static final Person MENDES = Person.named("Rosa Mendes");
  private static final Person KHAN = Person.named("Ahmed Khan");

  private FormalReferenceMinutes() {}

  /**
   * Both formal reference documents: the Swedish protokoll, then the English AGM minutes.
   *
   * @return the documents with their file name stems; never null
   */
  public static List<ReferenceDocument> all() {
    return List.of(
        new ReferenceDocument(PROTOKOLL_2026, committeeProtokoll()),
        new ReferenceDocument(AGM_2026, annualGeneralMeeting()));
  }

  /**
   * The protokoll of Kommunstyrelsens arbetsutskott in Älvåsa kommun, 17 November 2026, § 112–119,
   * adjusted on 24 November 2026.
   *
   * @return the minutes; valid
   */
  public static Minutes committeeProtokoll() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of(BODY + ", Älvåsa kommun"),
            DocumentKind.MINUTES,
            "Sammanträde med kommunstyrelsens arbetsutskott",
            LocalDate.of(2026, 11, 17))
        .addSession(
            // The protokoll records when the meeting opened, not when it closed.
            Session.on(LocalDate.of(2026, 11, 17))
                .start(LocalTime.of(8, 30))
                .addAdjournment(LocalTime.of(10, 5), LocalTime.of(10, 20))
                .venue(Venue.room(ROOM))
                .build())
        .firstParagraph(112)
        .addAgendaItems(
            paragraph112(),
            paragraph113(),
            paragraph114(),
            paragraph115(),
            paragraph116(),
            paragraph117(),
            paragraph118(),
            paragraph119())
        .addNoteTaker(SECRETARY)
        .chair(SUNDQVIST)
        .addAdjuster(HOLMBERG)
        .addAttendees(
            Attendee.present(SUNDQVIST, MemberRole.CHAIR).withGroup("C"),
            Attendee.present(HOLMBERG, MemberRole.VICE_CHAIR).withGroup("S"),
            Attendee.present(LINDGREN, MemberRole.MEMBER).withGroup("M"),
            Attendee.present(BERGLUND, MemberRole.MEMBER).withGroup("S").withPresent(false),
            Attendee.present(HADDAD, MemberRole.MEMBER).withGroup("L"),
            Attendee.present(STRAND, MemberRole.MEMBER).withGroup("SD"),
            Attendee.present(VIK, MemberRole.MEMBER).withGroup("V"),
            new Attendee(
                NYSTROM,
                MemberRole.SERVING_SUBSTITUTE,
                Optional.of("S"),
                Optional.of("Tomas Berglund"),
                true,
                Optional.empty(),
                Optional.of(Moment.atParagraph("§ 117"))),
            Attendee.present(LUND, MemberRole.SUBSTITUTE).withGroup("KD"),
            Attendee.present(
                Person.named("Helena Dahl").withRole("kommundirektör"), MemberRole.OFFICIAL),
            Attendee.present(
                    Person.named("Maria Forsberg").withRole("ekonomichef"), MemberRole.OFFICIAL)
                .withArrival(new Moment(Optional.of("§ 113"), Optional.of(LocalTime.of(8, 45))))
                .withDeparture(Moment.atParagraph("§ 114")),
            Attendee.present(SECRETARY, MemberRole.OFFICIAL))
        .addAttachments(
            new Attachment("1", "Taxa för vatten och avlopp 2027", Optional.of("KS 2026/311-4")),
            new Attachment(
                "2",
                "Yttrande över förslag till regional transportplan 2026–2037",
                Optional.of("KS 2026/355-3")))
        .adjustment(new Adjustment("Kommunkontoret, Storgatan 12", LocalDate.of(2026, 11, 24)))
        .notice(
            new Notice(
                LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 12, 17),
                "Kommunkontoret, Storgatan 12, Älvåsa",
                Optional.of(SECRETARY)))
        .nextMeeting(
            new NextMeeting(
                LocalDate.of(2026, 12, 8),
                Optional.of(LocalTime.of(8, 30)),
                Optional.of(Venue.room(ROOM))))
        .build();
  }

  private static AgendaItem paragraph112() {
    return AgendaItem.withHeading("Val av justerare och fastställande av dagordning")
        .addDecision(
            Decision.of(
                "Arbetsutskottet beslutar att",
                "utse Mats Holmberg (S) att jämte ordföranden justera protokollet tisdagen den 24"
                    + " november 2026 på kommunkontoret,",
                "fastställa dagordningen med den ändringen att ärendet om sammanträdesplan för"
                    + " 2027 behandlas före informationsärendena."))
        .build();
  }

  private static AgendaItem paragraph113() {
    return AgendaItem.withHeading("Taxa för vatten och avlopp 2027")
        .caseReference("KS 2026/311")
        .addPresenter(Person.named("Maria Forsberg").withRole("ekonomichef"))
        .addBlocks(
            paragraph(
                "Älvåsa Vatten AB föreslår att brukningsavgiften höjs med 9 procent från den 1"
                    + " januari 2027 för att finansiera det nya reningsverket i Norrsund. En"
                    + " normalvilla med 150 kubikmeter vatten om året får en ökad kostnad på cirka"
                    + " 62 kronor i månaden. Förslaget till taxa finns i bilaga 1."),
            paragraph(
                "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet"
                    + " beslutar enligt yrkande A. Votering begärs och verkställs."),
            paragraph(
                "Sammanträdet ajourneras kl. 10.05–10.20 för gruppöverläggningar innan"
                    + " voteringen."))
        .addProposals(
            Proposal.of(
                "A",
                SUNDQVIST,
                ProposalKind.APPROVAL,
                "Bifall till förvaltningens förslag till taxa för vatten och avlopp 2027."),
            new Proposal(
                Optional.of("B"),
                List.of(HOLMBERG, VIK),
                ProposalKind.REJECTION,
                "Avslag på förslaget; taxan för 2026 ska gälla även 2027 och investeringen"
                    + " finansieras delvis med lån."))
        .addToProposalOrder("A", "B")
        .addVote(
            Vote.open(
                "A",
                "B",
                List.of(
                    Ballot.of("Karin Sundqvist", VoteChoice.YES),
                    Ballot.of("Mats Holmberg", VoteChoice.NO),
                    Ballot.of("Eva Lindgren", VoteChoice.YES),
                    Ballot.of("Sofia Nyström", VoteChoice.NO),
                    Ballot.of("Leila Haddad", VoteChoice.YES),
                    Ballot.of("Per-Olof Strand", VoteChoice.YES),
                    Ballot.of("Anneli Vik", VoteChoice.NO))))
        .addDecision(
            new Decision(
                Optional.of("1"),
                "Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta"
                    + " att",
                List.of(
                    "fastställa taxa för vatten och avlopp 2027 enligt bilaga 1,",
                    "taxan ska gälla från och med den 1 januari 2027,",
                    "uppdra åt Älvåsa Vatten AB att redovisa investeringen i Norrsunds"
                        + " reningsverk till kommunstyrelsen senast i juni 2027.")))
        .addReservations(
            new Reservation(List.of(HOLMBERG, NYSTROM), Optional.of("1"), Optional.empty()),
            new Reservation(
                List.of(VIK),
                Optional.of("1"),
                Optional.of(
                    "Vänsterpartiet reserverar sig mot beslutet. En höjning med 9 procent på ett"
                        + " år slår hårdast mot hushåll med små marginaler. Reningsverket är en"
                        + " investering för femtio år och bör finansieras över lång tid, inte"
                        + " genom en taxechock för dagens abonnenter.")))
        .addAttachment("1")
        .addRecipients("Kommunstyrelsen", "Älvåsa Vatten AB", "Ekonomiavdelningen")
        .build();
  }

  private static AgendaItem paragraph114() {
    return AgendaItem.withHeading("Delårsrapport per den 31 augusti 2026")
        .caseReference("KS 2026/280")
        .addBlock(
            paragraph(
                "Delårsrapporten visar ett prognostiserat överskott på 14,2 miljoner kronor för"
                    + " helåret. Socialnämnden och barn- och utbildningsnämnden prognostiserar"
                    + " underskott på sammanlagt 11,8 miljoner kronor."))
        .addDecision(
            Decision.of(
                "Arbetsutskottet föreslår kommunstyrelsen besluta att",
                "godkänna delårsrapporten per den 31 augusti 2026,",
                "överlämna delårsrapporten till kommunfullmäktige."))
        .addProtocolNote(
            new ProtocolNote(
                List.of(HADDAD),
                "Liberalerna noterar att underskotten i socialnämnden och barn- och"
                    + " utbildningsnämnden är strukturella och förväntar sig åtgärdsplaner till"
                    + " budgetdialogen i februari."))
        .addRecipients("Kommunstyrelsen", "Ekonomiavdelningen")
        .build();
  }

  private static AgendaItem paragraph115() {
    return AgendaItem.withHeading("Svar på motion om solceller på kommunens fastigheter")
        .caseReference("KS 2025/402")
        .addBlock(
            paragraph(
                "Per-Olof Strand (SD) har i en motion föreslagit att solceller ska installeras på"
                    + " alla kommunens skolor och förskolor senast 2030. Förvaltningen föreslår"
                    + " att motionen anses besvarad, eftersom Älvåsa Fastigheter AB redan har"
                    + " en plan för solceller på tolv fastigheter till 2028. Ordföranden ställer"
                    + " först proposition på om ärendet ska avgöras i dag eller återremitteras"
                    + " och finner att det ska avgöras i dag. Därefter ställer ordföranden"
                    + " proposition på yrkande A och finner det bifallet."))
        .addProposals(
            Proposal.of(
                "A",
                SUNDQVIST,
                ProposalKind.APPROVAL,
                "Bifall till förvaltningens förslag att motionen anses besvarad."),
            Proposal.of(
                "B",
                STRAND,
                ProposalKind.REFERRAL_BACK,
                "Återremiss för att utreda kostnaden för batterilager vid skolorna."))
        .addToProposalOrder("B", "A")
        .addDecision(
            Decision.of(
                "Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta"
                    + " att",
                "motionen anses besvarad."))
        .addRecipient("Kommunstyrelsen")
        .build();
  }

  private static AgendaItem paragraph116() {
    return AgendaItem.withHeading("Markanvisning för bostäder i kvarteret Lärkan")
        .caseReference("KS 2026/198")
        .addConflictOfInterest(
            new ConflictOfInterest(
                LINDGREN,
                Optional.of("närstående är verkställande direktör i Nordkvist Bygg AB")))
        .addBlock(
            paragraph(
                "Nordkvist Bygg AB har ansökt om markanvisning för cirka 40 hyresrätter i"
                    + " kvarteret Lärkan. Samhällsbyggnadsförvaltningen bedömer att projektet"
                    + " stämmer med detaljplanen och kommunens bostadsförsörjningsprogram."))
        .addDecision(
            Decision.of(
                "Arbetsutskottet beslutar att",
                "ge Nordkvist Bygg AB en markanvisning om två år för kvarteret Lärkan,",
                "uppdra åt samhällsbyggnadsförvaltningen att ta fram ett"
                    + " markanvisningsavtal."))
        .addRecipients("Samhällsbyggnadsförvaltningen", "Nordkvist Bygg AB")
        .build();
  }

  private static AgendaItem paragraph117() {
    return AgendaItem.withHeading(
            "Yttrande över förslag till regional transportplan 2026–2037")
        .caseReference("KS 2026/355")
        .addBlock(
            paragraph(
                "Region Västmark har skickat förslaget på remiss med svar senast den 20 november"
                    + " 2026. Förvaltningens förslag till yttrande finns i bilaga 2. Paragrafen"
                    + " justeras omedelbart, så att yttrandet hinner skickas i tid."))
        .addDecision(
            Decision.of(
                "Arbetsutskottet beslutar att",
                "anta förvaltningens förslag till yttrande enligt bilaga 2 som sitt eget,",
                "skicka yttrandet till Region Västmark."))
        .addAttachment("2")
        .addRecipient("Region Västmark")
        .adjustedImmediately(true)
        .build();
  }

  private static AgendaItem paragraph118() {
    return AgendaItem.withHeading("Sammanträdesplan för 2027")
        .caseReference("KS 2026/340")
        .addDecision(
            Decision.of(
                "Arbetsutskottet föreslår kommunstyrelsen besluta att",
                "fastställa sammanträdesplanen för 2027 enligt förvaltningens förslag."))
        .addRecipient("Kommunstyrelsen")
        .build();
  }

  private static AgendaItem paragraph119() {
    return AgendaItem.withHeading("Informationsärenden")
        .addPresenter(Person.named("Helena Dahl").withRole("kommundirektör"))
        .addBlock(
            paragraph(
                "Kommundirektören informerar om rekryteringen av en ny socialchef och om läget i"
                    + " arbetet med den nya översiktsplanen."))
        .addDecision(Decision.of("Informationen läggs till handlingarna."))
        .build();
  }

  /**
   * The minutes of the Millbrook Allotment Society's annual general meeting on 21 March 2026: seven
   * numbered items, two motions (the first with an amendment, put to a vote by secret ballot), the
   * election of officers, action items and the date of the next AGM.
   *
   * @return the minutes; valid
   */
  public static Minutes annualGeneralMeeting() {
    Venue hall = Venue.of("Millbrook Community Hall", "14 Station Road", "Millbrook");
    return Minutes.builder(
            Language.ENGLISH,
            Organiser.of("Millbrook Allotment Society"),
            DocumentKind.MINUTES,
            "Annual General Meeting 2026",
            LocalDate.of(2026, 4, 2))
        .addSession(
            Session.on(LocalDate.of(2026, 3, 21), LocalTime.of(10, 0), LocalTime.of(12, 15))
                .venue(hall)
                .attendance(Attendance.onSite(HeadCount.exactly(38)))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Welcome and apologies")
                .number("1")
                .addBlock(
                    paragraph(
                        "The Chair welcomed 38 members and declared the meeting quorate."
                            + " Apologies were received from Helen Carter and four other"
                            + " members."))
                .build(),
            AgendaItem.withHeading("Minutes of the 2025 annual general meeting")
                .number("2")
                .addDecision(
                    Decision.of(
                        "The minutes of the meeting held on 22 March 2025 were approved as a"
                            + " true record and signed by the Chair."))
                .build(),
            AgendaItem.withHeading("Treasurer's report and accounts for 2025")
                .number("3")
                .addPresenter(RAMAN.withRole("Treasurer"))
                .addBlock(
                    paragraph(
                        "The Treasurer reported income of £6,140 and expenditure of £5,385 for"
                            + " 2025, leaving a reserve fund of £3,910. Water charges rose by 18"
                            + " per cent during the year."))
                .addDecision(
                    Decision.of(
                        "The meeting resolved", "to adopt the examined accounts for 2025."))
                .addAction(
                    new ActionItem(
                        "Send the examined accounts to every member by email and post them on"
                            + " the noticeboard in the shed.",
                        List.of(RAMAN),
                        Optional.of(LocalDate.of(2026, 4, 30))))
                .build(),
            AgendaItem.withHeading("Motion 1: plot rents from 2027")
                .number("4")
                .addBlock(
                    paragraph(
                        "The committee's motion was moved by Tom Walsh and seconded by Daniel"
                            + " Price. Rosa Mendes moved an amendment, seconded by Ahmed Khan."
                            + " The amendment was put first; a secret ballot was requested and"
                            + " the amendment was lost. The motion was then carried on a show of"
                            + " hands with a clear majority."))
                .addProposals(
                    new Proposal(
                        Optional.of("A"),
                        List.of(WALSH, PRICE),
                        ProposalKind.APPROVAL,
                        "That the annual rent for a full plot be raised from £48 to £56 from 1"
                            + " January 2027, and for a half plot from £24 to £28."),
                    new Proposal(
                        Optional.of("B"),
                        List.of(MENDES, KHAN),
                        ProposalKind.AMENDMENT,
                        "To replace “£56” with “£52” and “£28” with “£26”."))
                .addToProposalOrder("B", "A")
                .addVote(Vote.closed("B", "A", new Tally(14, 22, 2)))
                .addDecision(
                    Decision.of(
                        "The meeting resolved",
                        "that the annual rent for a full plot be £56 and for a half plot £28"
                            + " from 1 January 2027,",
                        "that members who receive a state pension or Universal Credit keep"
                            + " their 50 per cent discount."))
                .addAction(
                    new ActionItem(
                        "Write to every tenant with the new rents and the discount rules.",
                        List.of(PRICE),
                        Optional.of(LocalDate.of(2026, 6, 30))))
                .build(),
            AgendaItem.withHeading("Motion 2: rainwater collection on the communal shed")
                .number("5")
                .addProposal(
                    Proposal.of(
                        "A",
                        KHAN,
                        ProposalKind.APPROVAL,
                        "That the society fits gutters and two 1,000-litre water butts to the"
                            + " communal shed, at a cost of no more than £400 from the reserve"
                            + " fund."))
                .addDecision(
                    Decision.of(
                        "The motion was carried unanimously. The meeting resolved",
                        "to fit gutters and two 1,000-litre water butts to the communal shed,",
                        "to spend no more than £400 on them from the reserve fund."))
                .addAction(
                    new ActionItem(
                        "Obtain three quotes for the gutters and water butts.",
                        List.of(WALSH, KHAN),
                        Optional.of(LocalDate.of(2026, 5, 15))))
                .build(),
            AgendaItem.withHeading("Election of officers and committee")
                .number("6")
                .addDecision(
                    Decision.of(
                        "The following were elected unopposed for one year:",
                        "Chair: Margaret Osei,",
                        "Secretary: Daniel Price,",
                        "Treasurer: Priya Raman,",
                        "Committee members: Tom Walsh, Rosa Mendes and Ahmed Khan."))
                .build(),
            AgendaItem.withHeading("Any other business")
                .number("7")
                .addBlock(
                    paragraph(
                        "Members asked for a spring work party to clear the overgrown plots"
                            + " 31 to 34 before new tenants take them over."))
                .addAction(
                    new ActionItem(
                        "Organise a work party on Saturday 18 April and tell members by email.",
                        List.of(OSEI, MENDES),
                        Optional.of(LocalDate.of(2026, 4, 10))))
                .addAction(
                    new ActionItem(
                        "Offer plots 31 to 34 to the four longest-waiting applicants.",
                        List.of(PRICE),
                        Optional.empty()))
                .build())
        .addNoteTaker(PRICE.withRole("Secretary"))
        // The members present are counted, not listed: the attendance list stays with the
        // Secretary, as is usual for a general meeting.
        .chair(OSEI)
        .nextMeeting(
            new NextMeeting(LocalDate.of(2027, 3, 20), Optional.of(LocalTime.of(10, 0)),
                Optional.of(hall)))
        .build();
  }
}
