package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The outline, landmarks, table and head of the page, and the exporter's contract. */
class StructureTest {

  private static final Pattern HEADING = Pattern.compile("h[1-6]");

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void headingsFormAnOutlineWithOneH1AndNoSkippedLevel(
      String name, Minutes minutes, Language language) {
    Document page = Pages.parse(Pages.html(minutes, ExportOptions.defaults().withLanguage(language)));
    Elements h1 = page.select("h1");
    assertEquals(1, h1.size(), "exactly one h1");
    assertEquals(minutes.title(), h1.text());
    assertNotNull(page.selectFirst("header h1"), "the h1 is in the header");
    int previous = 0;
    List<String> outline = new ArrayList<>();
    for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      outline.add(heading.tagName() + " " + heading.text());
      assertTrue(
          level <= previous + 1,
          "heading level skipped at "
              + heading.tagName()
              + " "
              + heading.text()
              + " in "
              + outline);
      previous = level;
    }
    assertEquals(1, page.select("main").size());
    assertEquals(1, page.select("body > header").size());
    assertEquals(0, page.select("main h1").size());
  }

  @Test
  void subsectionsGetTheNextHeadingLevels() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.december2021()));
    Element item = page.getElementById("item-1").parent();
    assertEquals(List.of("Nuläge", "Börläge"), item.select("h3").eachText());
    Document hostile = Pages.parse(Pages.html(Pages.hostile()));
    Element nested = hostile.getElementById("item-1").parent();
    assertEquals(1, nested.select("section.subsection > h3").size());
    assertEquals(1, nested.select("section.subsection section.subsection > h4").size());
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void sectionsHaveStableIdsAndAreLabelledByTheirHeadings(
      String name, Minutes minutes, Language language) {
    Document page = Pages.parse(Pages.html(minutes, ExportOptions.defaults().withLanguage(language)));
    List<String> expected = new ArrayList<>();
    expected.add("time-and-place");
    for (int i = 1; i <= minutes.agenda().size(); i++) {
      expected.add("item-" + i);
    }
    expected.add("note-takers");
    if (minutes.participants().isPresent()) {
      expected.add("participants");
    }
    List<String> labelled = new ArrayList<>();
    for (Element section : page.select("main > section")) {
      String id = section.attr("aria-labelledby");
      Element heading = page.getElementById(id);
      assertNotNull(heading, "section labelled by missing id " + id);
      assertTrue(HEADING.matcher(heading.tagName()).matches(), id + " is a heading");
      assertEquals("h2", heading.tagName());
      labelled.add(id);
    }
    assertEquals(expected, labelled);
    for (int i = 0; i < minutes.agenda().size(); i++) {
      assertEquals(
          minutes.agenda().get(i).heading(), page.getElementById("item-" + (i + 1)).text());
    }
    Set<String> ids = new HashSet<>();
    for (Element element : page.select("[id]")) {
      assertTrue(ids.add(element.id()), "duplicate id " + element.id());
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void headDeclaresLanguageCharsetViewportTitleAuthorAndDescription(
      String name, Minutes minutes, Language language) {
    String html = Pages.html(minutes, ExportOptions.defaults().withLanguage(language));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + language.tag() + "\">\n"));
    Document page = Pages.parse(html);
    assertEquals(language.tag(), page.selectFirst("html").attr("lang"));
    assertEquals("utf-8", page.selectFirst("head > meta[charset]").attr("charset"));
    assertEquals(
        "width=device-width, initial-scale=1",
        page.selectFirst("meta[name=viewport]").attr("content"));
    String kind = io.github.minutes4j.core.text.Labels.of(language).documentKind(minutes.kind());
    assertEquals(
        minutes.title() + " – " + kind + " – " + minutes.organiser().name(), page.title());
    assertEquals(
        minutes.organiser().name(), page.selectFirst("meta[name=author]").attr("content"));
    String description = page.selectFirst("meta[name=description]").attr("content");
    assertTrue(description.contains(minutes.title()), description);
    assertEquals(1, page.select("style").size());
    assertEquals(1, page.select("head > style").size());
    assertTrue(
        page.selectFirst("meta[http-equiv=Content-Security-Policy]")
            .attr("content")
            .startsWith("default-src 'none';"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void loadsNothingAndRunsNothing(String name, Minutes minutes, Language language) {
    String html = Pages.html(minutes, ExportOptions.defaults().withLanguage(language));
    String lower = html.toLowerCase(Locale.ROOT);
    for (String forbidden :
        List.of("<script", "url(", "@import", "href=\"#\"", "href='#'", "<link", "<img", "<iframe",
            "<object", "<embed", "src=", "srcset=", " on", "javascript:")) {
      if (forbidden.equals(" on")) {
        assertFalse(
            Pattern.compile("<[^>]*\\son[a-z]+=").matcher(lower).find(), "an event handler");
      } else {
        assertFalse(lower.contains(forbidden), "the page contains " + forbidden);
      }
    }
    // "http" appears only in http-equiv and in the addresses of links (the reference documents
    // have none: their targets are placeholders).
    assertEquals(
        List.of(),
        Pattern.compile("http(?!-equiv)").matcher(lower).results().map(r -> r.group()).toList());
    Document page = Pages.parse(html);
    assertEquals(0, page.select("a").size(), "the reference documents' links are placeholders");
    assertEquals(0, page.select("[href], [src], [srcset], [data], [poster], [action]").size());
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocumentsInEachLanguage")
  void participantListIsATableWithCaptionAndColumnHeaders(
      String name, Minutes minutes, Language language) {
    Document page = Pages.parse(Pages.html(minutes, ExportOptions.defaults().withLanguage(language)));
    if (minutes.participants().isEmpty()) {
      assertEquals(0, page.select("table").size());
      return;
    }
    ParticipantList list = minutes.participants().get();
    Element table = page.selectFirst("table");
    assertEquals(
        Labels.of(language).participantsHeading(list), table.selectFirst("caption").text());
    assertEquals("participants", table.selectFirst("caption > h2").id());
    Elements headers = table.select("thead > tr > th");
    assertEquals(3, headers.size());
    for (Element header : headers) {
      assertEquals("col", header.attr("scope"));
    }
    io.github.minutes4j.core.text.Labels labels =
        io.github.minutes4j.core.text.Labels.of(language);
    assertEquals(
        List.of(
            labels.text(io.github.minutes4j.core.text.Label.PARTICIPANT_NAME),
            labels.text(io.github.minutes4j.core.text.Label.PARTICIPANT_AFFILIATION),
            labels.text(io.github.minutes4j.core.text.Label.PARTICIPANT_ORGANISATION)),
        headers.eachText());
    Elements rows = table.select("tbody > tr");
    assertEquals(list.entries().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Participant participant = list.entries().get(i);
      Elements cells = rows.get(i).select("td");
      assertEquals(3, cells.size(), "every row has all three cells, empty ones too");
      assertEquals(
          List.of(
              participant.name(),
              labels.affiliation(participant.affiliation()),
              participant.organisation().orElse("")),
          cells.stream().map(Element::text).toList());
    }
    Element section = table.parent();
    assertEquals("section", section.tagName());
    assertEquals("participants", section.attr("aria-labelledby"));
    assertEquals("0", section.attr("tabindex"), "focusable, so that it can scroll by keyboard");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aParticipantListWithoutItsOwnHeadingIsHeadedByTheLabelInThePagesLanguage(Language language) {
    Minutes june = ReferenceMinutes.june2022();
    Minutes minutes =
        june.toBuilder()
            .participants(ParticipantList.of(june.participants().orElseThrow().entries()))
            .build();

    Document page =
        Pages.parse(Pages.html(minutes, ExportOptions.defaults().withLanguage(language)));

    Element heading = page.selectFirst("table > caption > h2#participants");
    assertEquals(
        language.equals(Language.SWEDISH) ? "Deltagarförteckning" : "List of participants",
        heading.text());
    assertFalse(heading.hasAttr("lang"), "the label is in the page's language");
  }

  @Test
  void aParticipantListsOwnHeadingKeepsTheMinutesLanguage() {
    Document page =
        Pages.parse(
            Pages.html(
                ReferenceMinutes.june2022(),
                ExportOptions.defaults().withLanguage(Language.ENGLISH)));

    Element heading = page.selectFirst("table > caption > h2#participants");
    assertEquals("Deltagarförteckning 28/4", heading.text());
    assertEquals("sv", heading.attr("lang"));
  }

  static List<Language> languages() {
    return List.of(Language.SWEDISH, Language.ENGLISH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocuments")
  void participantListCanBeLeftOut(String name, Minutes minutes) {
    Document page =
        Pages.parse(Pages.html(minutes, ExportOptions.defaults().withParticipants(false)));
    assertNull(page.getElementById("participants"));
    assertEquals(0, page.select("table, section.participants").size());
    String text = page.text();
    for (Participant participant :
        minutes.participants().map(ParticipantList::entries).orElse(List.of())) {
      // Anna Lindeberg is only in the list; presenters and note-takers stay in their sections.
      if (participant.name().equals("Anna Lindeberg")) {
        assertFalse(text.contains(participant.name()));
      }
    }
    if (minutes.participants().isPresent()) {
      assertTrue(
          Pages.html(minutes).contains("Anna Lindeberg"), "the default includes the list");
      assertFalse(text.contains(minutes.participants().get().heading().orElseThrow()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyParticipantLists")
  void anEmptyParticipantListHasNoHeadingNoTableAndNoContentsEntry(
      String name, ParticipantList empty) {
    Minutes minutes = ReferenceMinutes.june2022().toBuilder().participants(empty).build();

    Document page = Pages.parse(Pages.html(minutes));

    assertNull(page.getElementById("participants"));
    assertEquals(0, page.select("table, section.participants").size());
    assertEquals(0, page.select("nav a[href=#participants]").size());
    assertFalse(page.text().replace("\u00ad", "").contains("Deltagarförteckning"), page.text());
  }

  static List<Arguments> emptyParticipantLists() {
    return List.of(
        Arguments.of("the label's heading", ParticipantList.of(List.of())),
        Arguments.of(
            "a heading of its own", ParticipantList.headed("Deltagarförteckning 28/4", List.of())));
  }

  @Test
  void anItemsNumberStandsBeforeItsHeadingInsideTheHeading() {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .addAgendaItem(AgendaItem.withHeading("Beslut om <budget>").number("§ 12").build())
            .build();
    Document page = Pages.parse(Pages.html(minutes));
    int last = minutes.agenda().size();
    Element heading = page.getElementById("item-" + last);
    assertEquals("§ 12 Beslut om <budget>", heading.text());
    assertEquals("§ 12", heading.selectFirst("span.item-number").text());
    assertNull(page.getElementById("item-1").selectFirst("span.item-number"), "no number, no span");
  }

  @Test
  void sameInputGivesTheSameBytesAlsoFromManyThreads() throws Exception {
    Minutes minutes = ReferenceMinutes.june2022();
    byte[] first = Pages.bytes(minutes, ExportOptions.defaults());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Minutes m = i % 2 == 0 ? minutes : ReferenceMinutes.december2021();
        results.add(threads.submit(() -> Pages.bytes(m, ExportOptions.defaults())));
      }
      byte[] december = Pages.bytes(ReferenceMinutes.december2021(), ExportOptions.defaults());
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(i % 2 == 0 ? first : december, results.get(i).get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void invalidMinutesAreRefusedBeforeAnythingIsWritten() {
    Minutes invalid =
        Minutes.builder(
                Language.SWEDISH,
                ReferenceMinutes.organiser(),
                DocumentKind.MEETING_NOTES,
                " ",
                LocalDate.of(2022, 6, 11))
            .addAgendaItem(AgendaItem.withHeading("").build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InvalidMinutesException e =
        assertThrows(
            InvalidMinutesException.class,
            () -> Pages.EXPORTER.export(invalid, ExportOptions.defaults(), out));
    assertTrue(e.violations().size() >= 3, e.getMessage());
    assertEquals(0, out.size(), "nothing written");
  }

  @Test
  void streamIsFlushedButNotClosed() throws IOException {
    class RecordingStream extends OutputStream {
      final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      boolean closed;

      @Override
      public void write(int b) {
        if (closed) {
          throw new IllegalStateException("closed");
        }
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (closed) {
          throw new IllegalStateException("closed");
        }
        bytes.write(b, off, len);
      }

      @Override
      public void close() {
        closed = true;
      }
    }
    RecordingStream out = new RecordingStream();
    Pages.EXPORTER.export(ReferenceMinutes.june2022(), out);
    assertFalse(out.closed);
    assertArrayEquals(
        Pages.bytes(ReferenceMinutes.june2022(), ExportOptions.defaults()),
        out.bytes.toByteArray(),
        "everything written is flushed to the stream");
  }

  @Test
  void describesItsFormatAndRefusesNull() {
    assertEquals("html", Pages.EXPORTER.format().id());
    assertEquals("text/html; charset=utf-8", Pages.EXPORTER.format().mediaType());
    assertEquals("html", Pages.EXPORTER.format().fileExtension());
    Minutes minutes = ReferenceMinutes.june2022();
    OutputStream out = OutputStream.nullOutputStream();
    assertThrows(
        NullPointerException.class, () -> Pages.EXPORTER.export(null, ExportOptions.defaults(), out));
    assertThrows(NullPointerException.class, () -> Pages.EXPORTER.export(minutes, null, out));
    assertThrows(
        NullPointerException.class,
        () -> Pages.EXPORTER.export(minutes, ExportOptions.defaults(), null));
  }

  @Test
  void printStylesheetFollowsThePageSize() {
    Minutes minutes = ReferenceMinutes.june2022();
    String a4 = Pages.parse(Pages.html(minutes)).selectFirst("style").data();
    String letter =
        Pages.parse(Pages.html(minutes, ExportOptions.defaults().withPageSize(PageSize.LETTER)))
            .selectFirst("style")
            .data();
    assertTrue(a4.contains("@page { size: A4;"), a4);
    assertTrue(letter.contains("@page { size: letter;"), letter);
    assertTrue(a4.contains("@media print"));
    assertTrue(a4.contains(".visually-hidden"));
  }
}
