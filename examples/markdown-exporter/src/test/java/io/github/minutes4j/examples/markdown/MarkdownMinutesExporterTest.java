package io.github.minutes4j.examples.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;

class MarkdownMinutesExporterTest {

  private static final String JUNE_SESSION =
      "2 juni 2022 kl. 10.00–15.00, SKR's lokaler, Hornsgatan 20, Stockholm, och digitalt";

  @Test
  void describesItsFormat() {
    var format = new MarkdownMinutesExporter().format();

    assertEquals("markdown", format.id());
    assertEquals("text/markdown; charset=utf-8", format.mediaType());
    assertEquals("md", format.fileExtension());
  }

  @Test
  void anItemsNumberStandsBeforeItsHeading() {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .addAgendaItem(
                io.github.minutes4j.core.AgendaItem.withHeading("Budget").number("§ 12").build())
            .build();
    List<String> items = Rendered.export(minutes).headings(4);
    assertEquals("§ 12 Budget", items.get(items.size() - 1));
    assertEquals(
        Rendered.export(ReferenceMinutes.june2022()).headings(4),
        items.subList(0, items.size() - 1),
        "items without a number keep their headings");
  }

  @Test
  void june2022HasTheOutlineOfTheReferenceDocument() {
    Rendered rendered = Rendered.export(ReferenceMinutes.june2022());

    assertEquals(List.of("Nätverken Demokrati-Uppdrag-Hälsa"), rendered.headings(1));
    assertEquals(
        List.of("Minnesanteckningar", "För anteckningarna", "Deltagarförteckning 28/4"),
        rendered.headings(2));
    assertEquals(
        List.of("Uppdrag och uppföljning med tillit som utgångspunkt"), rendered.headings(3));
    assertEquals(
        List.of(
            "Tid och plats",
            "Introduktion till dagen",
            "Hur arbetar SKR med stöd i styrning och verksamhetsutveckling?",
            "Introduktion till Nätverkens strategiska område – \"Uppdrag\"",
            "Förutsättningar för tillit uppdrag och uppföljning"),
        rendered.headings(4));
    assertTrue(rendered.markdown.startsWith("# Nätverken Demokrati-Uppdrag-Hälsa\n"));
    assertTrue(rendered.markdown.contains("\n11 juni 2022\n\n---\n\n## Minnesanteckningar\n"));
  }

  @Test
  void june2022HasTheSessionLineAndAttendance() {
    List<String> paragraphs = Rendered.export(ReferenceMinutes.june2022()).paragraphs();

    assertTrue(paragraphs.contains(JUNE_SESSION), paragraphs.toString());
    assertTrue(
        paragraphs.contains("Ca 10 personer deltog på plats och 13 personer på distans."),
        paragraphs.toString());
  }

  @Test
  void june2022ListsEveryParticipantInATable() {
    Minutes minutes = ReferenceMinutes.june2022();
    Labels labels = Labels.of(Language.SWEDISH);

    List<List<String>> rows = Rendered.export(minutes).tableRows();

    List<List<String>> expected = new ArrayList<>();
    expected.add(List.of("Namn", "Nätverk eller roll", "Region eller organisation"));
    for (Participant participant : minutes.participants().orElseThrow().entries()) {
      expected.add(
          List.of(
              participant.name(),
              labels.affiliation(participant.affiliation()),
              participant.organisation().orElse("")));
    }
    assertEquals(21, expected.size());
    assertEquals(expected, rows);
  }

  @Test
  void june2022NamesEveryNoteTakerWithTheirRole() {
    Rendered rendered = Rendered.export(ReferenceMinutes.june2022());

    assertTrue(rendered.paragraphs().contains("Ralph Harlid\nKoordinator"));
    assertTrue(rendered.paragraphs().contains("Staffan Carlsson\nKoordinator"));
    assertTrue(rendered.markdown.contains("**Ralph Harlid**\\\nKoordinator"));
  }

  @Test
  void presentersAreBoldAndPlaceholderLinksArePlainText() {
    Rendered rendered = Rendered.export(ReferenceMinutes.june2022());

    assertTrue(rendered.markdown.contains("**Linda Persson Melin**, handläggare på SKR berättar"));
    assertEquals(
        List.of("Linda Persson Melin", "Ralph Harlid", "Camilla Odenberger", "Malena Lau",
            "Ralph Harlid", "Staffan Carlsson"),
        strongTexts(rendered));
    assertFalse(rendered.markdown.contains("(#)"), "a placeholder must not become a link to #");
    assertEquals(0, links(rendered).size());
    long slideLines =
        rendered.paragraphs().stream()
            .filter(p -> p.equals("Länk till bilder (adressen är inte publicerad ännu)"))
            .count();
    assertEquals(3, slideLines);
  }

