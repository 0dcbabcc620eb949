package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * What looked wrong on real documents, each checked on the printed page: the networks' names start
 * at one position, the running header stays on one line, a reference such as "(2017/18:249)" is
 * never broken, a heading that moves to the next page takes little with it on Letter paper, the
 * participant list's heading stays with its first row, and a short word in a table cell is not
 * broken beside a long name. (The double rule at the top of a page is checked by eye: docs/images/pdf-rule-*.png.)
 */
class TypographyTest {

  @Test
  void theNetworksNamesStartAtOnePositionWhateverTheLengthOfTheirCodes() throws Exception {
    Map<String, Float> starts = new TreeMap<>();
    Map<String, String> names =
        Map.of("STYRELSEN:", "Styrelsemedlemmar", "DIG:", "Digitaliseringsrådet", "SAPMI:", "Samiska");
    List<TextPosition> all;
    try (PDDocument document = Pdfs.load(Pdfs.render(SampleMinutes.looks()))) {
      all = Pdfs.glyphs(document, 1);
    }
    StringBuilder text = new StringBuilder();
    for (TextPosition position : all) {
      text.append(position.getUnicode().charAt(0));
    }
    for (Map.Entry<String, String> network : names.entrySet()) {
      int code = text.indexOf(network.getKey());
      int name = text.indexOf(network.getValue(), code);
      assertTrue(code >= 0 && name > code, network + " in " + text);
      assertEquals(all.get(code).getYDirAdj(), all.get(name).getYDirAdj(), 0.5f, network + " on one line");
      starts.put(network.getValue(), all.get(name).getXDirAdj());
    }
    assertEquals(3, starts.size(), "every network's name found: " + starts);
    float first = starts.values().iterator().next();
    for (Map.Entry<String, Float> start : starts.entrySet()) {
      assertEquals(first, start.getValue(), 0.5f, "where each name starts: " + starts);
    }
  }

