package io.github.minutes4j.pdf;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
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
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Minutes for the tests, besides the reference documents. */
final class SampleMinutes {

  /**
   * Strings that would be markup, CSS or a PDF engine instruction if anything on the way forgot to
   * escape them.
   */
  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(2)>",
          "</style><bookmarks><bookmark name=\"x\" href=\"#x\"/></bookmarks>",
          "\"; } body { display: none } @page { size: 1mm; } \"",
          "*/ @import url(\"http://127.0.0.1:1/x.css\"); /*",
          "]]> <![CDATA[ x ]]> &amp; &lt;b&gt; &#60;i&#62; &",
          "counter(page) attr(href) element(m4j-running-header) \\\\ \\\" \\A");

  /** Names from all over European Latin script. */
  static final List<String> NAMES =
      List.of(
          "Katrín Þórðardóttir",
          "Jiří Řezníček",
          "Łukasz Żółtowski",
          "Ayşe Yıldız",
          "Ștefan Țurcanu",
          "Ödön Győrffy",
          "Søren Ærø",
          "Ġużeppi Ħabib",
          "Māris Ķēniņš",
          "Ðorđe Čačić",
          "Ŋiellas Šaŋá",
          "François Œuvray",
          "Straße Weiß",
          "Nuño Peña",
          "Gjergj Çelë");

  private SampleMinutes() {}

  /**
   * Minutes with every part the model has: several sessions (venue with and without street,
   * online, approximate and exact counts), presenters by name, by role and with everything,
   * paragraphs with strong, emphasis and links (real and placeholder), sub-sections nested three
   * deep, ordered and bulleted lists, links of every kind, note-takers, and participants of every
   * affiliation with and without links; with the hostile strings and the European names in them.
   */
  static Minutes everything(Language language) {
    LinkTarget report = LinkTarget.of("https://example.org/rapport.pdf?a=1&b=%22x%22");
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      Affiliation affiliation =
          i % 4 == 0
              ? Affiliation.Role.GUEST
              : i % 4 == 1
                  ? Affiliation.Role.COORDINATOR
                  : Affiliation.member(i % 2 == 0 ? "NUH" : "NHD");
      Participant participant =
          i % 3 == 0
              ? Participant.of(NAMES.get(i), affiliation)
              : Participant.of(NAMES.get(i), affiliation, "Region " + NAMES.get(i).split(" ")[1]);
      if (i % 5 == 1) {
        participant = participant.withLink(LinkTarget.placeholder());
      } else if (i % 5 == 2) {
        participant = participant.withLink(LinkTarget.of("https://example.org/people/" + i));
      }
      participants.add(participant);
    }
    return Minutes.builder(
            language,
            Organiser.of(
                "Nätverken Demokrati-Uppdrag-Hälsa " + HOSTILE.get(0),
                new Network("NUH", "Nätverket Uppdrag Hälsa " + HOSTILE.get(1)),
                new Network("NHD", "Nätverket Hälsa och Demokrati")),
            DocumentKind.MINUTES,
            "Þing – " + HOSTILE.get(2) + " – Ærø",
            LocalDate.of(2023, 3, 14))
        .addSessions(
            Session.on(LocalDate.of(2023, 3, 1), LocalTime.of(9, 30), LocalTime.of(12, 0))
                .venue(
                    Venue.of("Hörsal Ångström " + HOSTILE.get(3), "Lägerhyddsvägen 1", "Uppsala"))
                .online(true)
                .attendance(Attendance.of(HeadCount.about(40), HeadCount.exactly(1)))
                .build(),
            Session.on(LocalDate.of(2023, 3, 2), LocalTime.of(13, 0), LocalTime.of(16, 15))
                .venue(new Venue("Regionhuset", Optional.empty(), "Halmstad"))
                .attendance(new Attendance(Optional.of(HeadCount.exactly(12)), Optional.empty()))
                .build(),
            Session.on(LocalDate.of(2023, 3, 3), LocalTime.of(8, 0), LocalTime.of(9, 0))
                .online(true)
                .build())
        .addAgendaItems(
            AgendaItem.withHeading("Välkommen, " + NAMES.get(0))
                .addPresenter(Person.byRole("Ordförande i Nätverket Uppdrag Hälsa"))
                .addBlock(
                    Block.paragraph(NAMES.get(0) + " hälsade alla välkomna. " + HOSTILE.get(4)))
                .build(),
            AgendaItem.withHeading("GAP-analys " + HOSTILE.get(5))
                .addPresenters(
                    Person.named(NAMES.get(1)),
                    Person.named(NAMES.get(2)).withRole("Koordinator"),
                    Person.named(NAMES.get(3))
                        .withRole("handläggare " + HOSTILE.get(6))
                        .withOrganisation("Sveriges Kommuner och Regioner"))
                .addBlocks(
                    Block.paragraph(
                        Inline.strong(NAMES.get(4)),
                        Inline.plain(", handläggare, berättar om "),
                        Inline.emphasis("Effektiv kommun " + NAMES.get(5)),
                        Inline.plain(" och "),
                        Inline.link("rapporten", report),
                        Inline.plain(" samt "),
                        Inline.link("filmen", LinkTarget.placeholder()),
                        Inline.plain(". "),
                        Inline.link("Skriv till oss", LinkTarget.of("mailto:nuh@example.org"))),
                    Block.subsection(
                        "Nuläge",
                        Block.paragraph("Pandemin har inneburit påfrestningar."),
                        Block.subsection(
                            "Detaljer " + NAMES.get(6),
                            Block.bulleted(
                                Block.paragraph("Ett " + NAMES.get(7)),
                                Block.paragraph(Inline.strong("Två " + NAMES.get(8)))),
                            Block.subsection(
                                "Djupast " + NAMES.get(9),
                                Block.paragraph(Inline.emphasis("Tre " + NAMES.get(10)))))),
                    Block.subsection("Börläge", Block.paragraph("Mer dialog behövs.")),
                    new Block.ItemList(
                        true,
                        List.of(
                            Block.paragraph("Första " + NAMES.get(11)),
                            Block.paragraph(Inline.link("Andra", report)))))
                .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
                .addLink(
                    LinkKind.VIDEO, "Länk till film", LinkTarget.of("https://example.org/film"))
                .addLink(LinkKind.DOCUMENT, "Rapporten " + NAMES.get(12), report)
                .addLink(
                    LinkKind.OTHER,
                    "Övrigt " + HOSTILE.get(0),
                    LinkTarget.of("https://example.org/x"))
                .build(),
            AgendaItem.withHeading("Avslutning " + NAMES.get(13)).build())
        .addNoteTakers(
            Person.named(NAMES.get(14)).withRole("Koordinator"),
            Person.byRole("Sekreterare " + HOSTILE.get(1)))
        .participants(ParticipantList.headed("Deltagarförteckning " + HOSTILE.get(2), participants))
        .build();
  }

  /** Minutes with a long participant list, to span several pages. */
  static Minutes manyParticipants(int count) {
    List<Participant> participants = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      participants.add(
          Participant.of(
              String.format("Deltagare %03d Åström", i),
              i % 7 == 0 ? Affiliation.Role.GUEST : Affiliation.member(i % 2 == 0 ? "NUH" : "NHD"),
              "Region " + (i % 3 == 0 ? "Östergötland" : "Västra Götalandsregionen")));
    }
    return Minutes.builder(
            Language.SWEDISH,
            ReferenceMinutes.organiser(),
            DocumentKind.MEETING_NOTES,
            "Ett stort möte",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0)).build())
        .addAgendaItem(
            AgendaItem.withHeading("Introduktion")
                .addBlock(Block.paragraph("Ordförande hälsade alla välkomna."))
                .build())
        .participants(ParticipantList.headed("Deltagarförteckning", participants))
        .build();
  }

  /** Small minutes whose title is given. */
  static Minutes titled(String title) {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken", new Network("NUH", "Nätverket Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            title,
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .online(true)
                .build())
        .addAgendaItem(
            AgendaItem.withHeading("Introduktion")
                .addBlock(
                    Block.paragraph(Inline.strong("Anna"), Inline.plain(" hälsade välkommen.")))
                .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
                .build())
        .participants(
            ParticipantList.headed(
                "Deltagare", List.of(Participant.of("Anna", Affiliation.member("NUH"), "Halland"))))
        .build();
  }

  /**
   * Minutes that showed what looked wrong in real documents: network codes of different lengths
   * (STYRELSEN, DIG, SAPMI), a title too long for one line of running header, long Swedish
   * compounds in headings, references such as "(prop. 2017/18:249)" at many places in a line,
   * and a dozen agenda items with presenters and long paragraphs, so that headings fall near page
   * ends on both paper sizes.
   */
  static Minutes looks() {
    List<AgendaItem> items = new ArrayList<>();
    String[] headings = {
      "Digitaliseringsrådet informerar",
      "Regionsjukvårdsledningsgruppens uppdrag",
      "Uppföljning av patientsäkerhetsarbetet",
      "Samverkansöverenskommelser",
      "Hälso- och sjukvårdslagstiftningen",
      "Tillitsbaserad styrning",
      "Kunskapsstyrningsorganisationen",
      "Folkhälsoarbetet i regionerna",
      "Jämlikhetsanalyser",
      "Omvärldsbevakning",
      "Kommande nätverksträffar",
      "Avslutning"
    };
    for (int i = 0; i < headings.length; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j <= i % 4 + 2; j++) {
        text.append("Regeringens proposition ")
            .append("x".repeat(j + i % 3).replace("x", "om "))
            .append("vården (2017/18:249) och betänkandet (2018/19:SoU12) diskuterades")
            .append(j % 2 == 0 ? " ingående av deltagarna. " : ". ");
      }
      items.add(
          AgendaItem.withHeading(headings[i])
              .addPresenters(
                  Person.named("Anna Andersson").withRole("Utredare").withOrganisation("Region Halland"),
                  Person.byRole("Ordförande i Digitaliseringsrådet"))
              .addBlocks(
                  Block.paragraph(text.toString()),
                  Block.paragraph(
                      "Nätverket diskuterade hur uppdragen kan följas upp med tillit som"
                          + " utgångspunkt, och vilka underlag som behövs för att regionerna ska"
                          + " kunna jämföra sina resultat över tid."))
              .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
              .build());
    }
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of(
                "Sveriges regioners samverkansnätverk för digitalisering och hälsa",
                new Network("STYRELSEN", "Styrelsemedlemmar"),
                new Network("DIG", "Digitaliseringsrådet"),
                new Network("SAPMI", "Samiska hälsonätverket")),
            DocumentKind.MEETING_NOTES,
            "Digitaliseringsrådet: uppdrag och uppföljning med tillit som utgångspunkt i"
                + " digitaliseringen av hälso- och sjukvården",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .venue(Venue.of("SKR:s lokaler", "Hornsgatan 20", "Stockholm"))
                .build())
        .agenda(items)
        .addNoteTaker(Person.named("Ralph Harlid").withRole("Koordinator"))
        .participants(
            ParticipantList.headed(
            "Deltagarförteckning",
            List.of(
                Participant.of("Anna Andersson", Affiliation.member("DIG"), "Region Halland"),
                Participant.of("Nils Niia", Affiliation.member("SAPMI"), "Region Norrbotten"),
                Participant.of("Eva Ek", Affiliation.member("STYRELSEN")))))
        .build();
  }
}
