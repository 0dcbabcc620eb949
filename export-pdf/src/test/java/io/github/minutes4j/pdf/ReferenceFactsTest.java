package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the reference documents is in the PDF as text PDFBox extracts: every person,
 * role, region, heading, sentence, date, time, count and link label. Checked against everything
 * the model holds, and against the source documents' words written out here by hand. The text
 * is read from the pages' content area, so the running header and the footer cannot supply a
 * fact that the content lacks.
 */
class ReferenceFactsTest {

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.pdf.Pdfs#referenceDocumentsInEachLanguage")
  void everyTextOfTheModelIsInThePdf(String name, Minutes minutes, Language language)
      throws Exception {
    byte[] pdf = Pdfs.render(minutes, ExportOptions.defaults().withLanguage(language));
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Pdfs.body(document);
      assertEquals(
          List.of(),
          missing(body, factsOf(minutes, Labels.of(language))),
          "missing from the PDF of " + name + " in " + language);
      assertTrue(!body.contains("#"), "a character was replaced by '#': " + body);
    }
  }

  @Test
  void june2022InSwedishSaysWhatTheSourceSays() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022()))) {
      assertEquals(
          List.of(),
          missing(
              Pdfs.body(document),
              List.of(
                  "Minnesanteckningar",
                  "Uppdrag och uppföljning med tillit som utgångspunkt",
                  "Arrangör: Nätverken Demokrati-Uppdrag-Hälsa",
                  "NUH: Nätverket Uppdrag Hälsa",
                  "NHD: Nätverket Hälsa och Demokrati",
                  "Datum: 11 juni 2022",
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
                  "Länkarna på namnen är inte publicerade ännu.")));
    }
  }

  @Test
  void december2021InSwedishSaysWhatTheSourceSays() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.december2021()))) {
      assertEquals(
          List.of(),
          missing(
              Pdfs.body(document),
              List.of(
                  "Uppdrag som leder till jämlik vård och jämlik hälsa",
                  "Datum: 28 december 2021",
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
                  "Staffan Carlsson, Koordinator")));
    }
  }

  @Test
  void june2022InEnglishHasEnglishLabelsAndTheSwedishText() throws Exception {
    byte[] pdf =
        Pdfs.render(
            ReferenceMinutes.june2022(), ExportOptions.defaults().withLanguage(Language.ENGLISH));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals(
          List.of(),
          missing(
              Pdfs.body(document),
              List.of(
                  "Meeting notes",
                  "Organiser: Nätverken Demokrati-Uppdrag-Hälsa",
                  "Date: 11 June 2022",
                  "Time and place",
                  "2 June 2022, 10:00–15:00",
                  "SKR's lokaler, Hornsgatan 20, Stockholm, and online",
                  "About 10 people attended on site and 13 people remotely.",
                  "Presenters Linda Persson Melin, handläggare, SKR",
                  "Länk till bilder (address not yet published)",
                  "Notes taken by",
                  "Name Network or role Region or organisation",
                  "Linda Persson Melin Guest SKR",
                  "Ralph Harlid Coordinator",
                  "The links on the names are not yet published.")));
      assertEquals("en", document.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void withoutTheParticipantListNoParticipantIsPrinted() throws Exception {
    byte[] pdf =
        Pdfs.render(ReferenceMinutes.june2022(), ExportOptions.defaults().withParticipants(false));
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Pdfs.body(document);
      assertTrue(body.contains("Staffan Carlsson, Koordinator"), "the note-takers stay");
      for (String absent : List.of("Deltagarförteckning", "Anna Lindeberg", "Blekinge", "Namn")) {
        assertTrue(!body.contains(absent), absent + " is printed: " + body);
      }
    }
  }

  /** What a PDF of these minutes must say, from the model and the labels of a language. */
  static List<String> factsOf(Minutes minutes, Labels labels) {
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
    for (AgendaItem item : minutes.agenda()) {
      facts.add(item.heading());
      if (!item.presenters().isEmpty()) {
        facts.add(labels.text(Label.PRESENTERS));
      }
      for (Person presenter : item.presenters()) {
        facts.add(labels.person(presenter));
      }
      blocks(item.content(), facts);
      for (Link link : item.links()) {
        facts.add(link.label());
        if (link.target().isPlaceholder()) {
          facts.add(link.label() + " (" + labels.text(Label.LINK_PLACEHOLDER) + ")");
        }
      }
    }
    if (!minutes.noteTakers().isEmpty()) {
      facts.add(labels.text(Label.NOTE_TAKERS));
    }
    for (Person person : minutes.noteTakers()) {
      facts.add(labels.person(person));
    }
    minutes
        .participants()
        .ifPresent(
            list -> {
              facts.add(list.heading());
              facts.add(
                  labels.text(Label.PARTICIPANT_NAME)
                      + " "
                      + labels.text(Label.PARTICIPANT_AFFILIATION)
                      + " "
                      + labels.text(Label.PARTICIPANT_ORGANISATION));
              for (Participant participant : list.entries()) {
                String row = participant.name() + " " + labels.affiliation(participant.affiliation());
                facts.add(participant.organisation().map(o -> row + " " + o).orElse(row));
              }
            });
    return facts;
  }

  private static void blocks(List<Block> blocks, List<String> facts) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph) {
        facts.add(((Block.Paragraph) block).text());
      } else if (block instanceof Block.Subsection) {
        facts.add(((Block.Subsection) block).heading());
        blocks(((Block.Subsection) block).content(), facts);
      } else if (block instanceof Block.ItemList) {
        for (Block.Paragraph item : ((Block.ItemList) block).items()) {
          facts.add(item.text());
        }
      }
    }
  }

  /** The facts the text lacks, comparing with white space squeezed. */
  static List<String> missing(String text, List<String> facts) {
    assertTrue(facts.size() > 10, "a test that checks almost nothing: " + facts);
    String squeezed = Pdfs.squeeze(text);
    List<String> missing = new ArrayList<>();
    for (String fact : facts) {
      if (!squeezed.contains(Pdfs.squeeze(fact))) {
        missing.add(fact);
      }
    }
    return missing;
  }
}
