package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.UnknownItemsException;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formal minutes on the page: every part of a Swedish protokoll and of English minutes, with the
 * labels of their kind, in the classes of the markup contract; the extract; and meeting notes that
 * keep their own wording. The pages are kept in {@code target/formal/} for people to look at.
 */
class FormalMinutesTest {

  private static Document page(String name, Minutes minutes, ExportOptions options) {
    String html = Pages.html(minutes, options);
    Pages.write(Pages.outputDir().resolve("formal").resolve(name + ".html"), html);
    return Pages.parse(html);
  }

  private static Document protokoll() {
    return page("protokoll-sv", FormalDocuments.protokoll(), ExportOptions.defaults());
  }

  private static Document annualMeeting() {
    return page("annual-meeting-en", FormalDocuments.annualMeeting(), ExportOptions.defaults());
  }

  private static String text(Element root, String selector) {
    Elements found = root.select(selector);
    assertFalse(found.isEmpty(), "no " + selector + " in " + root.cssSelector());
    return found.text();
  }

  private static Element item(Document page, int number) {
    Element heading = page.getElementById("item-" + number);
    assertTrue(heading != null, "no heading #item-" + number);
    return heading.parent();
  }

  @Test
  void aProtokollSaysOrganAndVidProtokollet() {
    Document page = protokoll();

    assertEquals("Protokoll", text(page, "header .kind"));
    assertEquals("Organ", page.select(".facts dt").first().text());
    assertEquals("Ordförande", page.select("header .facts dt").get(2).text());
    assertEquals("Anna Ek", page.select("header .facts dd").get(2).text());
    assertEquals("Vid protokollet", page.getElementById("note-takers").text());
    assertTrue(page.select("header").text().indexOf("Arrangör") < 0);
    assertTrue(page.text().indexOf("För anteckningarna") < 0);
  }

  @Test
  void itemHeadingsCarryTheirParagraphNumbers() {
    Document page = protokoll();

    assertEquals("§ 41 Val av justerare", page.getElementById("item-1").text());
    assertEquals("§ 42", page.getElementById("item-2").selectFirst(".item-number").text());
    assertEquals("§ 45 Informationsärenden", page.getElementById("item-5").text());
  }

  @Test
  void theSessionLineHasTheAdjournment() {
    Document page = protokoll();

    assertEquals("17 november 2026 kl. 09.00–12.00", text(page, ".session .when"));
    assertEquals("Sammanträdesrum Ugglan", text(page, ".session .where"));
    Element adjournments = page.selectFirst(".session .adjournments");
    assertEquals("Ajournering kl. 10.15–10.30", adjournments.text());
    assertEquals(
        List.of("2026-11-17T10:15", "2026-11-17T10:30"),
        adjournments.select("time").eachAttr("datetime"));
  }

  @Test
  void theAttendanceGroupsDecidingSubstitutesOthersAndAbsent() {
    Element attendance = protokoll().selectFirst("section.attendance");

    assertEquals("Närvaro", attendance.selectFirst("h2#attendance").text());
    assertEquals(
        List.of("Beslutande", "Ej tjänstgörande ersättare", "Övriga närvarande", "Frånvarande"),
        attendance.select("h3").eachText());
    assertEquals(
        List.of(
            "Anna Ek (S), ordförande",
            "Bo Berg (M), ledamot",
            "Cecilia Dahl (C), vice ordförande, anslöt till sammanträdet kl. 09.20",
            "Disa Falk (V), tjänstgörande ersättare för Gustav Holm,"
                + " lämnade sammanträdet under § 44"),
        attendance.select(".deciding li").eachText());
    assertEquals("Ivar Jonsson (L), ersättare", text(attendance, ".substitutes li"));
    assertEquals("Karin Lind, tjänsteperson", text(attendance, ".others li"));
    assertEquals("Gustav Holm (V), ledamot", text(attendance, ".absent li"));
  }

