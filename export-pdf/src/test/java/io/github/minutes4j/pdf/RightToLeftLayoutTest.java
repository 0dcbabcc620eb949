package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The layout of a right-to-left page beyond its paragraphs: the organiser's networks and the
 * participant table run from the right, and the structure tree (what a screen reader reads) keeps
 * the logical order, with the text of every right-to-left run given as {@code /ActualText}.
 */
class RightToLeftLayoutTest {

  private static final byte[] ARABIC =
      Pdfs.render(RightToLeftMinutes.arabic(), ExportOptions.defaults());

  /**
   * "NUH: شبكة الصحة" runs from the right: the code, its colon on its left on the same line, a
   * gap, then the name. PDFBox, reading the line from left to right as it is sorted by position,
   * gives the name and then the code with its colon.
   */
  @Test
  void theNetworkLineReadsCodeColonNameFromTheRight() throws Exception {
    try (PDDocument document = Pdfs.load(ARABIC)) {
      List<TextPosition> glyphs = Pdfs.glyphs(document, 1);
      String drawn = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
      int code = drawn.indexOf("NUH");
      assertTrue(code >= 0, drawn);
      TextPosition n = glyphs.get(code);
      List<TextPosition> line = new ArrayList<>();
      for (TextPosition glyph : glyphs) {
        if (Math.abs(glyph.getYDirAdj() - n.getYDirAdj()) < 0.5f) {
          line.add(glyph);
        }
      }
      TextPosition colon =
          line.stream().filter(g -> g.getUnicode().equals(":")).findFirst().orElse(null);
      assertNotNull(colon, "the colon is on the code's line: " + text(line));
      float nameEnd = Float.MIN_VALUE;
      for (TextPosition glyph : line) {
        if (rightToLeft(glyph.getUnicode())) {
          nameEnd = Math.max(nameEnd, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
      }
      float codeStart = n.getXDirAdj();
      float colonEnd = colon.getXDirAdj() + colon.getWidthDirAdj();
      assertTrue(colonEnd <= codeStart + 0.5f, "the colon is left of the code: " + text(line));
      assertTrue(
          colon.getXDirAdj() - nameEnd >= 3,
          "a gap between the name and the colon, not " + (colon.getXDirAdj() - nameEnd) + " pt");

      String body = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      assertTrue(body.contains("شبكة الصحة :NUH"), body);
      TaggedText tagged = new TaggedText(document);
      String header = tagged.text(tagged.elements("Document").get(0));
      assertTrue(header.contains("NUH : شبكة الصحة"), "code, colon, name in the tags: " + header);
    }
  }

  /** The participant table's first column is on the right, and the tags list it first. */
  @Test
  void theParticipantTableRunsFromTheRightAndIsTaggedInLogicalOrder() throws Exception {
    try (PDDocument document = Pdfs.load(ARABIC)) {
      TaggedText tagged = new TaggedText(document);
      List<PDStructureElement> headers = tagged.elements("TH");
      List<String> texts = new ArrayList<>();
      List<Float> lefts = new ArrayList<>();
      for (PDStructureElement header : headers) {
        texts.add(tagged.text(header));
        lefts.add(tagged.left(header));
      }
      // Each header cell holds its text twice: the header is repeated on the list's next page.
      assertEquals(
          List.of("الاسم الاسم", "الشبكة أو الدور الشبكة أو الدور",
              "المنطقة أو المؤسسة المنطقة أو المؤسسة"),
          texts);
      assertTrue(
          lefts.get(0) > lefts.get(1) && lefts.get(1) > lefts.get(2),
          "the columns from the right: " + texts + " at " + lefts);
      PDStructureElement firstRow = tagged.elements("TR").get(1);
      assertEquals(
          RightToLeftMinutes.ARABIC_NAME + " ضيف " + RightToLeftMinutes.ARABIC_ORGANISATION,
          tagged.text(firstRow));
      assertEquals(null, firstRow.getLanguage(), "the row's mark is taken off");
    }
  }

  /**
   * A left-to-right item in a right-to-left list (one wholly in English) keeps its bullet, on its
   * left, inside the page's text column.
   */
  @Test
  void aLeftToRightItemInARightToLeftListHasItsBullet() throws Exception {
    Minutes minutes =
        RightToLeftMinutes.arabic().toBuilder()
            .addAgendaItem(
                AgendaItem.withHeading("المتابعة")
                    .addBlock(
                        Block.bulleted(
                            Block.paragraph("الموافقة على الميزانية"),
                            Block.paragraph("Follow-up by Anna Berg")))
                    .build())
            .build();
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes, ExportOptions.defaults()))) {
      List<TextPosition> glyphs = Pdfs.glyphs(document, 1);
      String drawn = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
      TextPosition f = glyphs.get(drawn.indexOf("Follow-up"));
      assertTrue(dark(document, 0, f, 0, f.getXDirAdj() - 1) >= 4, "a bullet left of the item");
    }
  }

  /**
   * An Arabic list item that begins with a Latin name ("Anna Berg تتولى المتابعة") runs right to
   * left with the page: the name at the right, where the item starts, the Arabic to its left, and
   * the bullet right of the name.
   */
  @Test
  void anArabicItemThatBeginsWithALatinNameRunsRightToLeft() throws Exception {
    try (PDDocument document = Pdfs.load(ARABIC)) {
      List<TextPosition> glyphs = Pdfs.glyphs(document, 1);
      String drawn = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
      int start = drawn.indexOf("Anna Berg");
      TextPosition a = glyphs.get(start);
      TextPosition g = glyphs.get(start + "Anna Berg".length() - 1);
      float nameEnd = g.getXDirAdj() + g.getWidthDirAdj();
      float arabicEnd = Float.NEGATIVE_INFINITY;
      for (TextPosition glyph : glyphs) {
        if (Math.abs(glyph.getYDirAdj() - a.getYDirAdj()) < 0.5f
            && rightToLeft(glyph.getUnicode())) {
          arabicEnd = Math.max(arabicEnd, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
      }
      assertTrue(arabicEnd < a.getXDirAdj(), "the Arabic left of the name: " + arabicEnd);
      float width = document.getPage(0).getMediaBox().getWidth();
      assertTrue(nameEnd > width / 2, "the item at the right, not ending at " + nameEnd + " pt");
      assertTrue(dark(document, 0, a, nameEnd + 1, width) >= 4, "a bullet right of the item");
    }
  }

  /**
   * The running header of Arabic minutes by an organiser with a Latin name, whose title begins
   * with a Latin name too, reads organiser, dash, title from the right: the organiser's name is
   * isolated, so that it does not run together with the title's Latin words into one
   * left-to-right run ("Stockholm Health Network – Microsoft Teams" from the left).
   */
  @Test
  void theRunningHeaderReadsOrganiserThenTitleFromTheRight() throws Exception {
    Minutes minutes =
        RightToLeftMinutes.arabic().toBuilder()
            .organiser(Organiser.of("Stockholm Health Network", new Network("NUH", "شبكة الصحة")))
            .title("Microsoft Teams اجتماع الميزانية السنوي")
            .build();
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes, ExportOptions.defaults()))) {
      List<TextPosition> glyphs = new ArrayList<>();
      for (TextPosition glyph : Pdfs.glyphs(document, 1)) {
        if (glyph.getYDirAdj() < 68) {
          glyphs.add(glyph);
        }
      }
      String drawn = glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
      float organiser = glyphs.get(drawn.indexOf("Stockholm")).getXDirAdj();
      float title = glyphs.get(drawn.indexOf("Microsoft")).getXDirAdj();
      assertTrue(organiser > title, "the organiser right of the title: " + drawn);
    }
  }

  /**
   * The dark pixels on the middle line of a glyph between two distances from the left, on a page
   * (from 0).
   */
  private static int dark(PDDocument document, int pageIndex, TextPosition glyph, float from,
      float to) throws Exception {
    float scale = 2;
    BufferedImage page = new PDFRenderer(document).renderImage(pageIndex, scale);
    int y = Math.round((glyph.getYDirAdj() - glyph.getHeightDir() / 2) * scale);
    int dark = 0;
    for (int x = Math.round(from * scale); x < Math.min(page.getWidth(), Math.round(to * scale)); x++) {
      if ((page.getRGB(x, y) & 0xFF) < 128) {
        dark++;
      }
    }
    return dark;
  }

  /** The Swedish formal reference document as an Arabic one (laid out right to left). */
  private static final Minutes ARABIC_PROTOKOLL =
      FormalReferenceMinutes.committeeProtokoll().toBuilder()
          .language(Language.ofTag("ar"))
          .build();

  /** The Swedish formal reference document, printed in Arabic. */
  private static final byte[] PROTOKOLL_AR =
      Pdfs.render(ARABIC_PROTOKOLL, ExportOptions.defaults());

  /**
   * A list without markers (the sessions, the note-takers, the links) starts where its section's
   * heading starts, on the right, as it does on the left of a left-to-right page and in the HTML:
   * the print stylesheet's padding for right-to-left lists is for lists with markers.
   */
  @Test
  void aListWithoutMarkersStartsAtTheRightEdgeOfItsSection() throws Exception {
    Minutes twoSessions =
        RightToLeftMinutes.arabic().toBuilder()
            .addSession(
                Session.on(LocalDate.of(2026, 11, 19), LocalTime.of(9, 0), LocalTime.of(10, 0))
                    .venue(Venue.of("قاعة المجلس", "شارع الملك ١٢", "الرياض"))
                    .build())
            .build();
    try (PDDocument document = Pdfs.load(Pdfs.render(twoSessions, ExportOptions.defaults()))) {
      TaggedText tagged = new TaggedText(document);
      float heading = Float.NaN;
      for (PDStructureElement element : tagged.elements("H2")) {
        if (tagged.text(element).contains("الزمان والمكان")) {
          heading = right(tagged.glyphs(element));
        }
      }
      assertFalse(Float.isNaN(heading), "the heading of time and place");
      List<Float> venues = new ArrayList<>();
      for (PDStructureElement element : tagged.elements("P")) {
        if (tagged.text(element).contains("الرياض")) {
          venues.add(right(tagged.glyphs(element)));
        }
      }
      assertEquals(2, venues.size(), "the two sessions' venues");
      for (float venue : venues) {
        assertEquals(heading, venue, 1f, "the venue's right edge against the heading's");
      }
    }
  }

  private static float right(List<TextPosition> glyphs) {
    float right = Float.NEGATIVE_INFINITY;
    for (TextPosition glyph : glyphs) {
      right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
    }
    return right;
  }

  /** An extract's attestation, narrower than the line, stands at the page's right as well. */
  @Test
  void theAttestationOfAnArabicExtractStandsAtTheRight() throws Exception {
    byte[] pdf =
        Pdfs.render(ARABIC_PROTOKOLL, ExportOptions.defaults().withExtract("§ 113"));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<Float> lefts =
          lefts(new TaggedText(document), "P", text -> text.contains("مستخرج مطابق للأصل"));
      assertEquals(1, lefts.size(), "the attestation");
      float middle = document.getPage(0).getMediaBox().getWidth() / 2;
      assertTrue(lefts.get(0) > middle, "at the right, not at " + lefts.get(0) + " pt");
    }
  }

  /** The roll call, narrower than the line, stands at the page's right, its members first. */
  @Test
  void theRollCallStandsAtTheRightOfAnArabicPage() throws Exception {
    try (PDDocument document = Pdfs.load(PROTOKOLL_AR)) {
      List<Float> lefts = lefts(new TaggedText(document), "TH", text -> text.startsWith("العضو"));
      assertTrue(!lefts.isEmpty(), "the roll call's header");
      float middle = document.getPage(0).getMediaBox().getWidth() / 2;
      for (float left : lefts) {
        assertTrue(left > middle, "the member column at the right, not at " + left + " pt");
      }
    }
  }

  /** Where the elements of a type whose text passes a test start on the left, in points. */
  private static List<Float> lefts(TaggedText tagged, String type, Predicate<String> text) {
    List<Float> lefts = new ArrayList<>();
    for (PDStructureElement element : tagged.elements(type)) {
      if (text.test(tagged.text(element))) {
        lefts.add(tagged.left(element));
      }
    }
    return lefts;
  }

  /**
   * Swedish clauses in an Arabic document form a left-to-right list: each number reads "1." on
   * the clause's left, not ".1" after its end.
   */
  @Test
  void swedishClausesOnAnArabicPageAreNumberedFromTheLeft() throws Exception {
    try (PDDocument document = Pdfs.load(PROTOKOLL_AR)) {
      List<String> words = Arrays.asList(Pdfs.body(document).split(" "));
      assertTrue(words.contains("1.") && words.contains("2."), "numbers 1. and 2.");
      assertTrue(!words.contains(".1") && !words.contains(".2"), "no reversed number");
    }
  }

  /**
   * With Arabic labels on a Swedish page, a date ("17 نوفمبر 2026") is an Arabic phrase: drawn
   * from the right, so that PDFBox reads the day first.
   */
  @Test
  void anArabicDateOnASwedishPageReadsFromTheRight() throws Exception {
    byte[] pdf = swedishProtokollWithArabicLabels();
    try (PDDocument document = Pdfs.load(pdf)) {
      String body = Normalizer.normalize(Pdfs.body(document), Normalizer.Form.NFKC);
      assertTrue(Pattern.compile("\\b\\d{1,2} نوفمبر 2026").matcher(body).find(), body);
      assertTrue(!Pattern.compile("2026 نوفمبر \\d{1,2}\\b").matcher(body).find(), body);
    }
  }

  /**
   * With Arabic labels on a Swedish page, each fact reads as in a browser: the term with its colon
   * on its left ("Kommunkontoret, Storgatan 12" after ":مكان المراجعة وتاريخها"), then the value,
   * the adjustment's date after its place. The engine drew the value left of the term, and the
   * place left of the term but the date right of it, when the term's colon was followed by a
   * space inside the right-to-left term. A label phrase (the case reference) reads from the right
   * as a whole: its term at the right of its value.
   */
  @Test
  void aFactWithAnArabicTermOnASwedishPageReadsTermThenValueFromTheLeft() throws Exception {
    byte[] pdf = swedishProtokollWithArabicLabels();
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTermBesideValue(document, "الهيئة", "Kommunstyrelsens arbetsutskott", true);
      assertTermBesideValue(document, "رئيس الجلسة", "Karin Sundqvist", true);
      assertTermBesideValue(document, "مراجع المحضر", "Mats Holmberg", true);
      assertTermBesideValue(
          document, "مكان حفظ المحضر", "Kommunkontoret, Storgatan 12, Älvåsa", true);
      List<TextPosition> after =
          assertTermBesideValue(
              document, "مكان المراجعة وتاريخها", "Kommunkontoret, Storgatan 12", true);
      String date = drawn(after);
      assertTrue(date.contains("2026") && date.contains("24"), "the date after the place: " + date);
      assertTermBesideValue(document, "رقم الملف", "KS 2026/311", false);
    }
  }

  /**
   * The other mix, English labels on an Arabic or Hebrew page, reads as in a browser too: each
   * fact's term with its colon at the right of its value, the page's start side ("Kommunkontoret,
   * Storgatan 12" left of "Place and date of checking:", and the date left of the place), and a
   * label phrase (the case reference, the recipients) as one left-to-right phrase, its term at the
   * left.
   */
  @Test
  void aFactWithAnEnglishTermOnARightToLeftPageReadsTermThenValueFromTheRight() throws Exception {
    for (String page : List.of("ar", "he")) {
      Minutes minutes = ARABIC_PROTOKOLL.toBuilder().language(Language.ofTag(page)).build();
      byte[] pdf = Pdfs.render(minutes, ExportOptions.defaults().withLanguage(Language.ENGLISH));
      try (PDDocument document = Pdfs.load(pdf)) {
        assertTermBesideValue(
            document, "Meeting of", "Kommunstyrelsens arbetsutskott, Älvåsa kommun", false);
        assertTermBesideValue(document, "Date", "17 November 2026", false);
        assertTermBesideValue(document, "Chair", "Karin Sundqvist", false);
        assertTermBesideValue(document, "Minutes checked by", "Mats Holmberg", false);
        List<TextPosition> after =
            assertTermBesideValue(
                document, "Place and date of checking", "Kommunkontoret, Storgatan 12", false);
        String date = drawn(after);
        assertTrue(
            date.contains("2026") && date.contains("24"),
            page + ": the date after the place: " + date);
        assertTermBesideValue(document, "Date of meeting", "17 November 2026", false);
        assertTermBesideValue(document, "Notice posted on", "25 November 2026", false);
        assertTermBesideValue(document, "Notice taken down on", "17 December 2026", false);
        assertTermBesideValue(
            document, "Minutes kept at", "Kommunkontoret, Storgatan 12, Älvåsa", false);
        assertTermBesideValue(document, "Case reference", "KS 2026/311", true);
        assertTermBesideValue(
            document,
            "Decision sent to",
            "Kommunstyrelsen, Älvåsa Vatten AB, Ekonomiavdelningen",
            true);
      }
    }
  }

  /**
   * With Arabic labels on a Swedish page, each proposal and each attachment, one Arabic phrase in a
   * bulleted list, has its bullet on the left, the list's start side, as a browser draws it, and
   * its phrase still reads from the right ("المرفق 1: Taxa ..." with the label at the right). The
   * engine drew the bullets on the right when the items took the phrase's direction.
   */
  @Test
  void theBulletsOfArabicLabelPhrasesOnASwedishPageStandOnTheLeft() throws Exception {
    assertBulletsOnTheListsSide(swedishProtokollWithArabicLabels(), true, "المرفق");
  }

  /** English labels on an Arabic page: the bullets on the right, the list's start side. */
  @Test
  void theBulletsOfEnglishLabelPhrasesOnAnArabicPageStandOnTheRight() throws Exception {
    byte[] pdf =
        Pdfs.render(ARABIC_PROTOKOLL, ExportOptions.defaults().withLanguage(Language.ENGLISH));
    assertBulletsOnTheListsSide(pdf, false, "Attachment");
  }

  /**
   * Asserts that each proposal and attachment of the reference protokoll, printed with labels
   * against the page's direction, has a bullet on one side of its first line and none on the
   * other, and that each attachment's phrase starts with its label on the other side.
   */
  private static void assertBulletsOnTheListsSide(byte[] pdf, boolean left, String attachment)
      throws Exception {
    try (PDDocument document = Pdfs.load(pdf)) {
      TaggedText tagged = new TaggedText(document);
      float width = document.getPage(0).getMediaBox().getWidth();
      List<String> checked = new ArrayList<>();
      for (PDStructureElement item : tagged.elements("LI")) {
        String text = tagged.text(item);
        boolean proposal =
            text.contains("Bifall") || text.contains("Avslag") || text.contains("Återremiss");
        if (!proposal && !text.contains("KS 2026/")) {
          continue;
        }
        List<TextPosition> glyphs = tagged.glyphs(item);
        float top = Float.MAX_VALUE;
        for (TextPosition glyph : glyphs) {
          top = Math.min(top, glyph.getYDirAdj());
        }
        List<TextPosition> firstLine = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
          if (Math.abs(glyph.getYDirAdj() - top) < 0.5f) {
            firstLine.add(glyph);
          }
        }
        firstLine.sort(Comparator.comparing(TextPosition::getXDirAdj));
        TextPosition first = firstLine.get(0);
        float from = first.getXDirAdj();
        float to = right(firstLine);
        int page = tagged.pageIndex(item);
        int before = dark(document, page, first, left ? from - 20 : 0, from - 1);
        int after = dark(document, page, first, to + 1, left ? width : to + 20);
        assertTrue(left ? before >= 4 && after == 0 : after >= 4 && before == 0,
            "a bullet on the " + (left ? "left" : "right") + " only, not " + before + " dark"
                + " pixels left and " + after + " right of " + text);
        if (!proposal) {
          if (left) {
            Collections.reverse(firstLine);
          }
          assertTrue(drawn(firstLine).startsWith(attachment),
              "the label where the phrase starts: " + drawn(firstLine));
        }
        checked.add(text);
      }
      assertEquals(6, checked.size(), "four proposals and two attachments: " + checked);
    }
  }

  /**
   * Asserts that a line has a fact's value with the term and its colon on one side of it, read in
   * the term's direction, and nothing else on that side.
   *
   * @param termLeft whether the term stands left of the value, else right of it
   * @return the glyphs on the value's other side of that line, from the left
   */
  private static List<TextPosition> assertTermBesideValue(
      PDDocument document, String term, String value, boolean termLeft) throws Exception {
    String expected = term.replace(" ", "") + ":";
    Comparator<TextPosition> fromTheLeft = Comparator.comparing(TextPosition::getXDirAdj);
    Comparator<TextPosition> reading = rightToLeft(term) ? fromTheLeft.reversed() : fromTheLeft;
    List<String> seen = new ArrayList<>();
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      List<TextPosition> glyphs = Pdfs.glyphs(document, page);
      String drawn = text(glyphs);
      for (int start = drawn.indexOf(value); start >= 0; start = drawn.indexOf(value, start + 1)) {
        TextPosition first = glyphs.get(start);
        TextPosition last = glyphs.get(start + value.length() - 1);
        List<TextPosition> left = new ArrayList<>();
        List<TextPosition> right = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
          if (Math.abs(glyph.getYDirAdj() - first.getYDirAdj()) < 0.5f) {
            if (glyph.getXDirAdj() + glyph.getWidthDirAdj() <= first.getXDirAdj() + 0.5f) {
              left.add(glyph);
            } else if (glyph.getXDirAdj() >= last.getXDirAdj() + last.getWidthDirAdj() - 0.5f) {
              right.add(glyph);
            }
          }
        }
        List<TextPosition> termSide = termLeft ? left : right;
        termSide.sort(reading);
        if (drawn(termSide).equals(expected)) {
          List<TextPosition> other = termLeft ? right : left;
          other.sort(fromTheLeft);
          return other;
        }
        seen.add(drawn(termSide));
      }
    }
    throw new AssertionError(
        "no line has " + expected + (termLeft ? " left of " : " right of ") + value
            + "; on that side: " + seen);
  }

  /**
   * A link's printed address on a Hebrew page stands after the whole link, as the bidirectional
   * algorithm orders an isolate: "ראו מסמך Budget 2026 <https://example.org/b> לפרטים." reads
   * from the right, the address left of the link's English words. Without the isolate the address
   * joined those words in one left-to-right run, and its closing "&gt;" went to the run's far
   * side, drawn mirrored: "&lt;Budget 2026 &lt;https://example.org/b".
   */
  @Test
  void aLinksAddressOnAHebrewPageStandsAfterTheWholeLink() throws Exception {
    AgendaItem item =
        AgendaItem.withHeading("דיון")
            .addBlock(
                Block.paragraph(
                    Inline.plain("ראו "),
                    Inline.link("מסמך Budget 2026", LinkTarget.of("https://example.org/b")),
                    Inline.plain(" לפרטים.")))
            .build();
    Minutes minutes = Pdfs.workParty(item).toBuilder().language(Language.ofTag("he")).build();
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      List<TextPosition> glyphs = Pdfs.glyphs(document, 1);
      TextPosition b =
          glyphs.stream().filter(g -> g.getUnicode().equals("B")).findFirst().orElseThrow();
      List<TextPosition> line = new ArrayList<>();
      for (TextPosition glyph : glyphs) {
        if (Math.abs(glyph.getYDirAdj() - b.getYDirAdj()) < 0.5f) {
          line.add(glyph);
        }
      }
      line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
      String drawn = drawn(line);
      assertTrue(drawn.contains("<https://example.org/b>Budget2026"), drawn);
    }
  }

  /** Glyphs' text in base letters, without white space. */
  private static String drawn(List<TextPosition> glyphs) {
    return Normalizer.normalize(text(glyphs), Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  /**
   * A row is marked as reversed by the end of its {@code lang}, which no document language can
   * have: the mark is not a well-formed tag.
   */
  @Test
  void noLanguageCarriesTheReversedRowMark() {
    assertThrows(IllegalArgumentException.class, () -> Language.ofTag("ar-m4j_reversed"));
  }

  /** A left-to-right table keeps its columns from the left. */
  @Test
  void aLeftToRightTableRunsFromTheLeft() throws Exception {
    byte[] pdf = Pdfs.render(RightToLeftMinutes.mixed(Language.SWEDISH), ExportOptions.defaults());
    try (PDDocument document = Pdfs.load(pdf)) {
      TaggedText tagged = new TaggedText(document);
      List<PDStructureElement> headers = tagged.elements("TH");
      assertEquals("Namn", tagged.text(headers.get(0)));
      assertTrue(tagged.left(headers.get(0)) < tagged.left(headers.get(1)));
      assertTrue(tagged.left(headers.get(1)) < tagged.left(headers.get(2)));
    }
  }

  /**
   * Each right-to-left run is tagged with its logical text, in base letters, as {@code
   * /ActualText}: what is drawn is the run reversed and in presentation forms.
   */
  @Test
  void rightToLeftRunsCarryTheirLogicalTextAsActualText() throws Exception {
    try (PDDocument document = Pdfs.load(ARABIC)) {
      TaggedText tagged = new TaggedText(document);
      List<String> actual = new ArrayList<>();
      for (PDStructureElement span : tagged.elements("Span")) {
        if (span.getActualText() != null) {
          actual.add(span.getActualText());
          String drawn =
              tagged.glyphs(span).stream()
                  .map(TextPosition::getUnicode)
                  .collect(Collectors.joining());
          assertTrue(rightToLeft(drawn), "only right-to-left runs: " + span.getActualText());
          assertTrue(
              !drawn.equals(span.getActualText()), "drawn in another order: " + drawn);
        }
      }
      for (String text :
          List.of(
              "محضر اجتماع شبكة الصحة",
              "مجلس المنطقة",
              "شبكة الصحة",
              "افتتح الرئيس الاجتماع ورحّب بالحضور.",
              "قدّمت اللجنة تقريرها السنوي وناقش الأعضاء الميزانية.",
              "تقرير اللجنة (",
              RightToLeftMinutes.ARABIC_NAME,
              RightToLeftMinutes.PERSIAN_NAME,
              "الحاضرون")) {
        assertTrue(actual.contains(text), text + " is not among " + actual);
      }
    }
  }

  @Test
  void aLeftToRightDocumentHasNoActualText() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022()))) {
      TaggedText tagged = new TaggedText(document);
      for (PDStructureElement span : tagged.elements("Span")) {
        assertEquals(null, span.getActualText(), tagged.text(span));
      }
    }
  }

  private static String text(List<TextPosition> glyphs) {
    return glyphs.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
  }

  private static boolean rightToLeft(String text) {
    return text.codePoints()
        .anyMatch(
            cp ->
                Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || Character.getDirectionality(cp)
                        == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  /** The Swedish reference protokoll printed with Arabic labels. */
  private static byte[] swedishProtokollWithArabicLabels() {
    return Pdfs.render(
        FormalReferenceMinutes.committeeProtokoll(),
        ExportOptions.defaults().withLanguage(Language.ofTag("ar")));
  }
}
