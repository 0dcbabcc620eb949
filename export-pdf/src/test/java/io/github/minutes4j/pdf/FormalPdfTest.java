package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.format.UnknownItemsException;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formal minutes on paper: paragraph numbers in the bookmarks, decisions, votes and signatures
 * never split across pages, a line to sign on above each name, extracts, and PDF/UA-1 and PDF/A.
 */
class FormalPdfTest {

  @Test
  void bookmarksCarryTheParagraphNumbersCountedFromTheFirstParagraph() throws Exception {
    Minutes minutes = FormalMinutes.protokoll();
    byte[] pdf = Pdfs.write("protokoll", Pdfs.render(minutes));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> titles = Pdfs.bookmarks(document).stream().map(Pdfs.Bookmark::title).toList();
      List<String> headings = FormalMinutes.headings(minutes);
      for (int i = 0; i < headings.size(); i++) {
        String expected = "§ " + (FormalMinutes.FIRST + i) + " " + headings.get(i);
        assertTrue(titles.contains(expected), expected + " among the bookmarks " + titles);
      }
    }
  }

  /** The widest gap between glyphs of one run of text, in points: wider than a word space. */
  private static final float GAP = 12;

  /**
   * A run of text as drawn: its page (from 0), the start and baseline of its first glyph, and the
   * text.
   */
  record Line(int page, float x, float y, String text) {}

  /** Every run of text, with its page and position, in page order. */
  static List<Line> lines(PDDocument document) throws IOException {
    List<Line> lines = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            // Split where the glyphs are far apart: two names side by side on one baseline (two
            // signatures in a row) are two runs, not one.
            StringBuilder run = new StringBuilder();
            TextPosition first = null;
            float end = 0;
            for (TextPosition position : positions) {
              float gap = position.getXDirAdj() - end;
              if (first != null && gap > GAP) {
                lines.add(line(first, run));
                run.setLength(0);
                first = null;
              }
              if (first == null) {
                first = position;
              } else if (gap > 1) {
                run.append(' ');
              }
              run.append(position.getUnicode());
              end = position.getXDirAdj() + position.getWidthDirAdj();
            }
            if (first != null) {
              lines.add(line(first, run));
            }
          }

          private Line line(TextPosition first, CharSequence run) {
            return new Line(
                getCurrentPageNo() - 1,
                first.getXDirAdj(),
                first.getYDirAdj(),
                Pdfs.squeeze(run.toString()));
          }
        };
    stripper.setSortByPosition(true);
    stripper.getText(document);
    return lines;
  }

  /** The page (from 0) of each page's body that contains the text, in order. */
  static List<Integer> pagesWith(List<Pdfs.PageText> pages, String text) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).body().contains(text)) {
        found.add(i);
      }
    }
    return found;
  }

  @Test
  void aLongProtokollBreaksPagesBetweenDecisionsNeverInOne() throws Exception {
    int extra = 14;
    Minutes minutes = FormalMinutes.longProtokoll(extra);
    byte[] pdf = Pdfs.write("protokoll-long", Pdfs.render(minutes));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      assertTrue(pages.size() >= 5, "a long protokoll: " + pages.size() + " pages");
      for (int k = 1; k <= extra; k++) {
        int clauses = 4 + (k - 1) % 5;
        String first = "åtgärd 1 i ärende " + k + " inom";
        String last = "åtgärd " + clauses + " i ärende " + k + " inom";
        List<Integer> firstPage = pagesWith(pages, first);
        assertEquals(1, firstPage.size(), first + " on one page: " + firstPage);
        assertEquals(firstPage, pagesWith(pages, last), "ärende " + k + ": first and last clause");
        String body = pages.get(firstPage.get(0)).body();
        assertTrue(
            body.matches(
                ".*Kommunstyrelsen beslutar att (1\\. )?ge förvaltningen i uppdrag att genomföra "
                    + first
                    + ".*"),
            "ärende " + k + ": the introduction on the page of the clauses: " + body);
      }
    }
  }

  /**
   * The vote of the budget paragraph, its caption, every row of its roll call and its result, on
   * one page, wherever the paragraphs before it put it.
   */
  @ParameterizedTest(name = "{0} more paragraphs before it")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void aVoteAndItsRollCallAreNeverSplit(int extra) throws Exception {
    Labels labels = Labels.of(Language.SWEDISH);
    List<String> parts = new ArrayList<>();
    parts.add(labels.text(Label.ROLL_CALL));
    for (Ballot ballot : FormalMinutes.ballots()) {
      parts.add(ballot.voter().name().orElseThrow() + " " + labels.voteChoice(ballot.choice()));
    }
    parts.add(labels.phrase(Label.VOTE_RESULT, "7", "3", "1"));
    try (PDDocument document =
        Pdfs.load(Pdfs.render(FormalMinutes.longProtokoll(extra)))) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      int votePage = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).body().contains(labels.text(Label.ROLL_CALL))) {
          votePage = i;
        }
      }
      assertTrue(votePage >= 0, "the roll call is printed");
      String body = pages.get(votePage).body();
      for (String part : parts) {
        assertTrue(body.contains(part), part + " on the page of the roll call: " + body);
      }
    }
  }

  @ParameterizedTest(name = "{0} more paragraphs")
  @ValueSource(ints = {0, 3, 14})
  void eachSignatoryHasALineToSignOnAboveTheNameAllOnOnePage(int extra) throws Exception {
    assertSignedTogether(FormalMinutes.longProtokoll(extra), Language.SWEDISH, PageSize.A4);
  }

  /**
   * The minutes end on a page with something on it. The notice, the last section, once ended
   * within the space between sections (2.5em) of the foot of a page, and the engine started a
   * new page for that space, which the document then ended with, empty but for its header and
   * footer. One line more at each step moves the notice down by less than that space, so that
   * the step before the one that takes it past the foot of the first page ends it there.
   */
  @Test
  void theLastPageIsNeverEmpty() throws Exception {
    Person secretary = Person.named(FormalMinutes.SECRETARY);
    LocalDate day = LocalDate.of(2026, 11, 17);
    Organiser board = Organiser.of("Kommunstyrelsen");
    Minutes.Builder notified =
        Minutes.builder(Language.SWEDISH, board, DocumentKind.MINUTES, "Sammanträde", day)
            .addSession(Session.on(day).build())
            .addNoteTaker(secretary)
            .notice(
                new Notice(
                    LocalDate.of(2026, 11, 21),
                    LocalDate.of(2026, 12, 14),
                    "Kommunkontoret",
                    Optional.of(secretary)));
    List<Block.Paragraph> lines = new ArrayList<>();
    for (int step = 1; step < 60; step++) {
      lines.add(Block.paragraph("Punkt " + step));
      Block list = Block.bulleted(lines.toArray(Block.Paragraph[]::new));
      AgendaItem item = AgendaItem.withHeading("Anmälningar").addBlock(list).build();
      Minutes minutes = notified.agenda(List.of(item)).build();
      try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
        List<Pdfs.PageText> pages = Pdfs.pages(document);
        if (pages.size() > 1) {
          assertTrue(
              pages.get(1).body().startsWith(Labels.of(Language.SWEDISH).text(Label.NOTICE)),
              "with " + step + " lines the second page is to start with the notice, and holds: "
                  + pages.get(1));
          return;
        }
      }
    }
    throw new AssertionError("the notice never went to a second page");
  }

  /**
   * On Letter paper with English labels the signatures do not fit under the last sections of
   * the page before: they move to the next page whole, and the adjustment goes with them.
   */
  @Test
  void signaturesThatMoveToTheNextPageTakeTheAdjustmentAlong() throws Exception {
    assertSignedTogether(FormalMinutes.protokoll(), Language.ENGLISH, PageSize.LETTER);
  }

  /**
   * The signatories' lines and names on one page, after the last paragraph, on the page of the
   * adjustment's place and date.
   */
  private static void assertSignedTogether(Minutes minutes, Language language, PageSize size)
      throws IOException {
    ExportOptions options = ExportOptions.defaults().withLanguage(language).withPageSize(size);
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes, options))) {
      List<String> signatories = new ArrayList<>();
      signatories.add(FormalMinutes.SECRETARY);
      signatories.add(FormalMinutes.CHAIR);
      signatories.addAll(FormalMinutes.ADJUSTERS);
      Set<Integer> together = null;
      for (String name : signatories) {
        Set<Integer> pages = signedPages(document, name);
        assertTrue(!pages.isEmpty(), name + " has a line to sign on above the name");
        if (together == null) {
          together = new TreeSet<>(pages);
        } else {
          together.retainAll(pages);
        }
      }
      assertEquals(1, together.size(), "the signatures on one page: " + together);
      int page = together.iterator().next();
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      List<String> headings = FormalMinutes.headings(minutes);
      String last = headings.get(headings.size() - 1);
      assertTrue(
          page >= pagesWith(pages, last).get(0), "the signatures follow the last paragraph");
      String adjustment = Labels.of(language).text(Label.ADJUSTMENT_PLACE_AND_DATE);
      assertEquals(
          List.of(page), pagesWith(pages, adjustment), "the adjustment with the signatures");
    }
  }

  /**
   * The pages (from 0) where the name is printed under a rule to sign on: a dark row of pixels at
   * least 100 points wide from the name's start, 4 to 40 points above its baseline, with room for
   * the pen above the rule (no text over the rule's first 100 points in the 20 points above it). A name
   * in a table under its column's header and rule is not signed.
   */
  private static Set<Integer> signedPages(PDDocument document, String name) throws IOException {
    List<Line> lines = lines(document);
    Set<Integer> signed = new TreeSet<>();
    for (Line line : lines) {
      if (!line.text().equals(name)) {
        continue;
      }
      BufferedImage image = draw(document, line.page());
      int rule = ruleAbove(image, line.x(), line.y());
      boolean room = rule >= 0;
      for (Line other : lines) {
        room &=
            other.page() != line.page()
                || other.y() < rule - 20
                || other.y() > rule
                || other.x() > line.x() + 100
                || other.x() + 100 < line.x();
      }
      if (room) {
        signed.add(line.page());
      }
    }
    return signed;
  }

  /** The row of the rule above a text that starts at (x, baseline y), or -1. */
  private static int ruleAbove(BufferedImage page, float x, float y) {
    // The page is drawn at SCALE pixels a point, so that a rule of 0.75 points covers at least
    // one row of pixels fully, wherever it falls.
    int left = Math.round(x * SCALE);
    for (int row = Math.round((y - 4) * SCALE); row >= (y - 40) * SCALE && row >= 0; row--) {
      int dark = 0;
      for (int column = left; column < left + 100 * SCALE && column < page.getWidth(); column++) {
        if ((page.getRGB(column, row) & 0xFF) < 128) {
          dark++;
        }
      }
      if (dark >= 95 * SCALE) {
        return row / SCALE;
      }
    }
    return -1;
  }

  /** Pixels a point in the pages drawn to find the rules. */
  private static final int SCALE = 3;

  /** A page drawn in grey at {@link #SCALE} pixels a point. */
  private static BufferedImage draw(PDDocument document, int page) throws IOException {
    return new PDFRenderer(document).renderImage(page, SCALE, ImageType.GRAY);
  }

  /**
   * A due date stays on one line beside a long task: the narrow column broke "30 september 2026"
   * into three lines.
   */
  @Test
  void aDueDateIsOnOneLineBesideALongTask() throws Exception {
    String task =
        "Sammanställa synpunkterna från remissen om den reviderade budgeten för ungdomsgården,"
            + " bemanningsplanen och underhållsplanen för idrottshallen, med besöksstatistiken";
    Minutes protokoll = FormalMinutes.protokoll();
    List<AgendaItem> agenda = new ArrayList<>();
    for (AgendaItem item : protokoll.agenda()) {
      agenda.add(
          item.actions().isEmpty()
              ? item
              : item.toBuilder()
                  .actions(
                      List.of(
                          new ActionItem(
                              task + " " + task,
                              List.of(Person.named(FormalMinutes.SECRETARY)),
                              Optional.of(LocalDate.of(2026, 9, 30)))))
                  .build());
    }
    byte[] pdf = Pdfs.render(protokoll.toBuilder().agenda(agenda).build());
    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> texts = lines(document).stream().map(Line::text).toList();
      assertTrue(texts.contains("30 september 2026"), () -> "one line: " + texts);
    }
  }

  @Test
  void aFormalProtokollIsPdfUaAndPdfAWithTheRollCallAsATable() throws Exception {
    byte[] pdf = Pdfs.write("protokoll", Pdfs.render(FormalMinutes.protokoll()));
    ConformanceTest.assertConforms("protokoll", pdf);
    ConformanceTest.assertConforms(
        "long protokoll", Pdfs.write("protokoll-long", Pdfs.render(FormalMinutes.longProtokoll(14))));
    ConformanceTest.assertConforms(
        "protokoll in English on Letter",
        Pdfs.write(
            "protokoll-en-letter",
            Pdfs.render(
                FormalMinutes.protokoll(),
                ExportOptions.defaults()
                    .withLanguage(Language.ENGLISH)
                    .withPageSize(PageSize.LETTER))));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<PDStructureElement> tables = new ArrayList<>();
      collect(document.getDocumentCatalog().getStructureTreeRoot(), "Table", tables);
      // The only table with a row per member of the roll call and a header row.
      PDStructureElement rollCall = null;
      for (PDStructureElement table : tables) {
        List<PDStructureElement> rows = new ArrayList<>();
        collect(table, "TR", rows);
        if (rows.size() >= FormalMinutes.VOTERS.size() + 1) {
          rollCall = table;
        }
      }
      assertTrue(
          rollCall != null,
          "a Table in the structure tree with a row (TR) per member and a header row");
      List<PDStructureElement> headers = new ArrayList<>();
      collect(rollCall, "TH", headers);
      List<PDStructureElement> cells = new ArrayList<>();
      collect(rollCall, "TD", cells);
      assertTrue(headers.size() >= 2, "column headers: " + headers.size());
      assertTrue(cells.size() >= FormalMinutes.VOTERS.size(), "cells: " + cells.size());
    }
  }

  @Test
  void anExtractHasTheHeaderTheChosenParagraphTheAdjustmentAndAnAttestationToSign()
      throws Exception {
    Minutes minutes = FormalMinutes.protokoll();
    Labels labels = Labels.of(Language.SWEDISH);
    List<String> headings = FormalMinutes.headings(minutes);
    String chosen = "§ 43 " + headings.get(2);
    ExportOptions extract = ExportOptions.defaults().withExtract("§ 43");
    byte[] pdf = Pdfs.write("protokoll-extract", Pdfs.render(minutes, extract));
    ConformanceTest.assertConforms("extract", pdf);
    try (PDDocument document = Pdfs.load(pdf)) {
      for (Pdfs.PageText page : Pdfs.pages(document)) {
        assertEquals(
            "Kommunstyrelsen – Protokollsutdrag: Sammanträdesprotokoll",
            page.header(),
            "an extract's every page says so");
      }
      String body = Pdfs.body(document);
      for (String part :
          List.of(
              labels.text(Label.EXTRACT),
              minutes.title(),
              "Kommunstyrelsen",
              "18 november 2026",
              chosen,
              "fastställa budget 2027",
              "Kommunkontoret, 20 november 2026",
              labels.text(Label.ATTESTATION))) {
        assertTrue(body.contains(part), part + " in the extract: " + body);
      }
      for (int i = 0; i < headings.size(); i++) {
        if (i != 2) {
          assertTrue(!body.contains(headings.get(i)), headings.get(i) + " left out: " + body);
        }
      }
      assertTrue(!body.contains(labels.text(Label.SIGNATURES)), "no signatures section: " + body);
      List<String> titles = Pdfs.bookmarks(document).stream().map(Pdfs.Bookmark::title).toList();
      assertTrue(titles.contains(chosen), chosen + " among the bookmarks " + titles);
      assertEquals(
          1,
          titles.stream().filter(title -> title.startsWith("§ ")).count(),
          "one paragraph's bookmark: " + titles);

      // The attestation, then a line to sign on under it, on the same page, with room to sign.
      Line attestation =
          lines(document).stream()
              .filter(line -> line.text().equals(labels.text(Label.ATTESTATION)))
              .findFirst()
              .orElseThrow();
      BufferedImage image = draw(document, attestation.page());
      int rule = ruleAbove(image, attestation.x(), attestation.y() + 60);
      assertTrue(rule > attestation.y() + 20, "a line to sign on under the attestation: " + rule);
    }
  }

  @Test
  void anExtractCarriesNoDataOfTheParagraphsItLeavesOut() throws Exception {
    PdfMinutesExporter archive = PdfMinutesExporter.builder().embedSource(true).build();
    byte[] pdf =
        Pdfs.render(
            archive, FormalMinutes.protokoll(), ExportOptions.defaults().withExtract("§ 43"));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals(null, document.getDocumentCatalog().getNames(), "no attachment");
    }
    ConformanceTest.assertConforms("extract of the archive copy", pdf);
  }

  /** The library's own exception, as for every other refusal, and nothing written. */
  @Test
  void anExtractOfAParagraphTheMinutesDoNotHaveIsRefusedWithTheLibrarysException() {
    CharactersTest.RecordingStream out = new CharactersTest.RecordingStream();
    UnknownItemsException e =
        assertThrows(
            UnknownItemsException.class,
            () ->
                Pdfs.EXPORTER.export(
                    FormalMinutes.protokoll(), ExportOptions.defaults().withExtract("§ 99"), out));
    assertEquals(List.of("§ 99"), e.unknown());
    assertTrue(e.getMessage().contains("their items are \"§ 41\""), e.getMessage());
    assertEquals(0, out.written);
    assertThrows(
        UnknownItemsException.class,
        () ->
            Pdfs.EXPORTER.check(
                FormalMinutes.protokoll(), ExportOptions.defaults().withExtract("§ 99")));
  }

  @Test
  void aProtokollAndItsExtractAreTheSameBytesEachTime() {
    Minutes minutes = FormalMinutes.protokoll();
    ExportOptions extract = ExportOptions.defaults().withExtract("§ 43", "§ 44");
    assertArrayEquals(Pdfs.render(minutes), Pdfs.render(minutes));
    assertArrayEquals(Pdfs.render(minutes, extract), Pdfs.render(minutes, extract));
  }

  /** The structure elements of a type under a node, depth first. */
  private static void collect(
      PDStructureNode node, String type, List<PDStructureElement> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement element = (PDStructureElement) kid;
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collect(element, type, found);
      }
    }
  }
}