  @Test
  void december2021HasBothSessionsAndTheGapAnalysisAsSubHeadings() {
    Rendered rendered = Rendered.export(ReferenceMinutes.december2021());

    assertTrue(rendered.paragraphs().contains("9 december 2021 kl. 13.00–15.00"));
    assertTrue(rendered.paragraphs().contains("10 december 2021 kl. 09.00–12.00"));
    assertEquals(List.of("Nuläge", "Börläge"), rendered.headings(5));
    assertEquals(List.of(), rendered.tableRows());
  }

  @Test
  void theParticipantListCanBeLeftOut() {
    Rendered rendered =
        Rendered.export(ReferenceMinutes.june2022(), ExportOptions.defaults().withParticipants(false));

    assertEquals(List.of(), rendered.tableRows());
    assertFalse(rendered.markdown.contains("Deltagarförteckning"));
    assertFalse(rendered.markdown.contains("Anna Lindeberg"));
  }

  @Test
  void anEmptyParticipantListPrintsNoHeadingAndNoTable() {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .participants(ParticipantList.headed("Deltagarförteckning 28/4", List.of()))
            .build();

    Rendered rendered = Rendered.export(minutes);

    assertEquals(List.of(), rendered.tableRows());
    assertEquals(List.of("Minnesanteckningar", "För anteckningarna"), rendered.headings(2));
  }

  @Test
  void labelsAndDatesFollowTheChosenLanguage() {
    Rendered rendered =
        Rendered.export(
            ReferenceMinutes.june2022(), ExportOptions.defaults().withLanguage(Language.ENGLISH));

    assertEquals(List.of("Meeting notes", "Notes taken by", "Deltagarförteckning 28/4"),
        rendered.headings(2));
    assertTrue(rendered.headings(4).contains("Time and place"));
    assertEquals(List.of("Name", "Network or role", "Region or organisation"),
        rendered.tableRows().get(0));
    assertTrue(rendered.paragraphs().contains("11 June 2022"), rendered.paragraphs().toString());
  }

  @Test
  void aParticipantListWithoutItsOwnHeadingIsHeadedByTheLabel() {
    Minutes june = ReferenceMinutes.june2022();
    Minutes minutes =
        june.toBuilder()
            .participants(ParticipantList.of(june.participants().orElseThrow().entries()))
            .build();

    assertEquals(
        List.of("Minnesanteckningar", "För anteckningarna", "Deltagarförteckning"),
        Rendered.export(minutes).headings(2));
    assertEquals(
        List.of("Meeting notes", "Notes taken by", "List of participants"),
        Rendered.export(minutes, ExportOptions.defaults().withLanguage(Language.ENGLISH))
            .headings(2));
  }

  @Test
  void labelsFollowAnyLanguageAndTheCallersWording() {
    Rendered german =
        Rendered.export(
            ReferenceMinutes.june2022(),
            ExportOptions.defaults()
                .withLanguage(Language.GERMAN)
                .withLabel(Label.NOTE_TAKERS, "Protokoll geführt von"));

    assertEquals(
        List.of("Besprechungsnotizen", "Protokoll geführt von", "Deltagarförteckning 28/4"),
        german.headings(2));
    assertTrue(german.headings(4).contains("Zeit und Ort"));
    assertTrue(german.paragraphs().contains("11. Juni 2022"), german.paragraphs().toString());
  }