  @Test
  void anItemShowsItsCaseProposalsOrderVoteDecisionAndReservation() {
    Element item = item(protokoll(), 2);

    assertEquals("Diarienummer: KS 2026/114", text(item, "p.case-reference"));
    assertEquals("Yrkanden", text(item, ".proposals h3"));
    assertEquals(
        List.of(
            "Yrkande A (bifall) – Anna Ek: Bifall till arbetsutskottets förslag.",
            "Yrkande B (återremiss) – Bo Berg: Ärendet återremitteras för en ny skattesats."),
        item.select(".proposals li").eachText());
    assertEquals("Propositionsordning: yrkande B, yrkande A", text(item, ".proposal-order"));

    Element vote = item.selectFirst("div.vote");
    assertEquals("Omröstning", text(vote, "h3"));
    assertEquals("Öppen omröstning", text(vote, ".vote-method"));
    assertTrue(vote.text().contains("Ja-röst för yrkande A. Nej-röst för yrkande B."), vote.text());
    Element table = vote.selectFirst("table.roll-call");
    assertEquals("Omröstningslista", text(table, "caption"));
    assertEquals(List.of("col", "col"), table.select("thead th").eachAttr("scope"));
    assertEquals(List.of("Ledamot", "Röst"), table.select("thead th").eachText());
    assertEquals(
        List.of("Anna Ek Ja", "Cecilia Dahl Ja", "Disa Falk Avstår", "Bo Berg Nej"),
        table.select("tbody tr").eachText());
    assertEquals("row", table.selectFirst("tbody th").attr("scope"));
    assertEquals("Omröstningsresultat: 2 ja, 1 nej, 1 avstår.", text(vote, ".vote-result"));

    Element decision = item.selectFirst("div.decision");
    assertEquals("Beslut d1", text(decision, "h3"));
    assertEquals("Kommunstyrelsen beslutar att", text(decision, ".decision-introduction"));
    assertEquals(
        List.of("fastställa budgeten för 2027 enligt bilaga 1,", "skattesatsen är oförändrad."),
        decision.select("ol.clauses > li").eachText());

    Element reservation = item.selectFirst("div.reservation");
    assertEquals("d1", reservation.attr("data-decision"));
    assertEquals("Reservation", text(reservation, "h3"));
    assertTrue(
        reservation.text().contains("Bo Berg reserverar sig mot beslut d1."), reservation.text());
    assertTrue(reservation.text().contains("Skriftlig reservation"));
    assertEquals(
        "Budgeten tar inte höjd för kostnaderna i äldreomsorgen.",
        text(reservation, "blockquote"));

    assertEquals(
        "Bilaga 1: Förslag till budget 2027; Bilaga 2: Taxor och avgifter",
        text(item, "p.item-attachments"));
    assertEquals(
        "Beslutet skickas till: Ekonomiavdelningen, Revisorerna", text(item, "p.recipients"));
    assertTrue(item.select("p.adjusted-immediately").isEmpty());
  }

  @Test
  void anItemShowsConflictsOfInterestNotesImmediateAdjustmentAndAClosedVote() {
    Document page = protokoll();
    Element item = item(page, 3);

    assertEquals(
        "Cecilia Dahl deltar inte i handläggningen på grund av jäv (styrelseledamot i bolaget).",
        text(item, ".conflicts-of-interest p"));
    Element note = item.selectFirst("div.protocol-note");
    assertEquals("Protokollsanteckning", text(note, "h3"));
    assertEquals("Bo Berg lämnar följande protokollsanteckning:", text(note, "> p"));
    assertEquals(
        "Vi vill se en ny trafikutredning innan bygglov ges.", text(note, "blockquote"));
    assertEquals("Paragrafen justeras omedelbart.", text(item, "p.adjusted-immediately"));

    Element closed = item(page, 4).selectFirst("div.vote");
    assertEquals("Sluten omröstning", text(closed, ".vote-method"));
    assertTrue(closed.select("table").isEmpty(), "a closed vote has no roll call");
    assertEquals("Omröstningsresultat: 2 ja, 1 nej, 1 avstår.", text(closed, ".vote-result"));
  }

  @Test
  void actionsAreATableOfTaskOwnerAndDueDate() {
    Element actions = item(protokoll(), 5).selectFirst("div.actions table");

    assertEquals("Att göra", text(actions, "caption"));
    assertEquals(
        List.of("Uppgift", "Ansvarig", "Klart senast"), actions.select("thead th").eachText());
    assertEquals(
        "Ta fram en tidplan för Norra hamnen Karin Lind 1 december 2026",
        text(actions, "tbody tr"));
    assertEquals("2026-12-01", actions.selectFirst("tbody time").attr("datetime"));
  }

