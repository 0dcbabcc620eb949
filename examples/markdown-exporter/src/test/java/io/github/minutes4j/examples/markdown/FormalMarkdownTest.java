package io.github.minutes4j.examples.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.UnknownItemsException;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceFacts;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.junit.jupiter.api.Test;

/** Formal minutes in Markdown: every part of a protokoll and of an association's minutes. */
class FormalMarkdownTest {

  private static final Minutes PROTOKOLL = FormalReferenceMinutes.committeeProtokoll();
  private static final Minutes AGM = FormalReferenceMinutes.annualGeneralMeeting();
  private static final Rendered SWEDISH = Rendered.export(PROTOKOLL);
  private static final Rendered ENGLISH = Rendered.export(AGM);

  @Test
  void everyParagraphIsHeadedByItsNumberAndTheMinutesWideSectionsFollow() {
    List<String> items = SWEDISH.headings(4);
    assertEquals("Tid och plats", items.get(0));
    assertEquals("Närvaro", items.get(1));
    assertEquals("§ 112 Val av justerare och fastställande av dagordning", items.get(2));
    assertEquals("§ 119 Informationsärenden", items.get(items.size() - 1));
    assertEquals(10, items.size());
    assertEquals(
        List.of(
            "Protokoll", "Vid protokollet", "Bilagor", "Nästa sammanträde", "Justering",
            "Underskrifter", "Anslag/bevis"),
        SWEDISH.headings(2));
  }

  @Test
  void theHeaderNamesTheChair() {
    assertEquals(
        List.of("Kommunstyrelsens arbetsutskott, Älvåsa kommun", "17 november 2026",
            "Ordförande: Karin Sundqvist"),
        headerOf(SWEDISH));
    assertEquals(List.of("Millbrook Allotment Society", "2 April 2026", "Chair: Margaret Osei"),
        headerOf(ENGLISH));
  }

  /** The heading of level 1 and the paragraphs before the rule under the header. */
  private static List<String> headerOf(Rendered rendered) {
    List<String> header = new ArrayList<>(rendered.headings(1));
    String markdown = rendered.markdown.substring(0, rendered.markdown.indexOf("\n---\n"));
    header.addAll(Rendered.parse(markdown).paragraphs());
    return header;
  }