  @Test
  void theSameMinutesGiveTheSameBytes() throws IOException {
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      assertArrayEquals(bytes(document.minutes()), bytes(document.minutes()), document.name());
    }
  }

  @Test
  void invalidMinutesAreRefusedAndNothingIsWritten() {
    Minutes invalid =
        Minutes.builder(
                Language.SWEDISH,
                ReferenceMinutes.organiser(),
                DocumentKind.MEETING_NOTES,
                " ",
                LocalDate.of(2022, 6, 11))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    InvalidMinutesException thrown =
        assertThrows(
            InvalidMinutesException.class,
            () -> new MarkdownMinutesExporter().export(invalid, ExportOptions.defaults(), out));

    List<String> paths =
        thrown.violations().stream().map(v -> v.path()).collect(Collectors.toList());
    assertTrue(paths.contains("title"), paths.toString());
    assertTrue(paths.contains("sessions"), paths.toString());
    assertEquals(0, out.size());
  }

  @Test
  void realLinksKeepTheirAddressesExactly() {
    String address = "https://example.org/a_(b)/c?x=1&y=2&amp;z=*q*";
    Minutes minutes =
        withItem(
            AgendaItem.withHeading("Länkar")
                .addBlock(Block.paragraph(Inline.link("[se] *här*", LinkTarget.of(address))))
                .addLink(
                    LinkKind.SLIDES, "Bilder (pdf)", LinkTarget.of("https://example.org/s.pdf"))
                .build());

    Rendered rendered = Rendered.export(minutes);

    List<Link> links = links(rendered);
    assertEquals(2, links.size(), rendered.markdown);
    assertEquals(address, links.get(0).getDestination());
    assertEquals("[se] *här*", Rendered.text(links.get(0)));
    assertEquals("https://example.org/s.pdf", links.get(1).getDestination());
    assertEquals("Bilder (pdf)", Rendered.text(links.get(1)));
  }

  @Test
  void markupInNamesHeadingsAndTextRendersLiterally() {
    List<String> hostile =
        List.of(
            "*Anna*",
            "[x](y)",
            "<b>Bo</b>",
            "a | b",
            "`code`",
            "&amp;",
            "# Hash #",
            "1. Första",
            "- Dash",
            "===",
            "~~gone~~",
            "\\back\\slash\\",
            "_under_",
            "![img](z.png)",
            "<https://example.org>",
            "> quote",
            "---");
    List<Participant> participants = new ArrayList<>();
    List<Block> content = new ArrayList<>();
    for (String text : hostile) {
      participants.add(Participant.of(text, Affiliation.Role.GUEST, text));
      content.add(Block.paragraph(text));
      content.add(Block.subsection(text, Block.paragraph(Inline.strong(text))));
    }
    AgendaItem item =
        new AgendaItem(hostile.get(0), List.of(Person.named(hostile.get(1))), content, List.of());
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .title(hostile.get(2))
            .addAgendaItem(item)
            .participants(ParticipantList.headed("Deltagare", participants))
            .addNoteTaker(Person.named(hostile.get(3)).withRole(hostile.get(7)))
            .build();

    Rendered rendered = Rendered.export(minutes);

    assertEquals(List.of(hostile.get(2)), rendered.headings(3));
    assertTrue(rendered.headings(4).contains(hostile.get(0)));
    assertEquals(hostile, rendered.headings(5));
    List<String> paragraphs = rendered.paragraphs();
    for (String text : hostile) {
      assertTrue(paragraphs.contains(text), "paragraph " + text + " in " + paragraphs);
    }
    assertTrue(paragraphs.contains("Medverkande: [x](y)"), paragraphs.toString());
    assertTrue(paragraphs.contains("a | b\n1. Första"), paragraphs.toString());
    List<List<String>> rows = rendered.tableRows();
    assertEquals(hostile.size() + 1, rows.size());
    for (int i = 0; i < hostile.size(); i++) {
      assertEquals(List.of(hostile.get(i), "Gäst", hostile.get(i)), rows.get(i + 1));
    }
    List<String> strong = strongTexts(rendered);
    assertTrue(strong.containsAll(hostile), strong.toString());
    String html = rendered.html();
    assertFalse(html.contains("<b>"), html);
    assertFalse(html.contains("<code>"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<blockquote>"), html);
    assertEquals(1, html.split("<hr", -1).length - 1, "only the rule after the date: " + html);
  }

  private static Minutes withItem(AgendaItem item) {
    return Minutes.builder(
            Language.SWEDISH,
            ReferenceMinutes.organiser(),
            DocumentKind.MEETING_NOTES,
            "Möte",
            LocalDate.of(2024, 1, 2))
        .addSession(
            Session.on(LocalDate.of(2024, 1, 2), LocalTime.of(9, 0), LocalTime.of(10, 0)).build())
        .addAgendaItem(item)
        .build();
  }

  private static byte[] bytes(Minutes minutes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MarkdownMinutesExporter().export(minutes, ExportOptions.defaults(), out);
    return out.toByteArray();
  }

  /** The text of every strong span, whether written as ** or, where ** cannot work, as a tag. */
  static List<String> strongTexts(Rendered rendered) {
    List<String> texts = new ArrayList<>();
    rendered.document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(StrongEmphasis strong) {
            texts.add(Rendered.text(strong));
          }

          @Override
          public void visit(org.commonmark.node.HtmlInline html) {
            if (html.getLiteral().equals("<strong>")) {
              StringBuilder text = new StringBuilder();
              for (org.commonmark.node.Node n = html.getNext(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.HtmlInline
                    && ((org.commonmark.node.HtmlInline) n).getLiteral().equals("</strong>")) {
                  break;
                }
                text.append(Rendered.text(n));
              }
              texts.add(text.toString());
            }
          }
        });
    return texts;
  }

  private static List<Link> links(Rendered rendered) {
    List<Link> links = new ArrayList<>();
    rendered.document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link);
          }
        });
    return links;
  }
}
