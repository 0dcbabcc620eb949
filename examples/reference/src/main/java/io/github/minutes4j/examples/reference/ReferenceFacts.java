package io.github.minutes4j.examples.reference;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a reader must find in any rendering of minutes, as text: the acceptance check of every
 * exporter that produces a document for people. Two kinds of facts:
 *
 * <ul>
 *   <li>{@link #of(Minutes, Language)}: every text the model holds, with the labels of a language,
 *       so that nothing the model has is dropped;
 *   <li>{@link #june2022InSwedish(String)}, {@link #december2021InSwedish(String)} and {@link
 *       #june2022InEnglish(String)}: the source documents' words, written out by hand, so that a
 *       mistake shared by the model and the labels shows too.
 * </ul>
 *
 * <p>A label and its value ("Datum" and "11 juni 2022") are written with a separator, since formats
 * differ there: a PDF prints "Datum: 11 juni 2022", while in HTML the colon is a stylesheet's
 * decoration and the text reads "Datum 11 juni 2022". Text is compared with white space squeezed,
 * since layouts break lines where they like: see {@link #missingFrom(String, List)}.
 *
 * @since 0.1.0
 */
public final class ReferenceFacts {

  /** White space, and the no-break spaces that keep "10:00 AM" and "§ 117" on one line. */
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00a0\u202f]+");

  private ReferenceFacts() {}

  /**
   * Every text of the minutes, as a reader of a document in the language sees it: the document
   * kind, title, organiser and networks, date, sessions with their time, place and attendance,
   * each agenda item's number and heading, presenters, text and link labels (with the placeholder
   * note where the address is not published), the note-takers, and the participant list's
   * heading, column heads and rows, each row written as its cells joined by a space.
   *
   * <p>Of formal minutes, the texts the model holds without a label of their own: each item's case
   * reference, conflicts of interest, proposals and their movers, voters, decisions and their
   * clauses, reservations, protocol notes, actions with owners and due dates, and recipients; the
   * attendees with their groups and whom they serve for, the chair, the adjusters, the
   * attachments, the adjustment's place and date, the notice's dates, place and signatory, and the
   * next meeting's date. Dates are written as the labels write them.
   *
   * @param minutes the minutes; never null
   * @param language the language of the labels; never null
   * @return the facts, the sessions and items in the model's order; never null
   */
  public static List<String> of(Minutes minutes, Language language) {
    return of(minutes, Labels.of(Objects.requireNonNull(language, "language")));
  }

  /**
   * Every text of the minutes with given labels, such as those of export options with reworded
   * labels ({@link io.github.minutes4j.core.format.ExportOptions#labelsFor(Minutes)}); otherwise as
   * {@link #of(Minutes, Language)}.
   *
   * @param minutes the minutes; never null
   * @param labels the labels; never null
   * @return the facts in document order; never null
   * @since 0.2.0
   */
  public static List<String> of(Minutes minutes, Labels labels) {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(labels, "labels");
    List<String> facts = new ArrayList<>();
    facts.add(labels.documentKind(minutes.kind()));
    facts.add(minutes.title());
    facts.add(minutes.organiser().name());
    for (Network network : minutes.organiser().networks()) {
      facts.add(network.code());
      facts.add(network.name());
    }
    facts.add(labels.date(minutes.date()));
    facts.add(labels.text(Label.TIME_AND_PLACE));
    for (Session session : minutes.sessions()) {
      facts.add(labels.when(session));
      labels.where(session).ifPresent(facts::add);
      labels.attendance(session.attendance()).ifPresent(facts::add);
    }
    List<Optional<String>> numbers = minutes.itemNumbers();
    for (int i = 0; i < minutes.agenda().size(); i++) {
      AgendaItem item = minutes.agenda().get(i);
      facts.add(numbers.get(i).map(number -> number + " ").orElse("") + item.heading());
      if (!item.presenters().isEmpty()) {
        facts.add(labels.text(Label.PRESENTERS, item.presenters().size()));
      }
      for (Person presenter : item.presenters()) {
        facts.add(labels.person(presenter));
      }
      addBlocks(item.content(), facts);
      for (Link link : item.links()) {
        facts.add(link.label());
        if (link.target().isPlaceholder()) {
          facts.add(link.label() + " (" + labels.text(Label.LINK_PLACEHOLDER) + ")");
        }
      }
      addProceedings(item, labels, facts);
    }
    addFormalParts(minutes, labels, facts);
    if (!minutes.noteTakers().isEmpty()) {
      facts.add(labels.text(Label.NOTE_TAKERS, minutes.kind(), minutes.noteTakers().size()));
    }
    for (Person person : minutes.noteTakers()) {
      facts.add(labels.person(person));
    }
    minutes
        .participants()
        .ifPresent(
            list -> {
              facts.add(labels.participantsHeading(list));
              facts.add(
                  String.join(
                      " ",
                      labels.text(Label.PARTICIPANT_NAME),
                      labels.text(Label.PARTICIPANT_AFFILIATION),
                      labels.text(Label.PARTICIPANT_ORGANISATION)));
              for (Participant participant : list.entries()) {
                String row =
                    participant.name() + " " + labels.affiliation(participant.affiliation());
                facts.add(participant.organisation().map(o -> row + " " + o).orElse(row));
              }
            });
    return List.copyOf(facts);
  }

  /** The texts of an item's proceedings, in the order the model holds them; no new labels. */
  private static void addProceedings(AgendaItem item, Labels labels, List<String> facts) {
    item.caseReference().ifPresent(facts::add);
    for (ConflictOfInterest conflict : item.conflictsOfInterest()) {
      facts.add(labels.person(conflict.member()));
      conflict.reason().ifPresent(facts::add);
    }
    for (Proposal proposal : item.proposals()) {
      proposal.movers().forEach(mover -> facts.add(labels.person(mover)));
      facts.add(proposal.text());
    }
    for (Vote vote : item.votes()) {
      vote.ballots().forEach(ballot -> facts.add(labels.person(ballot.voter())));
    }
    for (Decision decision : item.decisions()) {
      facts.add(decision.introduction());
      facts.addAll(decision.clauses());
    }
    for (Reservation reservation : item.reservations()) {
      reservation.members().forEach(member -> facts.add(labels.person(member)));
      reservation.text().ifPresent(facts::add);
    }
    for (ProtocolNote note : item.protocolNotes()) {
      note.authors().forEach(author -> facts.add(labels.person(author)));
      facts.add(note.text());
    }
    for (ActionItem action : item.actions()) {
      facts.add(action.task());
      action.owners().forEach(owner -> facts.add(labels.person(owner)));
      action.due().map(labels::date).ifPresent(facts::add);
    }
    facts.addAll(item.recipients());
  }

  /** The minutes-wide texts of formal minutes: attendance, attachments, adjustment and notice. */
  private static void addFormalParts(Minutes minutes, Labels labels, List<String> facts) {
    for (Attendee attendee : minutes.attendees()) {
      facts.add(labels.person(attendee.person()));
      attendee.group().ifPresent(facts::add);
      attendee.substituteFor().ifPresent(facts::add);
    }
    minutes.chair().map(labels::person).ifPresent(facts::add);
    minutes.adjusters().forEach(adjuster -> facts.add(labels.person(adjuster)));
    for (Attachment attachment : minutes.attachments()) {
      facts.add(attachment.number());
      facts.add(attachment.title());
      attachment.reference().ifPresent(facts::add);
    }
    minutes
        .adjustment()
        .ifPresent(
            adjustment -> {
              facts.add(adjustment.place());
              facts.add(labels.date(adjustment.date()));
            });
    minutes
        .notice()
        .ifPresent(
            notice -> {
              facts.add(labels.date(notice.posted()));
              facts.add(labels.date(notice.removed()));
              facts.add(notice.storedAt());
              notice.certifiedBy().map(labels::person).ifPresent(facts::add);
            });
    minutes.nextMeeting().ifPresent(next -> facts.add(labels.date(next.date())));
  }

  private static void addBlocks(List<Block> blocks, List<String> facts) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        facts.add(paragraph.text());
      } else if (block instanceof Block.Subsection subsection) {
        facts.add(subsection.heading());
        addBlocks(subsection.content(), facts);
      } else if (block instanceof Block.ItemList list) {
        for (Block.Paragraph item : list.items()) {
          facts.add(item.text());
        }
      }
    }
  }

  /**
   * What the minutes of 2 June 2022 say, in the source document's words, with Swedish labels.
   *
   * @param labelSeparator what stands between a label and its value in the rendering, such as
   *     {@code ": "} or {@code " "}; never null
   * @return the facts; never null
   */
  public static List<String> june2022InSwedish(String labelSeparator) {
    Objects.requireNonNull(labelSeparator, "labelSeparator");
    return List.of(
        "Minnesanteckningar",
        "Uppdrag och uppföljning med tillit som utgångspunkt",
        "Arrangör" + labelSeparator + "Nätverken Demokrati-Uppdrag-Hälsa",
        "NUH" + labelSeparator + "Nätverket Uppdrag Hälsa",
        "NHD" + labelSeparator + "Nätverket Hälsa och Demokrati",
        "Datum" + labelSeparator + "11 juni 2022",
        "Tid och plats",
        "2 juni 2022 kl. 10.00–15.00",
        "SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt",
        "Ca 10 personer deltog på plats och 13 personer på distans.",
        "Introduktion till dagen",
        "Medverkande Ordförande, Nätverket Uppdrag Hälsa",
        "Ordförande i Nätverket Uppdrag Hälsa, hälsade alla välkomna.",
        "Hur arbetar SKR med stöd i styrning och verksamhetsutveckling?",
        "Medverkande Linda Persson Melin, handläggare, SKR",
        "Linda Persson Melin, handläggare på SKR berättar om arbetet i projektet \"Effektiv"
            + " kommun\"",
        "Introduktion till Nätverkens strategiska område – \"Uppdrag\"",
        "Ralph Harlid, en av nätverkens koordinatörer guidade oss igenom olika moment",
        "Förutsättningar för tillit uppdrag och uppföljning",
        "Camilla Odenberger, och Malena Lau från koncernkontoret i VGR beskriver",
        "hälso- och sjukvårdssystem.",
        "Länk till bilder (adressen är inte publicerad ännu)",
        "Länk till film (adressen är inte publicerad ännu)",
        "För anteckningarna",
        "Ralph Harlid, Koordinator",
        "Staffan Carlsson, Koordinator",
        "Deltagarförteckning 28/4",
        "Namn Nätverk eller roll Region eller organisation",
        "Anna Lindeberg NUH Blekinge",
        "Katrín Håkansson NUH Halland",
        "Felicia Pettersson NUH Halland",
        "Elin Allard NUH Halland",
        "Anna Stålhammar NUH Skåne",
        "Gunilla Benner Forsberg NUH Stockholm",
        "Annica Öhrn NUH Östergötland",
        "Jonas Strand NHD Halland",
        "Sofie Holstein NHD Sörmland",
        "Mattias Joelsson NHD Värmland",
        "Hans Nilsson NHD Värmland",
        "Urban Lindström NHD Västerbotten",
        "Anna Nygren NHD Västmanland",
        "Ulrik Hammar NHD Västra Götalandsregionen",
        "Lars Åke Carlsson NHD Västra Götalandsregionen",
        "Linda Persson Melin Gäst SKR",
        "Camilla Odenberger Gäst Västra Götalandsregionen",
        "Malena Lau Gäst Västra Götalandsregionen",
        "Staffan Carlsson Koordinator",
        "Ralph Harlid Koordinator",
        "Länkarna på namnen är inte publicerade ännu.");
  }

  /**
   * What the minutes of 9 and 10 December 2021 say, in the source document's words, with Swedish
   * labels.
   *
   * @param labelSeparator what stands between a label and its value in the rendering, such as
   *     {@code ": "} or {@code " "}; never null
   * @return the facts; never null
   */
  public static List<String> december2021InSwedish(String labelSeparator) {
    Objects.requireNonNull(labelSeparator, "labelSeparator");
    return List.of(
        "Uppdrag som leder till jämlik vård och jämlik hälsa",
        "Datum" + labelSeparator + "28 december 2021",
        "9 december 2021 kl. 13.00–15.00",
        "10 december 2021 kl. 09.00–12.00",
        "Workshop om ledarskap i en politiskt styrd organisation",
        "Medverkande Nätverkens koordinatörer",
        "Vi genomförde en GAP-analys som beskriver nuläge och önskat läge.",
        "Nuläge Pandemin har inneburit en del påfrestningar",
        "naggat på samspelet.",
        "HUR-frågan",
        "Börläge Mer dialog behövs",
        "Det behövs mer kunskap i verksamheten kring politikens uppdrag och roll",
        "Kanske dags att politiken själva föredrar dessa dokument i styrelse och nämnder?",
        "Uppföljning av indikatorer för hälsa",
        "Sofia Dahlin, specialist i Socialmedicin, Region Jönköping",
        "”Vården i Siffror”",
        "Uppföljning av folkhälsan",
        "Elisabeth Skoog Garås, handläggare, Sveriges Kommuner och Regioner",
        "Områdesprofiler – ett sätt att beskriva befolkningens hälsa.",
        "Maria Elgstrand, verksamhetschef, Centrum för verksamhetsstöd och utveckling,"
            + " Region Östergötland",
        "socioekonomi, levnadsvanor, hälsoindikatorer, mm.",
        "Ralph Harlid, Koordinator",
        "Staffan Carlsson, Koordinator");
  }

  /**
   * What the minutes of 2 June 2022 say with English labels: the labels, dates, times and counts
   * in English, the minutes' own text in Swedish as written.
   *
   * @param labelSeparator what stands between a label and its value in the rendering, such as
   *     {@code ": "} or {@code " "}; never null
   * @return the facts; never null
   */
  public static List<String> june2022InEnglish(String labelSeparator) {
    Objects.requireNonNull(labelSeparator, "labelSeparator");
    return List.of(
        "Meeting notes",
        "Organiser" + labelSeparator + "Nätverken Demokrati-Uppdrag-Hälsa",
        "Date" + labelSeparator + "11 June 2022",
        "Time and place",
        "2 June 2022, 10:00–15:00",
        "SKR's lokaler, Hornsgatan 20, Stockholm, and online",
        "About 10 people attended on site and 13 people remotely.",
        "Presenter Linda Persson Melin, handläggare, SKR",
        "Länk till bilder (address not yet published)",
        "Notes taken by",
        "Name Network or role Region or organisation",
        "Linda Persson Melin Guest SKR",
        "Ralph Harlid Coordinator",
        "The links on the names are not yet published.");
  }

  /**
   * What the protokoll of 17 November 2026 ({@link FormalReferenceMinutes#committeeProtokoll()})
   * says, written out by hand, with the Swedish labels of a protokoll that the formal-minutes plan
   * fixes ("Organ", "Vid protokollet", "Justerare"): kind, body, day and time without an end, the
   * room, paragraph numbers from § 112, case references, proposals, clauses, the written
   * reservation, the conflict of interest, the protocol note, attachments, recipients, the
   * secretary, the adjuster, the adjustment, the notice and the next meeting.
   *
   * @param labelSeparator what stands between a label and its value in the rendering, such as
   *     {@code ": "} or {@code " "}; never null
   * @return the facts; never null
   * @since 0.3.0
   */
  public static List<String> protokoll2026InSwedish(String labelSeparator) {
    Objects.requireNonNull(labelSeparator, "labelSeparator");
    return List.of(
        "Protokoll",
        "Sammanträde med kommunstyrelsens arbetsutskott",
        "Organ" + labelSeparator + "Kommunstyrelsens arbetsutskott, Älvåsa kommun",
        "Datum" + labelSeparator + "17 november 2026",
        "17 november 2026 kl. 08.30",
        "Sammanträdesrummet Tallen, kommunhuset",
        "Karin Sundqvist",
        "Sofia Nyström",
        "Tomas Berglund",
        "Oskar Lund",
        "Helena Dahl",
        "§ 112 Val av justerare och fastställande av dagordning",
        "§ 113 Taxa för vatten och avlopp 2027",
        "KS 2026/311",
        "Bifall till förvaltningens förslag till taxa för vatten och avlopp 2027.",
        "Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att",
        "fastställa taxa för vatten och avlopp 2027 enligt bilaga 1,",
        "taxan ska gälla från och med den 1 januari 2027,",
        "Vänsterpartiet reserverar sig mot beslutet.",
        "Älvåsa Vatten AB",
        "Liberalerna noterar att underskotten",
        "Återremiss för att utreda kostnaden för batterilager vid skolorna.",
        "närstående är verkställande direktör i Nordkvist Bygg AB",
        "§ 117 Yttrande över förslag till regional transportplan 2026–2037",
        "KS 2026/355-3",
        "§ 119 Informationsärenden",
        "Informationen läggs till handlingarna.",
        "Vid protokollet",
        "Johan Åkesson",
        "Justerare",
        "Mats Holmberg",
        "Kommunkontoret, Storgatan 12",
        "24 november 2026",
        "25 november 2026",
        "17 december 2026",
        "Kommunkontoret, Storgatan 12, Älvåsa",
        "8 december 2026");
  }

  /**
   * What the minutes of the Millbrook Allotment Society's AGM of 21 March 2026 ({@link
   * FormalReferenceMinutes#annualGeneralMeeting()}) say, written out by hand, with English labels:
   * kind, society, day, times and hall, numbered items, the motion and its amendment, the
   * decisions' clauses, the action items with owners and due dates, and the next meeting.
   *
   * @param labelSeparator what stands between a label and its value in the rendering, such as
   *     {@code ": "} or {@code " "}; never null
   * @return the facts; never null
   * @since 0.3.0
   */
  public static List<String> annualMeeting2026InEnglish(String labelSeparator) {
    Objects.requireNonNull(labelSeparator, "labelSeparator");
    return List.of(
        "Minutes",
        "Annual General Meeting 2026",
        "Millbrook Allotment Society",
        "Date" + labelSeparator + "2 April 2026",
        "21 March 2026, 10:00–12:15",
        "Millbrook Community Hall, 14 Station Road, Millbrook",
        "38 people attended on site.",
        "1 Welcome and apologies",
        "2 Minutes of the 2025 annual general meeting",
        "4 Motion 1: plot rents from 2027",
        "That the annual rent for a full plot be raised from £48 to £56 from 1 January 2027",
        "To replace “£56” with “£52” and “£28” with “£26”.",
        "Rosa Mendes",
        "Ahmed Khan",
        "that the annual rent for a full plot be £56 and for a half plot £28 from 1 January"
            + " 2027,",
        "to spend no more than £400 on them from the reserve fund.",
        "Obtain three quotes for the gutters and water butts.",
        "Tom Walsh",
        "15 May 2026",
        "Send the examined accounts to every member by email",
        "Priya Raman",
        "30 April 2026",
        "Offer plots 31 to 34 to the four longest-waiting applicants.",
        "7 Any other business",
        "Margaret Osei",
        "Daniel Price, Secretary",
        "Apologies were received from Helen Carter",
        "20 March 2027");
  }

  /**
   * The facts a text lacks, each compared with its white space (no-break spaces among it)
   * squeezed to single spaces, as is the text.
   *
   * @param text the text of a rendering; never null
   * @param facts the facts to look for; at least 10, so that a check cannot pass by checking
   *     almost nothing
   * @return the facts not found, in their order; empty when all are there
   * @throws IllegalArgumentException if there are fewer than 10 facts
   */
  public static List<String> missingFrom(String text, List<String> facts) {
    if (facts.size() < 10) {
      throw new IllegalArgumentException("a check of almost nothing: " + facts);
    }
    String squeezed = squeeze(text);
    List<String> missing = new ArrayList<>();
    for (String fact : facts) {
      if (!squeezed.contains(squeeze(fact))) {
        missing.add(fact);
      }
    }
    return List.copyOf(missing);
  }

  private static String squeeze(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }
}