  @Test
  void theHandWrittenFactsOfBothDocumentsAreInTheirText() {
    // The Markdown header gives the document's date alone, as the reference documents were
    // written, so the facts with the "Datum" and "Date" labels are left out.
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            Rendered.text(SWEDISH.document),
            withoutDateLabel(ReferenceFacts.protokoll2026InSwedish(": "))));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            Rendered.text(ENGLISH.document),
            withoutDateLabel(ReferenceFacts.annualMeeting2026InEnglish(": "))));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            Rendered.text(SWEDISH.document), ReferenceFacts.of(PROTOKOLL, Language.SWEDISH)));
    assertEquals(
        List.of(),
        ReferenceFacts.missingFrom(
            Rendered.text(ENGLISH.document), ReferenceFacts.of(AGM, Language.ENGLISH)));
  }

  @Test
  void theAttendanceSaysWhoDecidesWhomASubstituteServesForAndWhenPeopleCameAndWent() {
    String text = Rendered.text(SWEDISH.document);
    assertTrue(
        text.contains(
            "Sofia Nyström (S), tjänstgörande ersättare för Tomas Berglund, lämnade sammanträdet"
                + " under § 117"),
        text);
    assertTrue(
        text.contains(
            "Maria Forsberg, ekonomichef, anslöt till sammanträdet kl. 08.45 under § 113,"
                + " lämnade sammanträdet under § 114"));
    List<String> groups =
        SWEDISH.paragraphs().stream()
            .filter(
                p ->
                    List.of(
                            "Beslutande",
                            "Ej tjänstgörande ersättare",
                            "Övriga närvarande",
                            "Frånvarande")
                        .contains(p))
            .collect(Collectors.toList());
    assertEquals(
        List.of("Beslutande", "Ej tjänstgörande ersättare", "Övriga närvarande", "Frånvarande"),
        groups);
    assertTrue(text.contains("Tomas Berglund (S), ledamot"));
    assertTrue(SWEDISH.paragraphs().contains("Ajournering: kl. 10.05–10.20"));
  }

  @Test
  void anOpenVoteHasItsRollCallAsATableAndItsTotals() {
    List<List<String>> rows = SWEDISH.tableRows();
    int header = rows.indexOf(List.of("Ledamot", "Röst"));
    assertTrue(header >= 0, rows.toString());
    assertEquals(
        List.of(
            List.of("Karin Sundqvist", "Ja"),
            List.of("Mats Holmberg", "Nej"),
            List.of("Eva Lindgren", "Ja"),
            List.of("Sofia Nyström", "Nej"),
            List.of("Leila Haddad", "Ja"),
            List.of("Per-Olof Strand", "Ja"),
            List.of("Anneli Vik", "Nej")),
        rows.subList(header + 1, header + 8));
    List<String> paragraphs = SWEDISH.paragraphs();
    assertTrue(paragraphs.contains("Omröstning (Öppen omröstning)"));
    assertTrue(paragraphs.contains("Ja-röst för yrkande A. Nej-röst för yrkande B."));
    assertTrue(paragraphs.contains("Omröstningsresultat: 4 ja, 3 nej, 0 avstår."));
    assertTrue(paragraphs.contains("Propositionsordning: yrkande A, yrkande B"));
  }

  @Test
  void aClosedVoteHasItsTotalsAndNoRollCall() {
    List<String> paragraphs = ENGLISH.paragraphs();
    assertTrue(paragraphs.contains("Vote (Secret ballot)"), paragraphs.toString());
    assertTrue(paragraphs.contains("Result: 14 for, 22 against, 2 abstained."));
    assertFalse(ENGLISH.tableRows().contains(List.of("Member", "Vote")));
    assertTrue(
        paragraphs.contains("Order in which the chair put the proposals: proposal B, proposal A"));
  }

  @Test
  void aDecisionsClausesAreAListNumberedFromOne() {
    List<List<String>> lists = orderedLists(SWEDISH);
    assertTrue(
        lists.contains(
            List.of(
                "fastställa taxa för vatten och avlopp 2027 enligt bilaga 1,",
                "taxan ska gälla från och med den 1 januari 2027,",
                "uppdra åt Älvåsa Vatten AB att redovisa investeringen i Norrsunds reningsverk"
                    + " till kommunstyrelsen senast i juni 2027.")),
        lists.toString());
    assertTrue(
        SWEDISH.paragraphs().contains("Informationen läggs till handlingarna."),
        "a decision without clauses is its introduction alone");
  }

  @Test
  void reservationsProtocolNotesAndConflictsOfInterestAreSaidInFull() {
    List<String> paragraphs = SWEDISH.paragraphs();
    assertTrue(
        paragraphs.contains("Mats Holmberg, Sofia Nyström reserverar sig mot beslut 1."),
        paragraphs.toString());
    assertTrue(paragraphs.contains("Anneli Vik reserverar sig mot beslut 1."));
    assertTrue(paragraphs.contains("Leila Haddad lämnar följande protokollsanteckning:"));
    assertTrue(
        paragraphs.contains(
            "Eva Lindgren deltar inte i handläggningen på grund av jäv (närstående är"
                + " verkställande direktör i Nordkvist Bygg AB)."));
    List<String> quotes = new ArrayList<>();
    SWEDISH.document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(BlockQuote quote) {
            quotes.add(Rendered.text(quote));
          }
        });
    assertEquals(2, quotes.size(), "the written reservation and the protocol note");
    assertTrue(quotes.get(0).startsWith("Vänsterpartiet reserverar sig mot beslutet."));
    assertTrue(quotes.get(1).startsWith("Liberalerna noterar"));
  }

  /** The paragraphs of the protokoll with the labels of a language. */
  private static List<String> protokollParagraphsIn(String tag) {
    return Rendered.export(PROTOKOLL, ExportOptions.defaults().withLanguage(Language.ofTag(tag)))
        .paragraphs();
  }

  /** A German verb agrees with one member ("widersprach") or several ("widersprachen"). */
  @Test
  void aReservationsVerbAgreesWithHowManyMembersReserved() {
    List<String> german = protokollParagraphsIn("de");
    List<String> finnish = protokollParagraphsIn("fi");

    assertTrue(
        german.contains("Mats Holmberg, Sofia Nyström widersprachen Beschluss 1."),
        german.toString());
    assertTrue(german.contains("Anneli Vik widersprach Beschluss 1."));
    assertTrue(german.contains("Leila Haddad gab folgende Protokollerklärung ab:"));
    assertTrue(
        finnish.contains(
            "Mats Holmberg, Sofia Nyström jättivät eriävän mielipiteen päätöksestä 1."),
        finnish.toString());
    assertTrue(finnish.contains("Anneli Vik jätti eriävän mielipiteen päätöksestä 1."));
  }

  /** Lists are joined with the labels' separator: the Arabic comma on an Arabic page. */
  @Test
  void anArabicPageJoinsListsWithTheArabicComma() {
    List<String> protokoll = protokollParagraphsIn("ar");
    List<String> notes = Rendered.export(RightToLeftMinutes.arabic()).paragraphs();

    assertTrue(
        protokoll.contains(
            "يُرسَل القرار إلى: Kommunstyrelsen، Älvåsa Vatten AB، Ekonomiavdelningen"),
        protokoll.toString());
    assertTrue(
        protokoll.contains("تحفّظ Mats Holmberg، Sofia Nyström على القرار 1."),
        protokoll.toString());
    assertTrue(
        notes.contains("18 نوفمبر 2026، الساعة 09:00–11:30، قاعة المجلس، شارع الملك ١٢، الرياض"),
        notes.toString());
  }

  @Test
  void itemsNameTheirCaseAttachmentsRecipientsAndImmediateAdjustment() {
    List<String> paragraphs = SWEDISH.paragraphs();
    assertTrue(paragraphs.contains("Diarienummer: KS 2026/311"));
    assertTrue(paragraphs.contains("Bilagor: Bilaga 1"));
    assertTrue(
        paragraphs.contains(
            "Beslutet skickas till: Kommunstyrelsen, Älvåsa Vatten AB, Ekonomiavdelningen"));
    assertEquals(
        1, paragraphs.stream().filter("Paragrafen justeras omedelbart."::equals).count());
    assertTrue(
        Rendered.text(SWEDISH.document)
            .contains("Bilaga 2: Yttrande över förslag till regional transportplan 2026–2037"
                + " (KS 2026/355-3)"));
  }

  @Test
  void signaturesAreLinesToSignOnWithTheNameBelowAndNoRule() {
    String text = Rendered.text(SWEDISH.document);
    String line = "_".repeat(32);
    assertTrue(text.contains("Sekreterare\n" + line + "\nJohan Åkesson, nämndsekreterare"), text);
    assertTrue(text.contains("Ordförande\n" + line + "\nKarin Sundqvist"));
    assertTrue(text.contains("Justerare\n" + line + "\nMats Holmberg"));
    assertTrue(text.contains("Underskrift\n" + line + "\nJohan Åkesson"));
    List<Object> rules = new ArrayList<>();
    SWEDISH.document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(ThematicBreak rule) {
            rules.add(rule);
          }
        });
    assertEquals(1, rules.size(), "only the rule under the header; a signature line is text");
  }

  @Test
  void theNoticeGivesTheBodyTheDatesAndWhereTheMinutesAreKept() {
    String text = Rendered.text(SWEDISH.document);
    assertTrue(
        text.contains(
            "Organ: Kommunstyrelsens arbetsutskott, Älvåsa kommun\n"
                + "Sammanträdesdatum: 17 november 2026\n"
                + "Datum då anslaget sätts upp: 25 november 2026\n"
                + "Datum då anslaget tas ned: 17 december 2026\n"
                + "Förvaringsplats för protokollet: Kommunkontoret, Storgatan 12, Älvåsa"),
        text);
    assertTrue(
        SWEDISH.paragraphs()
            .contains("Justeringens plats och tid: Kommunkontoret, Storgatan 12, 24 november 2026"));
  }

  @Test
  void actionItemsAreATableOfTaskOwnersAndDueDate() {
    List<List<String>> rows = ENGLISH.tableRows();
    assertEquals(4, rows.stream().filter(List.of("Action", "Owner", "Due")::equals).count());
    assertTrue(
        rows.contains(
            List.of(
                "Obtain three quotes for the gutters and water butts.",
                "Tom Walsh, Ahmed Khan",
                "15 May 2026")));
    assertTrue(
        rows.contains(
            List.of(
                "Offer plots 31 to 34 to the four longest-waiting applicants.",
                "Daniel Price",
                "")),
        "an action without a due date has an empty cell");
    assertTrue(
        ENGLISH.paragraphs()
            .contains("20 March 2027, 10:00, Millbrook Community Hall, 14 Station Road, Millbrook"));
  }

  @Test
  void anExtractHasTheChosenParagraphsTheAdjustmentAndAnAttestation() {
    Rendered extract =
        Rendered.export(PROTOKOLL, ExportOptions.defaults().withExtract("§ 115", "113"));

    assertEquals(
        List.of(
            "Tid och plats",
            "§ 113 Taxa för vatten och avlopp 2027",
            "§ 115 Svar på motion om solceller på kommunens fastigheter"),
        extract.headings(4));
    assertEquals(List.of("Protokollsutdrag", "Justering"), extract.headings(2));
    String text = Rendered.text(extract.document);
    assertTrue(text.contains("Rätt utdraget intygar\n" + "_".repeat(32)), text);
    assertTrue(text.contains("Justerare: Mats Holmberg"));
    assertFalse(text.contains("Anslag"), "no notice");
    assertFalse(text.contains("Närvaro"), "no attendance");
  }

  @Test
  void anExtractOfParagraphsTheMinutesDoNotHaveIsRefusedNamingThemAndNothingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnknownItemsException e =
        assertThrows(
            UnknownItemsException.class,
            () ->
                new MarkdownMinutesExporter()
                    .export(PROTOKOLL, ExportOptions.defaults().withExtract("§ 113", "§ 120"), out));
    assertTrue(
        e.getMessage().startsWith("The extract asks for \"§ 120\", which the minutes do not have"),
        e.getMessage());
    assertEquals(0, out.size());
  }

  private static List<String> withoutDateLabel(List<String> facts) {
    return facts.stream()
        .filter(fact -> !fact.startsWith("Datum: ") && !fact.startsWith("Date: "))
        .collect(Collectors.toList());
  }

  private static List<List<String>> orderedLists(Rendered rendered) {
    List<List<String>> lists = new ArrayList<>();
    rendered.document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(OrderedList list) {
            assertEquals(Integer.valueOf(1), list.getMarkerStartNumber());
            List<String> items = new ArrayList<>();
            for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
              if (item instanceof ListItem) {
                items.add(Rendered.text(item));
              }
            }
            lists.add(items);
          }
        });
    return lists;
  }
}