  @Test
  void theMinutesEndWithAttachmentsNextMeetingAdjustmentSignaturesAndNotice() {
    Document page = protokoll();

    assertEquals(
        List.of(
            "Bilaga 1: Förslag till budget 2027 (KS 2026/114-3)",
            "Bilaga 2: Taxor och avgifter"),
        page.select("section.attachments li").eachText());
    assertEquals("Bilagor", page.getElementById("attachments").text());
    assertEquals("Nästa sammanträde", page.getElementById("next-meeting").text());
    assertEquals("15 december 2026 kl. 09.00", text(page, "section.next-meeting .when"));

    Element adjustment = page.selectFirst("section.adjustment");
    assertEquals("Justering", text(adjustment, "h2"));
    assertEquals(
        List.of("Justerare", "Justeringens plats och tid"), adjustment.select("dt").eachText());
    assertEquals(
        List.of("Bo Berg", "Kommunkontoret, 20 november 2026"), adjustment.select("dd").eachText());

    Elements signatures = page.select("section.signatures div.signature");
    assertEquals(
        List.of("Sekreterare", "Ordförande", "Justerare"),
        signatures.select(".signature-role").eachText());
    assertEquals(
        List.of("Eva Lund (nämndsekreterare)", "Anna Ek", "Bo Berg"),
        signatures.select(".signature-name").eachText());
    assertEquals(3, signatures.select("p.signature-line").size());

    Element notice = page.selectFirst("section.notice");
    assertEquals("Anslag/bevis", text(notice, "h2"));
    assertEquals(
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        notice.selectFirst("p").text());
    assertEquals(
        List.of(
            "Organ",
            "Sammanträdesdatum",
            "Datum då anslaget sätts upp",
            "Datum då anslaget tas ned",
            "Förvaringsplats för protokollet"),
        notice.select("dt").eachText());
    assertEquals(
        List.of(
            "Kommunstyrelsen",
            "17 november 2026",
            "21 november 2026",
            "14 december 2026",
            "Kommunkontoret, kansliet"),
        notice.select("dd").eachText());
    assertEquals("Underskrift", text(notice, ".signature-role"));
    assertEquals("Eva Lund", text(notice, ".signature-name"));
  }

  @Test
  void englishMinutesUseTheWordsOfEnglishMinutes() {
    Document page = annualMeeting();

    assertEquals("Minutes", text(page, "header .kind"));
    assertEquals("Meeting of", page.select(".facts dt").first().text());
    assertEquals("Minutes taken by", page.getElementById("note-takers").text());
    assertEquals("18 April 2026", text(page, ".session .when"), "no time was recorded");
    assertEquals("2 Motion on plot rents", page.getElementById("item-2").text());
    assertEquals(
        List.of("Members present", "Absent"), page.select("section.attendance h3").eachText());
    assertEquals("Priya Shah, member, left during item 3", page.select(".deciding li").get(2).text());

    Element motions = item(page, 2);
    assertEquals(
        List.of(
            "Proposal 1 (amendment) – Tom Bradley: That rents rise by 3 per cent, not 5.",
            "Proposal 2 (approval) – Priya Shah: That the committee's proposal of 5 per cent be"
                + " approved."),
        motions.select(".proposals li").eachText());
    assertEquals(
        "Order in which the chair put the proposals: proposal 1, proposal 2",
        text(motions, ".proposal-order"));
    assertEquals("Secret ballot", text(motions, ".vote-method"));
    assertTrue(motions.text().contains("\u201cFor\u201d supported proposal 2."));
    assertEquals("Result: 2 for, 1 against, 0 abstained.", text(motions, ".vote-result"));
    assertEquals("Decision rents", text(motions, ".decision h3"));
    assertEquals("Dissent", text(motions, ".reservation h3"));
    assertEquals("Tom Bradley dissented from decision rents.", text(motions, ".reservation p"));

    Element actions = item(page, 3).selectFirst(".actions table");
    assertEquals(List.of("Action", "Owner", "Due"), actions.select("thead th").eachText());
    assertEquals(
        List.of(
            "Repair the water trough by plot 12 Tom Bradley, David Owen 31 May 2026",
            "Write to the council about the gate Margaret Hughes"),
        actions.select("tbody tr").eachText());

    assertEquals(
        List.of("Minutes checked by"), page.select("section.adjustment dt").eachText());
    assertEquals(
        List.of("Secretary", "Chair", "Checked by", "Checked by"),
        page.select(".signature-role").eachText());
  }

