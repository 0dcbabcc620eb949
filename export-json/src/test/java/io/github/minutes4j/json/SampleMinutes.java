package io.github.minutes4j.json;

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
import io.github.minutes4j.core.Link;
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
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** Minutes for tests: a small fixed document, and valid minutes generated from a seed. */
final class SampleMinutes {

  /** Every feature {@link #generate} can produce; the round-trip test checks it produces all. */
  static final Set<String> FEATURES =
      Set.of(
          "language:sv",
          "language:en",
          "language:sv-SE",
          "language:se",
          "kind:meeting-notes",
          "kind:minutes",
          "organiser:no-networks",
          "sessions:several",
          "session:venue-with-street",
          "session:venue-without-street",
          "session:online-only",
          "session:hybrid",
          "session:seconds",
          "attendance:none",
          "attendance:on-site-only",
          "attendance:remote-only",
          "attendance:both",
          "attendance:approximate",
          "agenda:empty",
          "item:no-presenters",
          "person:name-only",
          "person:role-only",
          "person:all",
          "block:paragraph",
          "block:subsection",
          "block:subsection-nested",
          "block:list-ordered",
          "block:list-bulleted",
          "span:plain",
          "span:plain-blank",
          "span:strong",
          "span:emphasis",
          "span:link-address",
          "span:link-placeholder",
          "link:slides",
          "link:video",
          "link:document",
          "link:other",
          "link:placeholder",
          "link:address",
          "noteTakers:empty",
          "participants:absent",
          "participants:empty",
          "participants:unheaded",
          "participant:network",
          "participant:guest",
          "participant:coordinator",
          "participant:organisation",
          "participant:no-organisation",
          "participant:link",
          "text:escapes",
          "text:astral");

  private static final String[] WORDS = {
    "Uppdrag", "och", "uppföljning", "med", "tillit", "som", "utgångspunkt", "Hälsa", "Ålund",
    "Örebro", "jämlik", "vård", "\"citat\"", "back\\slash", "</script>", "a/b", "😀", "∑",
    "Camilla", "Odenberger", "Nuläge", "Börläge", "€", "tab-free", "naïve", "Straße"
  };

  private SampleMinutes() {}

