package io.github.minutes4j.examples.reference;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Link;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private ReferenceFacts() {}

  /**
   * Every text of the minutes, as a reader of a document in the language sees it: the document
   * kind, title, organiser and networks, date, sessions with their time, place and attendance,
   * each agenda item's heading, presenters, text and link labels (with the placeholder note where
   * the address is not published), the note-takers, and the participant list's heading, column
   * heads and rows, each row written as its cells joined by a space.
   *
   * @param minutes the minutes; never null
   * @param language the language of the labels; never null
   * @return the facts in document order; never null
   */
  public static List<String> of(Minutes minutes, Language language) {
    return of(minutes, Labels.of(Objects.requireNonNull(language, "language")));
  }

  /**
   * Every text of the minutes with given labels, such as those of export options with reworded
   * labels ({@link io.github.minutes4j.core.spi.ExportOptions#labelsFor(Minutes)}); otherwise as
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
    for (AgendaItem item : minutes.agenda()) {
      facts.add(item.heading());
      if (!item.presenters().isEmpty()) {
        facts.add(labels.text(Label.PRESENTERS));
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
        "Presenters Linda Persson Melin, handläggare, SKR",
        "Länk till bilder (address not yet published)",
        "Notes taken by",
        "Name Network or role Region or organisation",
        "Linda Persson Melin Guest SKR",
        "Ralph Harlid Coordinator",
        "The links on the names are not yet published.");
  }

  /**
   * The facts a text lacks, each compared with its white space squeezed to single spaces, as is
   * the text.
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