  @Test
  void meetingNotesKeepTheirWordingAndHaveNoSignatures() {
    Minutes notes =
        FormalDocuments.protokoll().toBuilder().kind(DocumentKind.MEETING_NOTES).build();
    Document page = page("meeting-notes-sv", notes, ExportOptions.defaults());

    assertEquals("Minnesanteckningar", text(page, "header .kind"));
    assertEquals("Arrangör", page.select(".facts dt").first().text());
    assertEquals("För anteckningarna", page.getElementById("note-takers").text());
    assertTrue(page.select("section.signatures").isEmpty());
    assertTrue(page.text().indexOf("Vid protokollet") < 0);
    assertEquals(
        "Arrangör",
        page("reference-sv", ReferenceMinutes.june2022(), ExportOptions.defaults())
            .select(".facts dt")
            .first()
            .text());
  }

  @Test
  void anExtractHasTheHeaderTheChosenItemsTheAdjustmentAndTheAttestation() {
    Document page =
        page(
            "extract-sv",
            FormalDocuments.protokoll(),
            ExportOptions.defaults().withExtract("§ 43", "42"));

    assertEquals("Protokollsutdrag", text(page, "header .kind"));
    assertEquals("Kommunstyrelsens sammanträde", text(page, "h1"));
    assertEquals(
        List.of("§ 42 Budget 2027", "§ 43 Markanvisning i Norra hamnen"),
        page.select("section.item > h2").eachText(),
        "the chosen items, in the agenda's order");
    assertEquals(List.of("item-2", "item-3"), page.select("section.item > h2").eachAttr("id"));
    assertEquals("Bo Berg", page.select("section.adjustment dd").first().text());
    assertEquals("Rätt utdraget intygar", text(page, "p.attestation"));
    assertEquals(1, page.select(".extract-attestation p.signature-line").size());
    for (String absent :
        List.of("section.attendance", "section.signatures", "section.notice", "#note-takers")) {
      assertTrue(page.select(absent).isEmpty(), absent + " is not part of an extract");
    }
  }

  @Test
  void anExtractOfUnknownNumbersFailsNamingThemAndTheNumbersThereAre() {
    UnknownItemsException thrown =
        assertThrows(
            UnknownItemsException.class,
            () ->
                Pages.EXPORTER.export(
                    FormalDocuments.protokoll(),
                    ExportOptions.defaults().withExtract("§ 42", "§ 99", "7"),
                    new ByteArrayOutputStream()));

    assertEquals(
        "The extract asks for \"§ 99\", \"7\", which the minutes do not have; their items are"
            + " \"§ 41\", \"§ 42\", \"§ 43\", \"§ 44\", \"§ 45\"",
        thrown.getMessage());
    assertEquals(List.of("§ 99", "7"), thrown.unknown());
  }