  /**
   * A long organisation in the participant list does not squeeze the name column: a name of
   * ordinary length stays on one line, and no name breaks inside a word ("Guðmundsdóttir" was
   * printed "Guðm" and "undsdóttir" on two lines in English minutes).
   */
  @Test
  void aNameIsNotBrokenInsideAWordBesideALongOrganisation() throws Exception {
    Minutes minutes = SampleMinutes.titled("Deltagare").toBuilder()
        .participants(ParticipantList.headed("Deltagare", List.of(
            Participant.of("Björk Guðmundsdóttir", Affiliation.Role.GUEST,
                "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr. of a very very long"
                    + " organisation name that goes on and on without stopping for breath"),
            Participant.of("Aino Hämäläinen-Kärkkäinen", Affiliation.member("NUH"),
                "Sjukvårdsförvaltningen i Västra Götalandsregionen och Regionförbundet"))))
        .build();
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      String body = Pdfs.body(document);
      assertTrue(body.contains("Björk Guðmundsdóttir"), body);
      assertTrue(body.contains("Hämäläinen-Kärkkäinen") || body.contains("Hämäläinen- Kärkkäinen"),
          body);
    }
  }

  @Test
  void aLongTitleKeepsTheRunningHeaderOnOneLineOnBothPaperSizes() throws Exception {
    for (PageSize size : PageSize.values()) {
      byte[] pdf =
          Pdfs.render(SampleMinutes.looks(), ExportOptions.defaults().withPageSize(size));
      try (PDDocument document = Pdfs.load(pdf)) {
        TreeSet<Float> baselines = new TreeSet<>();
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              if (position.getYDirAdj() < 64) {
                baselines.add((float) Math.round(position.getYDirAdj()));
              }
            }
          }
        }.getText(document);
        assertEquals(1, baselines.size(), size + ": lines of running header at " + baselines);
        String header = Pdfs.pages(document).get(0).header();
        assertTrue(header.endsWith("…"), header);
        assertTrue(header.length() > 80, "cut near the end of the line: " + header);
      }
    }
  }

  @Test
  void aReferenceSuchAs2017Slash18Colon249IsNeverBroken() throws Exception {
    for (PageSize size : PageSize.values()) {
      byte[] pdf =
          Pdfs.render(SampleMinutes.looks(), ExportOptions.defaults().withPageSize(size));
      try (PDDocument document = Pdfs.load(pdf)) {
        String body = Pdfs.body(document);
        int whole = count(body, "(2017/18:249)") + count(body, "(2018/19:SoU12)");
        int broken =
            count(body.replace(" ", ""), "(2017/18:249)")
                + count(body.replace(" ", ""), "(2018/19:SoU12)");
        assertTrue(whole > 50, size + ": " + whole + " references printed");
        assertEquals(broken, whole, size + ": references broken across lines");
      }
    }
  }

  /**
   * The participant list's heading near the foot of a page, with room under it for other
   * headings' few lines but not for a first row made tall by a long name: the heading and the
   * column headers stayed at the foot of the page, the row went to the next. With the heading at
   * every height of the page in turn, the page that has the heading has the first row.
   */
  @Test
  void theParticipantListsHeadingStaysWithItsFirstRow() throws Exception {
    String tall = "Förnamn ".repeat(120).strip();
    List<Participant> rows = new ArrayList<>();
    rows.add(Participant.of(tall, Affiliation.Role.GUEST, "Region"));
    for (int i = 1; i <= 5; i++) {
      rows.add(Participant.of("Person " + i, Affiliation.Role.GUEST, "Region"));
    }
    int checked = 0;
    for (int filler = 0; filler < 30; filler += 2) {
      List<Block> paragraphs = new ArrayList<>();
      for (int i = 0; i < filler; i++) {
        paragraphs.add(Block.paragraph("Rad " + (i + 1) + " av utfyllnaden."));
      }
      Minutes minutes =
          ReferenceMinutes.june2022().toBuilder()
              .addAgendaItem(AgendaItem.withHeading("Utfyllnad").content(paragraphs).build())
              .participants(ParticipantList.headed("Närvarolista", rows))
              .build();
      byte[] pdf = Pdfs.render(minutes);
      try (PDDocument document = Pdfs.load(pdf)) {
        for (Pdfs.PageText page : Pdfs.pages(document)) {
          if (page.body().contains("Närvarolista")) {
            checked++;
            if (!page.body().contains("Förnamn")) {
              Pdfs.write("heading-alone", pdf);
            }
            assertTrue(
                page.body().contains("Förnamn"),
                filler + " filler lines: the heading without its first row: " + page.body());
          }
        }
      }
    }
    assertEquals(15, checked, "the heading once in each document");
  }

  /**
   * A long name in the first column squeezed the second column below the width of the word
   * "Koordinator", which broke as "Koordinato" and "r" although it could stand whole: the engine
   * counted a cell's narrowest width as its widest letter, words being allowed to break.
   */
  @Test
  void aShortWordInATableCellIsNotBrokenBesideALongName() throws Exception {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .participants(
                ParticipantList.headed(
                    "Deltagarförteckning",
                    List.of(
                        Participant.of(
                            "Anna-Karin Margareta Elisabeth Johansson-Lindqvist Bergström af"
                                + " Ekenstam Wachtmeister",
                            Affiliation.Role.COORDINATOR,
                            "Region Västra Götaland, hälso- och sjukvårdsnämnden"),
                        Participant.of("Staffan Carlsson", Affiliation.Role.COORDINATOR))))
            .build();
    byte[] pdf = Pdfs.write("long-name", Pdfs.render(minutes));
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Pdfs.body(document);
      // Twice among the note-takers, twice in the participant list.
      assertEquals(4, body.split("Koordinator", -1).length - 1, body);
      assertTrue(body.contains("sjukvårdsnämnden"), body);
    }
  }

  /**
   * On Letter paper, the heading of an item whose presenters fill a tall box moved to the next
   * page with the whole box, leaving up to a quarter of the page empty. With the heading at every
   * height of the page in turn, no page but the last has more than 17 % of its text column
   * empty at the foot.
   */
  @Test
  void aHeadingMovedToTheNextPageLeavesLittleEmptyOnLetterPaper() throws Exception {
    float worst = 0;
    String where = "";
    for (int filler = 0; filler < 14; filler++) {
      Minutes minutes = pushedDown(filler);
      byte[] pdf =
          Pdfs.render(minutes, ExportOptions.defaults().withPageSize(PageSize.LETTER));
      try (PDDocument document = Pdfs.load(pdf)) {
        List<Float> gaps = emptyAtFoot(document);
        List<String> lastLines = lastLines(document);
        for (int page = 0; page < lastLines.size() - 1; page++) {
          String line = lastLines.get(page);
          assertTrue(
              !line.startsWith("heading ") && !line.contains("Medverkande"),
              filler + " filler lines: page " + (page + 1) + " ends with " + line);
        }
        for (int page = 0; page < gaps.size() - 1; page++) {
          if (gaps.get(page) > worst) {
            worst = gaps.get(page);
            where = filler + " filler lines, page " + (page + 1);
            Pdfs.write("letter-gap", pdf);
          }
        }
      }
    }
    assertTrue(worst < 0.17f, "empty at the foot: " + worst + " of the column, " + where);
  }

  /** An item of filler paragraphs, then one with six presenters, then more. */
  private static Minutes pushedDown(int filler) {
    List<Block> paragraphs = new ArrayList<>();
    for (int i = 0; i < 14 + filler; i++) {
      paragraphs.add(Block.paragraph("Rad " + (i + 1) + " av utfyllnaden."));
    }
    Person[] presenters = new Person[6];
    for (int i = 0; i < presenters.length; i++) {
      presenters[i] =
          Person.named("Person " + (i + 1))
              .withRole("Utredare")
              .withOrganisation("Region Västra Götaland");
    }
    String text =
        "Regeringens proposition om vården diskuterades ingående av deltagarna, som var eniga. ";
    return SampleMinutes.looks().toBuilder()
        .addAgendaItems(
            AgendaItem.withHeading("Utfyllnad").content(paragraphs).build(),
            AgendaItem.withHeading("Många medverkande")
                .addPresenters(presenters)
                .addBlocks(Block.paragraph(text.repeat(8)), Block.paragraph(text.repeat(8)))
                .build(),
            AgendaItem.withHeading("Avslutning")
                .addBlock(Block.paragraph(text.repeat(20)))
                .build())
        .build();
  }

  /** For each page, its last line of text, as "heading ..." if in a heading's size, else "text ...". */
  static List<String> lastLines(PDDocument document) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      float bottom = document.getPage(i).getMediaBox().getHeight() - 0.8f * 72;
      String[] last = {""};
      float[] lastY = {0};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              float y = positions.get(0).getYDirAdj();
              if (y < bottom && y >= lastY[0] && !text.isBlank()) {
                lastY[0] = y;
                last[0] = (positions.get(0).getFontSizeInPt() > 12 ? "heading " : "text ") + text;
              }
            }
          };
      stripper.setStartPage(i + 1);
      stripper.setEndPage(i + 1);
      stripper.getText(document);
      lines.add(last[0]);
    }
    return lines;
  }

  /** For each page, the empty part at the foot of the text column, as a fraction of it. */
  static List<Float> emptyAtFoot(PDDocument document) throws Exception {
    List<Float> gaps = new ArrayList<>();
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      PDPage page = document.getPage(i);
      float height = page.getMediaBox().getHeight();
      float top = 0.95f * 72;
      float bottom = height - 0.8f * 72;
      float[] last = {top};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition position : positions) {
                float y = position.getYDirAdj();
                if (y > top && y < bottom) {
                  last[0] = Math.max(last[0], y);
                }
              }
            }
          };
      stripper.setStartPage(i + 1);
      stripper.setEndPage(i + 1);
      stripper.getText(document);
      gaps.add((bottom - last[0]) / (bottom - top));
    }
    return gaps;
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
