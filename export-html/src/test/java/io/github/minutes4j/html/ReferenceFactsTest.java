package io.github.minutes4j.html;

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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the reference documents is on the page, as text a reader sees: every person, role,
 * region, heading, sentence, date, time, count and link label. Checked twice: against everything
 * the model holds (so nothing the model has is dropped), and against the source documents' words,
 * written out here by hand (so that a mistake shared by the model and the labels shows too).
 */
class ReferenceFactsTest {

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void everyTextOfTheModelIsOnThePage(String name, Minutes minutes, Language language) {
    Document page =
        Pages.parse(Pages.html(minutes, ExportOptions.defaults().withLanguage(language)));
    List<String> missing = missing(page.body().text(), factsOf(minutes, Labels.of(language)));
    assertEquals(List.of(), missing, "missing from the page of " + name + " in " + language);
  }

  @Test
  void june2022InSwedishSaysWhatTheSourceSays() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.june2022()));
    assertEquals(
        List.of(),
        missing(
            page.body().text(),
            List.of(
                "Minnesanteckningar",
                "Uppdrag och uppföljning med tillit som utgångspunkt",
                "Arrangör Nätverken Demokrati-Uppdrag-Hälsa",
                "NUH Nätverket Uppdrag Hälsa",
                "NHD Nätverket Hälsa och Demokrati",
                "Datum 11 juni 2022",
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
    assertEquals(6, page.select(".links li").size(), "two links under each of three items");
    assertEquals(
        "2 juni 2022 kl. 10.00–15.00",
        page.getElementById("time-and-place").parent().selectFirst(".when").text());
    assertEquals(
        List.of("2022-06-02", "2022-06-02T10:00", "2022-06-02T15:00"),
        page.select(".when time").eachAttr("datetime"));
    assertEquals("2022-06-11", page.selectFirst(".facts time").attr("datetime"));
  }

  @Test
  void december2021InSwedishSaysWhatTheSourceSays() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.december2021()));
    assertEquals(
        List.of(),
        missing(
            page.body().text(),
            List.of(
                "Uppdrag som leder till jämlik vård och jämlik hälsa",
                "Datum 28 december 2021",
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
    assertEquals(8, page.select(".links li").size(), "two links under each of four items");
    assertEquals(2, page.select(".sessions > li").size());
  }

  @Test
  void june2022InEnglishHasEnglishLabelsAndTheSwedishText() {
    Document page =
        Pages.parse(
            Pages.html(
                ReferenceMinutes.june2022(),
                ExportOptions.defaults().withLanguage(Language.ENGLISH)));
    assertEquals(
        List.of(),
        missing(
            page.body().text(),
            List.of(
                "Meeting notes",
                "Organiser Nätverken Demokrati-Uppdrag-Hälsa",
                "Date 11 June 2022",
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
    // The page is in English; the minutes' own text is marked as Swedish.
    assertEquals("en", page.selectFirst("html").attr("lang"));
    for (String selector :
        List.of("h1", ".facts dd > span", ".networks dd", "#item-1", ".presenters dd",
            ".content", ".people", "caption h2", "tbody td:first-child")) {
      Element element = page.selectFirst(selector);
      assertEquals("sv", element.attr("lang"), selector);
    }
    assertEquals("en", page.selectFirst(".placeholder-note").attr("lang"));
    Element guest = page.select("tbody tr").get(15).select("td").get(1);
    assertEquals("Guest", guest.text());
    assertEquals("en", guest.attr("lang"));
  }

  @Test
  void swedishPagesDoNotRepeatTheLanguageOnEveryElement() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.june2022()));
    assertEquals(1, page.select("[lang]").size(), "only <html lang>");
  }

  /** What a page of these minutes must say, from the model and the labels of a language. */
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
              facts.add(labels.text(Label.PARTICIPANT_NAME));
              facts.add(labels.text(Label.PARTICIPANT_AFFILIATION));
              facts.add(labels.text(Label.PARTICIPANT_ORGANISATION));
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

  private static List<String> missing(String text, List<String> facts) {
    assertTrue(facts.size() > 10, "a test that checks almost nothing: " + facts);
    List<String> missing = new ArrayList<>();
    for (String fact : facts) {
      if (!text.contains(fact)) {
        missing.add(fact);
      }
    }
    return missing;
  }
}