  @Test
  void anExtractFailsBeforeWritingAnything() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThrows(
        UnknownItemsException.class,
        () ->
            Pages.EXPORTER.export(
                FormalDocuments.protokoll(), ExportOptions.defaults().withExtract("§ 1"), out));
    assertEquals(0, out.size());
  }

  @Test
  void theFormalPageIsDeterministic() {
    assertArrayEquals(
        Pages.bytes(FormalDocuments.protokoll(), ExportOptions.defaults()),
        Pages.bytes(FormalDocuments.protokoll(), ExportOptions.defaults()));
  }

  static List<Language> shipped() {
    return LabelSets.shipped();
  }

  /** Every shipped language words every formal part itself: no label falls back to English. */
  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedLanguageLabelsTheFormalParts(Language language) {
    Labels labels = Labels.of(language);
    Document page =
        page(
            "protokoll-" + language.tag(),
            FormalDocuments.protokoll(),
            ExportOptions.defaults().withLanguage(language));

    assertEquals(List.of(), labels.resolution().keysFromFallback());
    assertEquals(labels.text(Label.BODY), page.select(".facts dt").first().text());
    assertEquals(labels.text(Label.SIGNATURES), page.getElementById("signatures").text());
    assertEquals(labels.text(Label.ROLL_CALL), text(page, "table.roll-call caption"));
    assertEquals(labels.text(Label.NOTICE), page.getElementById("notice").text());
  }

  /**
   * A reader sees which decision a reservation is against: the decision's id is in its heading,
   * and the reservation names it, in every shipped language; without ids, the words stay general.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.minutes4j.core.text.LabelSets#shipped")
  void decisionIdsAndTheDecisionReservedAgainstAreOnThePage(Language language) {
    Labels labels = Labels.of(language);
    Document page =
        page(
            "decision-ids-" + language.tag(),
            FormalDocuments.protokoll(),
            ExportOptions.defaults().withLanguage(language));
    Element budget = item(page, 2);

    assertEquals(
        labels.phrase(Label.DECISION_NAMED, "d1"), text(budget.selectFirst("div.decision"), "h3"));
    assertEquals(
        labels.phrase(Label.RESERVED_AGAINST, 1, "Bo Berg", "d1"),
        budget.selectFirst("div.reservation > p").text());
    assertTrue(
        labels.text(Label.DECISION_NAMED).contains("{0}")
            && labels.text(Label.RESERVED_AGAINST).contains("{1}"),
        language + " labels name the decision");
    // A decision without an id keeps the plain heading.
    assertEquals(labels.text(Label.DECISION), text(item(page, 3).selectFirst("div.decision"), "h3"));
  }

  /** A reservation against no named decision keeps the general words. */
  @Test
  void aReservationWithoutADecisionSaysTheDecision() {
    Minutes named = FormalDocuments.annualMeeting();
    List<io.github.minutes4j.core.AgendaItem> agenda = new java.util.ArrayList<>(named.agenda());
    agenda.set(
        1,
        agenda.get(1).toBuilder()
            .reservations(
                List.of(
                    new io.github.minutes4j.core.Reservation(
                        List.of(io.github.minutes4j.core.Person.named("Tom Bradley")),
                        java.util.Optional.empty(),
                        java.util.Optional.empty())))
            .build());
    Minutes minutes = named.toBuilder().agenda(agenda).build();
    Element motions = item(page("reservation-unnamed-en", minutes, ExportOptions.defaults()), 2);

    assertEquals("Tom Bradley dissented from the decision.", text(motions, ".reservation p"));
  }

  /**
   * "§ 117" and "yrkande B" never break at a line end: the page writes them with a no-break space
   * (U+00A0) wherever it shows them, while the text a reader copies still reads as the model's.
   */
  @Test
  void itemNumbersAndProposalNamesDoNotBreak() {
    Document page = protokoll();
    String nbsp = "\u00a0";

    assertEquals("§" + nbsp + "42", page.selectFirst("#item-2 .item-number").wholeText());
    Element budget = item(page, 2);
    assertEquals(
        List.of("Yrkande" + nbsp + "A (bifall)", "Yrkande" + nbsp + "B (återremiss)"),
        budget.select(".proposals .proposal-name").stream().map(Element::wholeText).toList());
    assertTrue(
        budget.selectFirst(".proposal-order p").wholeText().endsWith(
            "yrkande" + nbsp + "B, yrkande" + nbsp + "A"),
        budget.selectFirst(".proposal-order p").wholeText());
    assertTrue(
        budget.selectFirst("div.vote").wholeText().contains("Ja-röst för yrkande" + nbsp + "A."));
    assertTrue(
        budget.selectFirst("div.reservation > p").wholeText().endsWith("beslut" + nbsp + "d1."));
    assertEquals("Beslut" + nbsp + "d1", budget.selectFirst("div.decision h3").wholeText());
    assertTrue(
        page.selectFirst("section.attendance").wholeText().contains("under §" + nbsp + "44"),
        page.selectFirst("section.attendance").wholeText());
    Document extract =
        page(
            "extract-no-break-sv",
            FormalDocuments.protokoll(),
            ExportOptions.defaults().withExtract("§ 42").withTableOfContents(true));
    assertTrue(
        extract.select("#contents + ol a").stream().map(Element::wholeText)
            .anyMatch(entry -> entry.startsWith("§" + nbsp + "42 ")),
        extract.select("#contents + ol a").text());
    // Nowhere does the page write the number with a space a line may end at.
    assertFalse(page.wholeText().contains("§ 4"), "a breakable space in a paragraph number");
    assertFalse(page.wholeText().contains("yrkande A"), "a breakable space in a proposal name");
  }

  /** A bold label inside an item takes its colon, as the header's and the notice's labels do. */
  @Test
  void labelsInItemsAreBoldWithTheirColon() {
    Element budget = item(protokoll(), 2);

    assertEquals("Diarienummer:", budget.selectFirst(".case-reference .label").text());
    assertEquals("Propositionsordning:", budget.selectFirst(".proposal-order .label").text());
    assertEquals("Beslutet skickas till:", budget.selectFirst(".recipients .label").text());
  }
}
