package io.github.minutes4j.examples.reference;

import static io.github.minutes4j.core.Block.paragraph;
import static io.github.minutes4j.core.Block.subsection;
import static io.github.minutes4j.core.Inline.plain;
import static io.github.minutes4j.core.Inline.strong;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The two reference documents: real minutes of the Swedish regional networks "Nätverken
 * Demokrati-Uppdrag-Hälsa", written with the builder API exactly as the documents say them. Every
 * exporter is tested against them.
 *
 * <p>The documents give link lines ("Länk till bilder", "Länk till film") whose addresses are not
 * published; they are {@linkplain LinkTarget#placeholder() placeholders}. The participant list of
 * the 2022 meeting is headed "Deltagarförteckning 28/4" although the meeting was on 2 June; the
 * heading is kept as written.
 *
 * <p>Both are meeting notes; the two formal reference documents (a protokoll and an association's
 * minutes) are in {@link FormalReferenceMinutes}, and {@link #all()} does not list them.
 *
 * @since 0.1.0
 */
public final class ReferenceMinutes {

  /** The file name stem of {@link #june2022()}, as in {@code minutes-2022-06-02.json}. */
  public static final String JUNE_2022 = "minutes-2022-06-02";

  /** The file name stem of {@link #december2021()}, as in {@code minutes-2021-12-09.json}. */
  public static final String DECEMBER_2021 = "minutes-2021-12-09";

  private static final String SLIDES = "Länk till bilder";
  private static final String VIDEO = "Länk till film";
  private static final String COORDINATOR = "Koordinator";

  private ReferenceMinutes() {}

  /**
   * A reference document and the stem of its file names.
   *
   * @param name the file name stem, such as {@code minutes-2022-06-02}
   * @param minutes the document
   * @since 0.1.0
   */
  public record ReferenceDocument(String name, Minutes minutes) {}

  /**
   * Both reference documents, newest first.
   *
   * @return the documents with their file name stems
   */
  public static List<ReferenceDocument> all() {
    return List.of(
        new ReferenceDocument(JUNE_2022, june2022()),
        new ReferenceDocument(DECEMBER_2021, december2021()));
  }

  /**
   * The organiser of both meetings, with its two networks.
   *
   * @return the organiser
   */
  public static Organiser organiser() {
    return Organiser.of(
        "Nätverken Demokrati-Uppdrag-Hälsa",
        new Network("NUH", "Nätverket Uppdrag Hälsa"),
        new Network("NHD", "Nätverket Hälsa och Demokrati"));
  }

  /**
   * "Uppdrag och uppföljning med tillit som utgångspunkt": one hybrid session on 2 June 2022 at
   * SKR in Stockholm, about 10 on site and 13 remotely, four agenda items, and a participant list
   * of 20.
   *
   * @return the minutes of 2 June 2022, dated 11 June 2022
   */
  public static Minutes june2022() {
    return Minutes.builder(
            Language.SWEDISH,
            organiser(),
            DocumentKind.MEETING_NOTES,
            "Uppdrag och uppföljning med tillit som utgångspunkt",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .venue(Venue.of("SKR's lokaler", "Hornsgatan 20", "Stockholm"))
                .online(true)
                .attendance(Attendance.of(HeadCount.about(10), HeadCount.exactly(13)))
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Introduktion till dagen")
                .addPresenter(
                    Person.byRole("Ordförande").withOrganisation("Nätverket Uppdrag Hälsa"))
                .addBlock(paragraph("Ordförande i Nätverket Uppdrag Hälsa, hälsade alla välkomna."))
                .build(),
            AgendaItem.withHeading("Hur arbetar SKR med stöd i styrning och verksamhetsutveckling?")
                .addPresenter(
                    Person.named("Linda Persson Melin")
                        .withRole("handläggare")
                        .withOrganisation("SKR"))
                .addBlock(
                    paragraph(
                        strong("Linda Persson Melin"),
                        plain(
                            ", handläggare på SKR berättar om arbetet i projektet \"Effektiv"
                                + " kommun\" och hur det kan bidra till en större grad av tillit"
                                + " samt leder oss i en diskussion om möjligheter och"
                                + " utmaningar.")))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build(),
            AgendaItem.withHeading("Introduktion till Nätverkens strategiska område – \"Uppdrag\"")
                .addPresenter(
                    Person.named("Ralph Harlid")
                        .withRole("en av nätverkens koordinatörer")
                        .withOrganisation("Nätverken Demokrati-Uppdrag-Hälsa"))
                .addBlock(
                    paragraph(
                        strong("Ralph Harlid"),
                        plain(
                            ", en av nätverkens koordinatörer guidade oss igenom olika moment"
                                + " inom det strategiska området \"uppdrag\" och beskrev"
                                + " ansvarsfördelning, dialoger om uppdraget, resursfördelning"
                                + " samt vanliga fallgropar.")))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build(),
            AgendaItem.withHeading("Förutsättningar för tillit uppdrag och uppföljning")
                .addPresenters(
                    Person.named("Camilla Odenberger")
                        .withOrganisation("Koncernkontoret, Västra Götalandsregionen (VGR)"),
                    Person.named("Malena Lau")
                        .withOrganisation("Koncernkontoret, Västra Götalandsregionen (VGR)"))
                .addBlock(
                    paragraph(
                        plain(
                            "Ett återkommande fokusområde i Västra Götalandsregionens budget är"
                                + " att detaljstyrning ska ersättas av tillitsstyrning inom"
                                + " hälso- och sjukvård. Regionfullmäktige, beställarnämnder och"
                                + " medarbetare har genomfört introduktionsutbildningar och"
                                + " workshoppar för att förstå teorin och själva identifiera vad"
                                + " som skapar förutsättningar för tillit i ett mer sammanhållet"
                                + " hälso- och sjukvårdssystem. "),
                        strong("Camilla Odenberger"),
                        plain(", och "),
                        strong("Malena Lau"),
                        plain(
                            " från koncernkontoret i VGR beskriver hur de arbetat och leder oss i"
                                + " en reflektion om hur vi kan skapa förutsättningar för tillit i"
                                + " systemet med fokus på uppdrag och uppföljning.")))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build())
        .addNoteTakers(noteTakers())
        .participants(ParticipantList.headed("Deltagarförteckning 28/4", participantsApril2022()))
        .build();
  }

  /**
   * "Uppdrag som leder till jämlik vård och jämlik hälsa": two sessions, on 9 and 10 December
   * 2021, with no place given; a workshop with a GAP analysis ("Nuläge", "Börläge") and three
   * presentations.
   *
   * @return the minutes of 9 and 10 December 2021, dated 28 December 2021
   */
  public static Minutes december2021() {
    return Minutes.builder(
            Language.SWEDISH,
            organiser(),
            DocumentKind.MEETING_NOTES,
            "Uppdrag som leder till jämlik vård och jämlik hälsa",
            LocalDate.of(2021, 12, 28))
        .addSessions(
            Session.on(LocalDate.of(2021, 12, 9), LocalTime.of(13, 0), LocalTime.of(15, 0)).build(),
            Session.on(LocalDate.of(2021, 12, 10), LocalTime.of(9, 0), LocalTime.of(12, 0)).build())
        .addAgendaItems(
            AgendaItem.withHeading("Workshop om ledarskap i en politiskt styrd organisation")
                .addPresenter(Person.byRole("Nätverkens koordinatörer"))
                .addBlocks(
                    paragraph(
                        "Nätverkens koordinatörer inleder med en beskrivning av roller och"
                            + " utmaningar för förtroendevalda och tjänstepersoner. Vi genomförde"
                            + " en GAP-analys som beskriver nuläge och önskat läge. Redovisning"
                            + " från några av grupperna nedan."),
                    subsection(
                        "Nuläge",
                        paragraph(
                            "Pandemin har inneburit en del påfrestningar i samarbetet mellan"
                                + " tjänstepersoner och politik. Samtalstonen har blivit tuffare,"
                                + " vilket också kan ha påverkats av ökad och tydligare nationell"
                                + " styrning."),
                        paragraph(
                            "Det som saknats under pandemin är de fysiska mötena som ersatts av"
                                + " digitala och som blir mer formella och stunder av informella"
                                + " möten har verkligen saknats och har i sin tur naggat på"
                                + " samspelet."),
                        paragraph(
                            "Det saknas också krav inom vissa områden från politiken och där det"
                                + " blir mer dialog kring detaljer och HUR-frågan. Detta kan"
                                + " härledas till att det är flera nya politiska partier och"
                                + " ledamöter som inte riktigt har erfarenhet av regionpolitik.")),
                    subsection(
                        "Börläge",
                        paragraph(
                            "Mer dialog behövs såväl mellan politik och tjänstepersoner som mellan"
                                + " politik och verksamhet. Det finns intressanta dialogverktyg"
                                + " som utvecklats och som skulle kunna spridas till fler"
                                + " regioner."),
                        paragraph(
                            "Det behövs mer kunskap i verksamheten kring politikens uppdrag och"
                                + " roll"),
                        paragraph(
                            "Vi behöver bättre strukturer kring roller mellan handläggare och"
                                + " politik beträffande underlag. Idag kan underlag som lämnar"
                                + " tjänsteperson förändras ganska mycket när det kommer i"
                                + " politikens händer men tjänstepersonens namn står kvar och det"
                                + " är också tjänstepersonen som föredrar ett då politiskt"
                                + " dokument.")),
                    paragraph(
                        "Kanske dags att politiken själva föredrar dessa dokument i styrelse och"
                            + " nämnder?"))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build(),
            AgendaItem.withHeading("Uppföljning av indikatorer för hälsa")
                .addPresenter(
                    Person.named("Sofia Dahlin")
                        .withRole("specialist i Socialmedicin")
                        .withOrganisation("Region Jönköping"))
                .addBlock(
                    paragraph(
                        plain(
                            "Vi har tillgång till en mängd indikatorer som beskriver befolkningens"
                                + " hälsa men vi använder de inte systematiskt. "),
                        strong("Sofia Dahlin"),
                        plain(
                            ", specialist i Socialmedicin i Region Jönköping beskriver verktyget"
                                + " ”Vården i Siffror” som innehåller indikatorer och hur vi kan"
                                + " använda dem i våra behovsanalyser.")))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build(),
            AgendaItem.withHeading("Uppföljning av folkhälsan")
                .addPresenter(
                    Person.named("Elisabeth Skoog Garås")
                        .withRole("handläggare")
                        .withOrganisation("Sveriges Kommuner och Regioner"))
                .addBlock(
                    paragraph(
                        plain(
                            "SKR tar regelbundet fram öppna jämförelser för folkhälsa. Nu finns"
                                + " även ett verktyg för analys av data på kommun och"
                                + " regionnivå. "),
                        strong("Elisabeth Skoog Garås"),
                        plain(
                            ", handläggare vid Sveriges Kommuner och Regioner ger oss en"
                                + " beskrivning av tillgängliga folkhälsodata och verktyget som"
                                + " kan användas för analys.")))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build(),
            AgendaItem.withHeading("Områdesprofiler – ett sätt att beskriva befolkningens hälsa.")
                .addPresenter(
                    Person.named("Maria Elgstrand")
                        .withRole("verksamhetschef")
                        .withOrganisation(
                            "Centrum för verksamhetsstöd och utveckling, Region Östergötland"))
                .addBlock(
                    paragraph(
                        plain(
                            "I Region Östergötland pågår ett utvecklingsarbete med"
                                + " områdesprofiler som ska vara ett stöd för primärvården i ett"
                                + " utökat områdesansvar för befolkningen. Syftet med"
                                + " områdesprofilerna är att kartlägga området och de som bor inom"
                                + " området. De indikatorer som tas bland annat tas upp är"
                                + " socioekonomi, levnadsvanor, hälsoindikatorer, mm. "),
                        strong("Maria Elgstrand"),
                        plain(
                            ", verksamhetschef på Centrum för verksamhetsstöd och utveckling i"
                                + " Region Östergötland.")))
                .addLink(LinkKind.SLIDES, SLIDES, LinkTarget.placeholder())
                .addLink(LinkKind.VIDEO, VIDEO, LinkTarget.placeholder())
                .build())
        .addNoteTakers(noteTakers())
        .build();
  }

  private static Person[] noteTakers() {
    return new Person[] {
      Person.named("Ralph Harlid").withRole(COORDINATOR),
      Person.named("Staffan Carlsson").withRole(COORDINATOR)
    };
  }

  private static List<Participant> participantsApril2022() {
    Affiliation nuh = Affiliation.member("NUH");
    Affiliation nhd = Affiliation.member("NHD");
    Affiliation guest = Affiliation.Role.GUEST;
    Affiliation coordinator = Affiliation.Role.COORDINATOR;
    String vgr = "Västra Götalandsregionen";
    return List.of(
        row("Anna Lindeberg", nuh, "Blekinge"),
        row("Katrín Håkansson", nuh, "Halland"),
        row("Felicia Pettersson", nuh, "Halland"),
        row("Elin Allard", nuh, "Halland"),
        row("Anna Stålhammar", nuh, "Skåne"),
        row("Gunilla Benner Forsberg", nuh, "Stockholm"),
        row("Annica Öhrn", nuh, "Östergötland"),
        row("Jonas Strand", nhd, "Halland"),
        row("Sofie Holstein", nhd, "Sörmland"),
        row("Mattias Joelsson", nhd, "Värmland"),
        row("Hans Nilsson", nhd, "Värmland"),
        row("Urban Lindström", nhd, "Västerbotten"),
        row("Anna Nygren", nhd, "Västmanland"),
        row("Ulrik Hammar", nhd, vgr),
        row("Lars Åke Carlsson", nhd, vgr),
        row("Linda Persson Melin", guest, "SKR"),
        row("Camilla Odenberger", guest, vgr),
        row("Malena Lau", guest, vgr),
        Participant.of("Staffan Carlsson", coordinator).withLink(LinkTarget.placeholder()),
        Participant.of("Ralph Harlid", coordinator).withLink(LinkTarget.placeholder()));
  }

  private static Participant row(String name, Affiliation affiliation, String organisation) {
    return Participant.of(name, affiliation, organisation).withLink(LinkTarget.placeholder());
  }
}