  /** A small document with one of most things; its JSON is spelled out in the tests. */
  static Minutes small() {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            "Ett möte",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .online(true)
                .build())
        .addAgendaItem(
            AgendaItem.withHeading("Introduktion")
                .addBlock(Block.paragraph(Inline.strong("Anna")))
                .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
                .build())
        .participants(
            ParticipantList.headed(
                "Deltagare", List.of(Participant.of("Anna", Affiliation.member("NUH"), "Halland"))))
        .build();
  }

  /** A document with every kind of block, span, link, affiliation and optional part. */
  static Minutes full() {
    return Minutes.builder(
            Language.SWEDISH,
            ReferenceMinutes.organiser(),
            DocumentKind.MINUTES,
            "Uppdrag som leder till jämlik vård och jämlik hälsa",
            LocalDate.of(2021, 12, 28))
        .addSessions(
            Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(13, 0), LocalTime.of(15, 0))
                .venue(Venue.of("SKR's lokaler", "Hornsgatan 20", "Stockholm"))
                .online(true)
                .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
                .build(),
            Session.on(LocalDate.of(2021, 12, 10), LocalTime.of(9, 0), LocalTime.of(12, 0))
                .online(true)
                .attendance(new Attendance(Optional.empty(), Optional.of(HeadCount.exactly(21))))
                .build(),
            Session.on(LocalDate.of(2021, 12, 11), LocalTime.of(9, 0), LocalTime.of(9, 30))
                .venue(new Venue("Regionhuset", Optional.empty(), "Halmstad"))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Introduktion till dagen")
                .addPresenter(Person.byRole("Ordförande i Nätverket Uppdrag Hälsa"))
                .addBlock(Block.paragraph("Ordförande hälsade alla välkomna."))
                .build(),
            AgendaItem.withHeading("GAP-analys")
                .addPresenters(
                    Person.named("Ralph Harlid").withRole("Koordinator"),
                    Person.named("Linda Persson Melin")
                        .withRole("handläggare")
                        .withOrganisation("SKR"))
                .addBlocks(
                    Block.paragraph(
                        Inline.strong("Linda Persson Melin"),
                        Inline.plain(", handläggare på SKR, berättar om "),
                        Inline.emphasis("Effektiv kommun"),
                        Inline.plain(" "),
                        Inline.link("projektets sida", LinkTarget.of("https://skr.se/projekt")),
                        Inline.plain(" och "),
                        Inline.link("filmen", LinkTarget.placeholder()),
                        Inline.plain(".")),
                    Block.subsection(
                        "Nuläge",
                        Block.paragraph("Var står vi?"),
                        Block.subsection(
                            "Detaljer",
                            Block.bulleted(
                                Block.paragraph("Ett"), Block.paragraph(Inline.strong("Två"))))),
                    Block.subsection("Börläge", Block.paragraph("Vart ska vi?")),
                    new Block.ItemList(
                        true, List.of(Block.paragraph("Första"), Block.paragraph("Andra"))))
                .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
                .addLink(
                    LinkKind.VIDEO, "Länk till film", LinkTarget.of("https://example.org/film"))
                .addLink(LinkKind.DOCUMENT, "Rapporten", LinkTarget.of("https://example.org/r.pdf"))
                .addLink(LinkKind.OTHER, "Skriv till oss", LinkTarget.of("mailto:nuh@example.org"))
                .build())
        .addNoteTakers(
            Person.named("Ralph Harlid").withRole("Koordinator"),
            Person.named("Staffan Carlsson").withRole("Koordinator"))
        .participants(
            ParticipantList.headed(
                "Deltagarförteckning 28/4",
                List.of(
                    Participant.of("Anna Lindeberg", Affiliation.member("NUH"), "Blekinge")
                        .withLink(LinkTarget.placeholder()),
                    Participant.of("Jonas Strand", Affiliation.member("NHD"), "Halland")
                        .withLink(LinkTarget.of("https://example.org/jonas")),
                    Participant.of("Linda Persson Melin", Affiliation.Role.GUEST, "SKR"),
                    Participant.of("Staffan Carlsson", Affiliation.Role.COORDINATOR))))
        .build();
  }

  /**
   * Formal minutes (a protokoll) that set every part added for them: attendance with every role,
   * arrival and departure, chair, adjusters, attachments, adjustment, notice, next meeting,
   * adjournments, a session without times, a venue that is a room, and in the items case
   * references, conflicts of interest, proposals and their order, an open and a closed vote,
   * decisions, a reservation, a protocol note, actions, attachments, recipients and an immediate
   * adjustment. Consistent as the rules for formal minutes ask: totals match ballots, references
   * name what exists, adjusters are present members.
   */
  static Minutes formal() {
    Person anna = Person.named("Anna Ek");
    Person carl = Person.named("Carl Dahl");
    Person dan = Person.named("Dan Lind");
    Person eva = Person.named("Eva Sjö").withRole("Nämndsekreterare");
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Kommunstyrelsen"),
            DocumentKind.MINUTES,
            "Kommunstyrelsens sammanträde",
            LocalDate.of(2026, 11, 13))
        .addSessions(
            Session.on(LocalDate.of(2026, 11, 12), LocalTime.of(9, 0), LocalTime.of(12, 0))
                .venue(Venue.room("Sammanträdesrum Tellus"))
                .addAdjournment(LocalTime.of(10, 15), LocalTime.of(10, 30))
                .build(),
            Session.on(LocalDate.of(2026, 11, 13)).online(true).build())
        .addAgendaItems(
            AgendaItem.withHeading("Budget 2027")
                .caseReference("KS 2026/114")
                .addProposals(
                    Proposal.of("A", anna, ProposalKind.APPROVAL, "bifall till förslaget"),
                    Proposal.of("B", carl, ProposalKind.REJECTION, "avslag på förslaget"))
                .addToProposalOrder("A", "B")
                .addVote(
                    Vote.open(
                        "A",
                        "B",
                        List.of(
                            Ballot.of("Anna Ek", VoteChoice.YES),
                            Ballot.of("Hanna Holm", VoteChoice.ABSTAIN),
                            Ballot.of("Dan Lind", VoteChoice.YES),
                            Ballot.of("Carl Dahl", VoteChoice.NO))))
                .addDecision(
                    new Decision(
                        Optional.of("d1"),
                        "Kommunstyrelsen beslutar att",
                        List.of("anta budgeten för 2027", "uppdra åt förvaltningen att följa upp")))
                .addReservation(
                    new Reservation(
                        List.of(carl), Optional.of("d1"), Optional.of("Vi vill se en annan budget.")))
                .addProtocolNote(new ProtocolNote(List.of(dan), "Lind vill se en uppföljning."))
                .addAction(
                    new ActionItem(
                        "Följa upp budgeten", List.of(eva), Optional.of(LocalDate.of(2026, 12, 1))))
                .addAttachment("1")
                .addRecipient("Ekonomiavdelningen")
                .adjustedImmediately(true)
                .build(),
            AgendaItem.withHeading("Yttrande över detaljplan")
                .number("§ 42")
                .addConflictOfInterest(
                    new ConflictOfInterest(carl, Optional.of("Äger en fastighet i området")))
                .addProposal(
                    new Proposal(
                        Optional.empty(), List.of(anna), ProposalKind.REFERRAL_BACK, "återremiss"))
                .addVote(
                    new Vote(
                        Optional.empty(),
                        Optional.empty(),
                        VoteMethod.CLOSED,
                        List.of(),
                        new Tally(2, 0, 1)))
                .addDecision(Decision.of("Kommunstyrelsen beslutar att återremittera ärendet"))
                .addAction(new ActionItem("Komplettera underlaget", List.of(), Optional.empty()))
                .addAttachment("2")
                .build())
        .addNoteTaker(eva)
        .firstParagraph(41)
        .chair(anna)
        .addAdjuster(carl)
        .addAttendees(
            Attendee.present("Anna Ek", MemberRole.CHAIR).withGroup("S"),
            Attendee.present("Hanna Holm", MemberRole.VICE_CHAIR).withGroup("M"),
            Attendee.present("Carl Dahl", MemberRole.MEMBER).withGroup("M"),
            Attendee.absent("Bo Berg", MemberRole.MEMBER).withGroup("S"),
            Attendee.servingFor("Dan Lind", "Bo Berg")
                .withGroup("S")
                .withDeparture(new Moment(Optional.of("§ 42"), Optional.of(LocalTime.of(11, 0)))),
            Attendee.present("Gustav Gran", MemberRole.SUBSTITUTE)
                .withArrival(Moment.at(LocalTime.of(9, 30))),
            Attendee.present("Eva Sjö", MemberRole.OFFICIAL),
            Attendee.present("Ivar Ö", MemberRole.OTHER).withArrival(Moment.atParagraph("§ 42")))
        .addAttachments(
            new Attachment("1", "Förslag till budget 2027", Optional.of("KS 2026/114-3")),
            Attachment.of("2", "Detaljplan för Norra hamnen"))
        .adjustment(new Adjustment("Kommunkontoret", LocalDate.of(2026, 11, 20)))
        .notice(
            new Notice(
                LocalDate.of(2026, 11, 21),
                LocalDate.of(2026, 12, 14),
                "Kommunkontoret, Storgatan 1",
                Optional.of(eva)))
        .nextMeeting(
            new NextMeeting(
                LocalDate.of(2026, 12, 10),
                Optional.of(LocalTime.of(18, 0)),
                Optional.of(Venue.of("Stadshuset", "Storgatan 1", "Ystad"))))
        .build();
  }

  /**
   * Valid minutes made from a seed: the same seed always gives the same minutes.
   *
   * @param seed the seed
   * @param features collects the names of the features used, from {@link #FEATURES}
   * @return the minutes
   */
  static Minutes generate(long seed, Set<String> features) {
    // Random's first values for neighbouring seeds are alike; mix the seed first.
    return new Generator(new Random(new SplittableRandom(seed).nextLong()), features).minutes();
  }

  /**
   * The features that generated minutes use, for the coverage check.
   *
   * @param seeds how many seeds, from 0
   * @return the features
   */
  static Set<String> featuresOf(int seeds) {
    Set<String> features = new TreeSet<>();
    for (long seed = 0; seed < seeds; seed++) {
      generate(seed, features);
    }
    return features;
  }

  private static final class Generator {
    private final Random random;
    private final Set<String> features;
    private final List<String> codes = new ArrayList<>();

    Generator(Random random, Set<String> features) {
      this.random = random;
      this.features = features;
    }

    Minutes minutes() {
      Language language =
          pick(
              new Language[] {
                Language.SWEDISH, Language.ENGLISH, Language.ofTag("sv-SE"), Language.ofTag("se")
              });
      DocumentKind kind = pick(DocumentKind.values());
      use("language:" + language.tag());
      use("kind:" + (kind == DocumentKind.MINUTES ? "minutes" : "meeting-notes"));
      List<Network> networks = new ArrayList<>();
      int networkCount = random.nextInt(4);
      if (networkCount == 0) {
        use("organiser:no-networks");
      }
      for (int i = 0; i < networkCount; i++) {
        String code = "N" + (char) ('A' + i) + (i == 2 ? "-Ö" : "");
        codes.add(code);
        networks.add(new Network(code, text(4)));
      }
      Minutes.Builder builder =
          Minutes.builder(
              language,
              new Organiser(text(3), networks),
              kind,
              text(6),
              LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1));
      int sessionCount = 1 + random.nextInt(3);
      if (sessionCount > 1) {
        use("sessions:several");
      }
      for (int i = 0; i < sessionCount; i++) {
        builder.addSessions(session());
      }
      int items = random.nextInt(4);
      if (items == 0) {
        use("agenda:empty");
      }
      for (int i = 0; i < items; i++) {
        builder.addAgendaItems(agendaItem());
      }
      int noteTakers = random.nextInt(3);
      if (noteTakers == 0) {
        use("noteTakers:empty");
      }
      for (int i = 0; i < noteTakers; i++) {
        builder.addNoteTakers(person());
      }
      switch (random.nextInt(3)) {
        case 0:
          use("participants:absent");
          break;
        case 1:
          use("participants:empty");
          builder.participants(ParticipantList.headed(text(2), List.of()));
          break;
        default:
          List<Participant> entries = new ArrayList<>();
          for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            entries.add(participant());
          }
          if (random.nextInt(3) == 0) {
            use("participants:unheaded");
            builder.participants(ParticipantList.of(entries));
          } else {
            builder.participants(ParticipantList.headed(text(2), entries));
          }
      }
      return builder.build();
    }

    private Session session() {
      int startHour = random.nextInt(20);
      LocalTime start = LocalTime.of(startHour, random.nextInt(60));
      LocalTime end = LocalTime.of(startHour + 1 + random.nextInt(3), random.nextInt(60));
      if (random.nextInt(6) == 0) {
        use("session:seconds");
        end = end.withSecond(1 + random.nextInt(59)).withNano(random.nextInt(3) * 250_000_000);
      }
      LocalDate date = LocalDate.of(2021 + random.nextInt(3), 1 + random.nextInt(12), 28);
      Session.Builder session = Session.on(date, start, end);
      boolean online = random.nextBoolean();
      if (random.nextBoolean()) {
        if (random.nextBoolean()) {
          use("session:venue-with-street");
          session.venue(Venue.of(text(2), text(2) + " " + random.nextInt(100), text(1)));
        } else {
          use("session:venue-without-street");
          session.venue(new Venue(text(2), Optional.empty(), text(1)));
        }
        if (online) {
          use("session:hybrid");
        }
      } else {
        online = true;
        use("session:online-only");
      }
      session.online(online);
      Optional<HeadCount> onSite = random.nextBoolean() ? Optional.of(count()) : Optional.empty();
      Optional<HeadCount> remote = random.nextBoolean() ? Optional.of(count()) : Optional.empty();
      use(
          "attendance:"
              + (onSite.isPresent()
                  ? (remote.isPresent() ? "both" : "on-site-only")
                  : (remote.isPresent() ? "remote-only" : "none")));
      return session.attendance(new Attendance(onSite, remote)).build();
    }

    private HeadCount count() {
      boolean approximate = random.nextBoolean();
      if (approximate) {
        use("attendance:approximate");
      }
      return new HeadCount(random.nextInt(1_000), approximate);
    }

    private AgendaItem agendaItem() {
      AgendaItem.Builder item = AgendaItem.withHeading(text(3));
      int presenters = random.nextInt(3);
      if (presenters == 0) {
        use("item:no-presenters");
      }
      for (int i = 0; i < presenters; i++) {
        item.addPresenters(person());
      }
      for (int i = 0, n = random.nextInt(4); i < n; i++) {
        item.addBlock(block(1));
      }
      for (int i = 0, n = random.nextInt(3); i < n; i++) {
        LinkKind kind = pick(LinkKind.values());
        use("link:" + kind.name().toLowerCase(java.util.Locale.ROOT));
        item.addLink(new Link(kind, text(2), target("link:")));
      }
      return item.build();
    }

    private Block block(int depth) {
      int choice = random.nextInt(depth < 3 ? 3 : 2);
      if (choice == 0) {
        use("block:paragraph");
        return paragraph();
      }
      if (choice == 1) {
        boolean ordered = random.nextBoolean();
        use(ordered ? "block:list-ordered" : "block:list-bulleted");
        List<Block.Paragraph> items = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
          items.add(paragraph());
        }
        return new Block.ItemList(ordered, items);
      }
      use(depth > 1 ? "block:subsection-nested" : "block:subsection");
      List<Block> content = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
        content.add(block(depth + 1));
      }
      return new Block.Subsection(text(2), content);
    }

    private Block.Paragraph paragraph() {
      List<Inline> spans = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
        switch (random.nextInt(5)) {
          case 0:
            use("span:strong");
            spans.add(new Inline.Strong(text(2)));
            break;
          case 1:
            use("span:emphasis");
            spans.add(new Inline.Emphasis(text(2)));
            break;
          case 2:
            LinkTarget target = target("span:link-");
            spans.add(new Inline.Hyperlink(text(2), target));
            break;
          case 3:
            use("span:plain-blank");
            spans.add(new Inline.Plain(" "));
            break;
          default:
            use("span:plain");
            spans.add(new Inline.Plain(text(1 + random.nextInt(12))));
        }
      }
      if (spans.stream().allMatch(span -> span.text().isBlank())) {
        // A paragraph must show something: blank plain spans are only the space between others.
        use("span:plain");
        spans.add(new Inline.Plain(text(1 + random.nextInt(12))));
      }
      return new Block.Paragraph(spans);
    }

    private LinkTarget target(String feature) {
      switch (random.nextInt(4)) {
        case 0:
          use(feature.equals("link:") ? "link:placeholder" : feature + "placeholder");
          return LinkTarget.placeholder();
        case 1:
          use(feature.equals("link:") ? "link:address" : feature + "address");
          return LinkTarget.of("mailto:namn" + random.nextInt(10) + "@example.org");
        default:
          use(feature.equals("link:") ? "link:address" : feature + "address");
          return LinkTarget.of(
              "https://example.org/" + random.nextInt(1000) + "?q=%C3%A5&x=" + random.nextInt(9));
      }
    }

    private Person person() {
      switch (random.nextInt(3)) {
        case 0:
          use("person:name-only");
          return Person.named(text(2));
        case 1:
          use("person:role-only");
          return Person.byRole(text(3));
        default:
          use("person:all");
          return Person.named(text(2)).withRole(text(1)).withOrganisation(text(1));
      }
    }

    private Participant participant() {
      Affiliation affiliation;
      int choice = random.nextInt(codes.isEmpty() ? 2 : 3);
      if (choice == 2) {
        use("participant:network");
        affiliation = Affiliation.member(codes.get(random.nextInt(codes.size())));
      } else if (choice == 1) {
        use("participant:coordinator");
        affiliation = Affiliation.Role.COORDINATOR;
      } else {
        use("participant:guest");
        affiliation = Affiliation.Role.GUEST;
      }
      Participant participant;
      if (random.nextBoolean()) {
        use("participant:organisation");
        participant = Participant.of(text(2), affiliation, text(1));
      } else {
        use("participant:no-organisation");
        participant = Participant.of(text(2), affiliation);
      }
      if (random.nextInt(3) == 0) {
        use("participant:link");
        participant = participant.withLink(target("participant-link:"));
      }
      return participant;
    }

    private String text(int words) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words; i++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        if (word.contains("\"") || word.contains("\\") || word.contains("<")) {
          use("text:escapes");
        }
        if (word.codePointCount(0, word.length()) != word.length()) {
          use("text:astral");
        }
        text.append(i == 0 ? "" : " ").append(word);
      }
      return text.toString();
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private void use(String feature) {
      if (!FEATURES.contains(feature) && !feature.startsWith("participant-link:")) {
        throw new IllegalArgumentException("unlisted feature " + feature);
      }
      features.add(feature);
    }
  }
}
