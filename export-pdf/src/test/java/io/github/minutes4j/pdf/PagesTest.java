package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What only paper has: the page count, the bookmarks, the running header and the footer on every
 * page, the participant table's header on every page it spans, clickable links, and the
 * metadata.
 */
class PagesTest {

  @Test
  void june2022HasThreePagesWithHeaderAndFooterOnEach() throws Exception {
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022()))) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      assertEquals(3, pages.size(), "pages of the June 2022 minutes on A4");
      for (int i = 0; i < pages.size(); i++) {
        assertEquals(
            "Sida " + (i + 1) + " av 3", pages.get(i).footer(), "footer of page " + (i + 1));
        assertEquals(
            "Nätverken Demokrati-Uppdrag-Hälsa – Uppdrag och uppföljning med tillit som"
                + " utgångspunkt",
            pages.get(i).header(),
            "running header of page " + (i + 1));
      }
    }
  }

  @Test
  void aLongTitleIsShortenedInTheRunningHeaderOnly() throws Exception {
    String title =
        "Ett mycket långt möte om " + "uppdrag och uppföljning ".repeat(12) + "i regionerna";
    try (PDDocument document = Pdfs.load(Pdfs.render(SampleMinutes.titled(title)))) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      String header = pages.get(0).header();
      assertTrue(header.endsWith("…"), header);
      String shown = header.substring(0, header.length() - 1);
      assertTrue(("Nätverken – " + title).startsWith(shown), header);
      assertTrue(shown.length() > 100, "cut at a word near the limit: " + header);
      assertTrue(header.length() <= 150, header.length() + " characters: " + header);
      assertTrue(Pdfs.body(document).contains(Pdfs.squeeze(title)), "the title page has it all");
    }
  }

  /**
   * A long organiser's name and a long title share the running header's line: each is cut at a
   * word with "…", and the title, which tells the documents apart, keeps the larger part. The
   * name alone used to fill the line and leave "Organiser –…".
   */
  @Test
  void aLongOrganiserLeavesTheTitleMostOfTheRunningHeader() throws Exception {
    String organiser =
        "Regionala samverkansnätverket för demokrati, uppdrag och hälsa i Västra"
            + " Götalandsregionen och Region Halland";
    String title =
        "Uppföljning av tillitsbaserad styrning och ledning i hälso- och sjukvården under åren"
            + " 2022 till 2026";
    Organiser longName = Organiser.of(organiser, new Network("NUH", "Nätverket Uppdrag Hälsa"));
    Minutes minutes = SampleMinutes.titled(title).toBuilder().organiser(longName).build();
    try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
      String header = Pdfs.pages(document).get(0).header();
      String[] parts = header.split(" – ");
      assertEquals(2, parts.length, header);
      assertTrue(parts[0].endsWith("…"), header);
      assertTrue(organiser.startsWith(parts[0].substring(0, parts[0].length() - 1)), header);
      assertTrue(parts[1].endsWith("…"), header);
      assertTrue(title.startsWith(parts[1].substring(0, parts[1].length() - 1)), header);
      assertTrue(parts[0].length() >= 30, "a fair part of the name: " + header);
      assertTrue(parts[1].length() > parts[0].length(), "the title's part larger: " + header);
      assertTrue(header.length() <= 150, header.length() + " characters: " + header);
    }
    // A short title next to the long name: the name takes the rest of the line.
    Minutes shortTitle = SampleMinutes.titled("Uppföljning").toBuilder().organiser(longName).build();
    try (PDDocument document = Pdfs.load(Pdfs.render(shortTitle))) {
      String header = Pdfs.pages(document).get(0).header();
      assertTrue(header.endsWith("… – Uppföljning"), header);
      assertTrue(header.length() > 90, "the name fills the rest: " + header);
    }
  }

  @Test
  void december2021InEnglishHasEnglishFooters() throws Exception {
    byte[] pdf =
        Pdfs.render(
            ReferenceMinutes.december2021(),
            ExportOptions.defaults().withLanguage(Language.ENGLISH));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      assertEquals(3, pages.size(), "pages of the December 2021 minutes on A4");
      for (int i = 0; i < pages.size(); i++) {
        assertEquals(
            "Page " + (i + 1) + " of " + pages.size(), pages.get(i).footer(), "page " + (i + 1));
      }
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.pdf.Pdfs#referenceDocumentsInEachLanguage")
  void bookmarksAreTheHeadingsAndLeadToTheirPages(String name, Minutes minutes, Language language)
      throws Exception {
    byte[] pdf = Pdfs.render(minutes, ExportOptions.defaults().withLanguage(language));
    Labels labels = Labels.of(language);
    List<String> headings = new ArrayList<>();
    headings.add(labels.text(Label.TIME_AND_PLACE));
    for (AgendaItem item : minutes.agenda()) {
      headings.add(item.heading());
    }
    headings.add(labels.text(Label.NOTE_TAKERS));
    minutes.participants().ifPresent(list -> headings.add(labels.participantsHeading(list)));

    try (PDDocument document = Pdfs.load(pdf)) {
      List<Pdfs.Bookmark> bookmarks = Pdfs.bookmarks(document);
      assertEquals(headings, bookmarks.stream().map(Pdfs.Bookmark::title).toList());
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      for (Pdfs.Bookmark bookmark : bookmarks) {
        assertTrue(
            bookmark.page() >= 0 && pages.get(bookmark.page()).body().contains(bookmark.title()),
            "bookmark " + bookmark + " leads to a page with its heading");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aParticipantListWithoutItsOwnHeadingIsHeadedAndBookmarkedByTheLabel(Language language)
      throws Exception {
    Minutes june = ReferenceMinutes.june2022();
    Minutes minutes =
        june.toBuilder()
            .participants(ParticipantList.of(june.participants().orElseThrow().entries()))
            .build();
    String label = language.equals(Language.SWEDISH) ? "Deltagarförteckning" : "List of participants";

    try (PDDocument document =
        Pdfs.load(Pdfs.render(minutes, ExportOptions.defaults().withLanguage(language)))) {
      List<Pdfs.Bookmark> bookmarks = Pdfs.bookmarks(document);
      Pdfs.Bookmark last = bookmarks.get(bookmarks.size() - 1);
      assertEquals(label, last.title());
      String page = Pdfs.pages(document).get(last.page()).body();
      assertTrue(page.contains(label + " "), page);
      assertFalse(Pdfs.body(document).contains("28/4"), "no heading of the document's own");
    }
  }

  @Test
  void anEmptyParticipantListPrintsNoHeadingNoTableAndNoPage() throws Exception {
    Minutes june = ReferenceMinutes.june2022();
    Minutes without = june.toBuilder().participants(Optional.empty()).build();
    Minutes empty =
        june.toBuilder()
            .participants(ParticipantList.headed("Deltagarförteckning 28/4", List.of()))
            .build();

    try (PDDocument expected = Pdfs.load(Pdfs.render(without));
        PDDocument document = Pdfs.load(Pdfs.render(empty))) {
      String body = Pdfs.body(document);
      assertFalse(body.contains("Deltagarförteckning"), body);
      assertFalse(body.contains("Nätverk eller roll"), "no column headers: " + body);
      assertEquals(expected.getNumberOfPages(), document.getNumberOfPages());
      assertEquals(Pdfs.bookmarks(expected), Pdfs.bookmarks(document));
    }
  }

  static List<Language> languages() {
    return List.of(Language.SWEDISH, Language.ENGLISH);
  }

  @Test
  void anItemsNumberIsPrintedBeforeItsHeadingAndInItsBookmark() throws Exception {
    Minutes m = ReferenceMinutes.june2022();
    List<AgendaItem> numbered = new ArrayList<>();
    for (int i = 0; i < m.agenda().size(); i++) {
      AgendaItem item = m.agenda().get(i);
      numbered.add(
          new AgendaItem(
              java.util.Optional.of(i == 0 ? "§ 12" : "3." + i),
              item.heading(),
              item.presenters(),
              item.content(),
              item.links()));
    }
    Minutes minutes =
        new Minutes(
            m.language(), m.organiser(), m.kind(), m.date(), m.title(), m.sessions(), numbered,
            m.noteTakers(), m.participants());
    byte[] pdf = Pdfs.write("numbered", Pdfs.render(minutes, ExportOptions.defaults()));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> titles = Pdfs.bookmarks(document).stream().map(Pdfs.Bookmark::title).toList();
      assertEquals("§ 12 " + m.agenda().get(0).heading(), titles.get(1));
      assertEquals("3.1 " + m.agenda().get(1).heading(), titles.get(2));
      String body = Pdfs.body(document);
      assertTrue(body.contains("§ 12 " + m.agenda().get(0).heading()), body);
    }
  }

  @Test
  void theParticipantTableHeaderIsOnEveryPageItSpans() throws Exception {
    int count = 300;
    try (PDDocument document = Pdfs.load(Pdfs.render(SampleMinutes.manyParticipants(count)))) {
      List<Pdfs.PageText> pages = Pdfs.pages(document);
      String header = "Namn Nätverk eller roll Region eller organisation";
      int pagesWithRows = 0;
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < pages.size(); i++) {
        String body = pages.get(i).body();
        all.append(body).append(' ');
        if (body.contains("Deltagare ")) {
          pagesWithRows++;
          assertTrue(body.contains(header), "page " + (i + 1) + " has rows but no header: " + body);
          assertEquals(
              body.indexOf("Deltagare "),
              body.indexOf(header) + header.length() + 1,
              "page " + (i + 1) + ": the header comes right before the first row");
        }
        assertEquals("Sida " + (i + 1) + " av " + pages.size(), pages.get(i).footer());
      }
      assertTrue(pagesWithRows >= 5, "300 rows fill several pages, not " + pagesWithRows);
      for (int i = 1; i <= count; i++) {
        String row = String.format("Deltagare %03d Åström", i);
        assertEquals(1, occurrences(all.toString(), row), row + " once, no row lost or doubled");
      }
    }
  }

  /**
   * A table that starts near the foot of a page, whose first row does not fit under its column
   * headers there, keeps its headers on the page: before, the engine moved the row alone to the
   * next page and painted the headers in the bottom margin, over the page number, and in the next
   * page's top margin, where the page cut them off. The filler before the table grows by about two
   * lines at a time over more than a page, so that the table starts at every height of a page.
   */
  @Test
  void aTablesColumnHeadersStayOnThePageWhenItsFirstRowDoesNotFitUnderThem() throws Exception {
    String task =
        "Prepare the tender documents for the roof of the community hall, with an asbestos"
            + " survey, a structural report and three independent quotes. ";
    String line =
        "Filler text of the item that takes up about one line of the page in the size of the"
            + " text. ";
    for (int lines = 20; lines <= 80; lines += 2) {
      Minutes minutes =
          Minutes.builder(
                  Language.ENGLISH,
                  Organiser.of("Board"),
                  DocumentKind.MINUTES,
                  "Board meeting",
                  LocalDate.of(2026, 5, 2))
              .addSession(Session.on(LocalDate.of(2026, 5, 1)).build())
              .addAgendaItem(
                  AgendaItem.withHeading("Renovation")
                      .addBlock(Block.paragraph(line.repeat(lines).strip()))
                      .addAction(
                          new ActionItem(
                              task.repeat(3).strip(),
                              List.of(Person.named("Tom Walsh")),
                              Optional.of(LocalDate.of(2026, 6, 1))))
                      .build())
              .build();
      try (PDDocument document = Pdfs.load(Pdfs.render(minutes))) {
        List<Pdfs.PageText> pages = Pdfs.pages(document);
        for (int i = 0; i < pages.size(); i++) {
          String where = lines + " lines of filler, page " + (i + 1);
          assertEquals("Page " + (i + 1) + " of " + pages.size(), pages.get(i).footer(), where);
          assertEquals("Board – Board meeting", pages.get(i).header(), where);
          String body = pages.get(i).body();
          if (body.contains("Tom Walsh") || body.contains("quotes.")) {
            assertTrue(
                body.contains("Action Owner Due"), where + " has rows but no header: " + body);
          }
        }
      }
    }
  }

  /**
   * A word longer than a line, in running text, a heading, a strong span and a table cell (a
   * name, a link's printed address), breaks inside the text column: every character is drawn
   * within the page's margins (A4, 20 mm each side), and all of them are there.
   */
  @Test
  void aWordLongerThanALineBreaksInsideTheColumn() throws Exception {
    // Letters the reference document does not have, to count them.
    String word = "ж".repeat(300);
    String heading = "щ".repeat(300);
    String strong = "ю".repeat(300);
    String name = "я".repeat(300);
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .addAgendaItem(
                AgendaItem.withHeading(heading)
                    .addBlock(
                        Block.paragraph(
                            Inline.plain("Ett ord: " + word + " slut. "), Inline.strong(strong)))
                    .build())
            .participants(
                ParticipantList.headed(
                    "Deltagare",
                    List.of(
                        io.github.minutes4j.core.Participant.of(
                            name, io.github.minutes4j.core.Affiliation.Role.GUEST, "Region"),
                        // The printed address of a link in a cell is a long word too.
                        io.github.minutes4j.core.Participant.of(
                                "Länkad", io.github.minutes4j.core.Affiliation.Role.GUEST)
                            .withLink(
                                LinkTarget.of("https://example.org/" + "abc/".repeat(60))))))
            .build();
    byte[] pdf = Pdfs.write("long-word", Pdfs.render(minutes));
    try (PDDocument document = Pdfs.load(pdf)) {
      List<String> outside = new ArrayList<>();
      int[] drawn = new int[4];
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              float width = getCurrentPage().getMediaBox().getWidth();
              float right = width - 20 / 25.4f * 72;
              float left = 20 / 25.4f * 72;
              for (TextPosition position : positions) {
                String c = position.getUnicode();
                int kind = "жщюя".indexOf(c);
                if (kind >= 0) {
                  drawn[kind]++;
                }
                float start = position.getXDirAdj();
                float end = start + position.getWidthDirAdj();
                if (start < left - 0.5f || end > right + 0.5f) {
                  outside.add(
                      c
                          + " at x "
                          + start
                          + " to "
                          + end
                          + " (column "
                          + left
                          + " to "
                          + right
                          + ")");
                }
              }
            }
          };
      stripper.getText(document);
      assertEquals(
          List.of(),
          outside.subList(0, Math.min(10, outside.size())),
          outside.size() + " characters outside the column");
      assertEquals(300, drawn[0], "the word");
      assertEquals(300, drawn[1], "the heading");
      assertEquals(300, drawn[2], "the strong span");
      assertEquals(300, drawn[3], "the participant's name");
      assertTrue(
          Pdfs.squeeze(Pdfs.body(document)).replace(" ", "").contains(word), "the word, in order");
    }
    ConformanceTest.assertConforms("long-word", pdf);
  }

  @Test
  void theParticipantListsHeadingIsTheSizeOfEveryOtherSectionHeading() throws Exception {
    // Each heading by its first word; no other text starts with one at a larger size.
    List<String> headings = List.of("Tid", "Introduktion", "För", "Deltagarförteckning");
    Map<String, Float> sizes = new TreeMap<>();
    try (PDDocument document = Pdfs.load(Pdfs.render(ReferenceMinutes.june2022()))) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          String first = text.strip().split(" ")[0];
          if (headings.contains(first) && !positions.isEmpty()) {
            sizes.merge(first, positions.get(0).getFontSizeInPt(), Math::max);
          }
        }
      }.getText(document);
    }
    assertEquals(headings.size(), sizes.size(), "every heading found: " + sizes);
    for (String heading : headings) {
      assertEquals(sizes.get("För"), sizes.get(heading), 0.01f, heading + ": " + sizes);
    }
  }

  @Test
  void realLinksAreClickableAndPlaceholdersAreNot() throws Exception {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .addAgendaItem(
                AgendaItem.withHeading("Länkar")
                    .addBlock(
                        Block.paragraph(
                            Inline.plain("Läs "),
                            Inline.link("rapporten", LinkTarget.of("https://example.org/rapport")),
                            Inline.plain(" eller "),
                            Inline.link("boken", LinkTarget.placeholder()),
                            Inline.plain(" på "),
                            // Its text is its address, which is not printed after it again.
                            Inline.link(
                                "https://example.org/protokoll",
                                LinkTarget.of("https://example.org/protokoll")),
                            Inline.plain(".")))
                    .addLink(
                        LinkKind.VIDEO, "Länk till film", LinkTarget.of("https://example.org/film"))
                    .addLink(LinkKind.SLIDES, "Länk till bilder", LinkTarget.placeholder())
                    .build())
            .build();
    byte[] pdf = Pdfs.write("links", Pdfs.render(minutes));
    try (PDDocument document = Pdfs.load(pdf)) {
      assertEquals(
          List.of(
              "https://example.org/rapport",
              "https://example.org/protokoll",
              "https://example.org/film"),
          Pdfs.linkTargets(document));
      String body = Pdfs.body(document);
      assertTrue(
          body.contains(
              "Läs rapporten <https://example.org/rapport> eller boken (adressen är inte publicerad"
                  + " ännu) på https://example.org/protokoll."),
          body);
    }
    ConformanceTest.assertConforms("links", pdf);
  }

  @Test
  void theReferenceDocumentsWithPlaceholderLinksHaveNoLinkAnnotation() throws Exception {
    for (ReferenceMinutes.ReferenceDocument reference : ReferenceMinutes.all()) {
      try (PDDocument document = Pdfs.load(Pdfs.render(reference.minutes()))) {
        assertEquals(List.of(), Pdfs.linkTargets(document), reference.name());
        assertTrue(Pdfs.body(document).contains("Länk till bilder"), reference.name());
      }
    }
  }

  @Test
  void metadataHoldTitleLanguageAuthorSubjectKeywordsAndTheDocumentsDate() throws Exception {
    byte[] pdf = Pdfs.render(ReferenceMinutes.june2022());
    try (PDDocument document = Pdfs.load(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals(
          "Uppdrag och uppföljning med tillit som utgångspunkt – Minnesanteckningar – Nätverken"
              + " Demokrati-Uppdrag-Hälsa",
          info.getTitle());
      assertEquals("Nätverken Demokrati-Uppdrag-Hälsa", info.getAuthor());
      assertEquals(
          "Minnesanteckningar: Uppdrag och uppföljning med tillit som utgångspunkt. Nätverken"
              + " Demokrati-Uppdrag-Hälsa, 2 juni 2022 kl. 10.00–15.00.",
          info.getSubject());
      assertEquals(
          "Minnesanteckningar, Nätverken Demokrati-Uppdrag-Hälsa, NUH, Nätverket Uppdrag Hälsa,"
              + " NHD, Nätverket Hälsa och Demokrati",
          info.getKeywords());
      assertEquals("minutes4j", info.getProducer());
      Instant documentDate = Instant.parse("2022-06-11T00:00:00Z");
      assertEquals(documentDate, info.getCreationDate().toInstant());
      assertEquals(documentDate, info.getModificationDate().toInstant());
      assertEquals("sv", document.getDocumentCatalog().getLanguage());
      assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");

      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      for (String element : List.of("xmp:CreateDate", "xmp:ModifyDate")) {
        Matcher date = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xmp);
        assertTrue(date.find(), element + " in " + xmp);
        assertEquals("2022-06-11T00:00:00Z", date.group(1), element);
      }
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
      assertTrue(xmp.contains("Nätverken Demokrati-Uppdrag-Hälsa"), "dc:creator in " + xmp);
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
