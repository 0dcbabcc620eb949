package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Links: a placeholder is text with a note, never {@code href="#"}; a real link's accessible name
 * (its text, hidden parts included) tells where it goes even out of context, so that no two links
 * to different addresses share a name.
 */
class LinkTest {

  private static final LinkTarget SLIDES_1 = LinkTarget.of("https://example.org/1/slides.pdf");
  private static final LinkTarget SLIDES_2 = LinkTarget.of("https://example.org/2/slides.pdf");
  private static final LinkTarget VIDEO_1 = LinkTarget.of("https://example.org/1/video");

  private static Minutes.Builder meeting() {
    return Minutes.builder(
            Language.SWEDISH,
            ReferenceMinutes.organiser(),
            DocumentKind.MEETING_NOTES,
            "Ett möte",
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0)).build());
  }

  @Test
  void twoItemsWithTheSameLinkLabelGiveDifferentNames() {
    Minutes minutes =
        meeting()
            .addAgendaItems(
                AgendaItem.withHeading("Första punkten")
                    .addLink(LinkKind.SLIDES, "Länk till bilder", SLIDES_1)
                    .addLink(LinkKind.VIDEO, "Länk till film", VIDEO_1)
                    .build(),
                AgendaItem.withHeading("Andra punkten")
                    .addLink(LinkKind.SLIDES, "Länk till bilder", SLIDES_2)
                    .build())
            .build();
    Document page = Pages.parse(Pages.html(minutes));
    Elements links = page.select("a");
    assertEquals(
        List.of(
            "Länk till bilder – Första punkten",
            "Länk till film – Första punkten",
            "Länk till bilder – Andra punkten"),
        links.eachText());
    for (Element link : links) {
      assertEquals(1, link.select("span.visually-hidden").size());
      assertTrue(link.ownText().startsWith("Länk till"), "the visible text is the label");
    }
    assertEquals(
        List.of(SLIDES_1, VIDEO_1, SLIDES_2).stream().map(t -> t.address().get()).toList(),
        links.eachAttr("href"));
    assertNamesAreUniquePerAddress(page);
  }

  @Test
  void theSameLabelTwiceUnderOneItemGetsANumber() {
    Minutes minutes =
        meeting()
            .addAgendaItem(
                AgendaItem.withHeading("Punkten")
                    .addLink(LinkKind.SLIDES, "Länk till bilder", SLIDES_1)
                    .addLink(LinkKind.SLIDES, "Länk till bilder", SLIDES_2)
                    .addLink(LinkKind.SLIDES, "Länk till bilder", SLIDES_1)
                    .build())
            .build();
    Document page = Pages.parse(Pages.html(minutes));
    assertEquals(
        List.of(
            "Länk till bilder – Punkten",
            "Länk till bilder – Punkten (2)",
            "Länk till bilder – Punkten"),
        page.select("a").eachText(),
        "a link to the same address may share the name");
    assertNamesAreUniquePerAddress(page);
  }

  @Test
  void linksInRunningTextAndOnNamesGetContextOnlyWhenTheirTextIsTaken() {
    Minutes minutes =
        meeting()
            .addAgendaItems(
                AgendaItem.withHeading("Första punkten")
                    .addBlock(
                        Block.paragraph(
                            Inline.plain("Läs "),
                            Inline.link("rapporten", SLIDES_1),
                            Inline.plain(" och "),
                            Inline.link("en rapport till", LinkTarget.placeholder()),
                            Inline.plain(".")))
                    .build(),
                AgendaItem.withHeading("Andra punkten")
                    .addBlock(
                        Block.paragraph(
                            Inline.link("rapporten", SLIDES_2),
                            Inline.plain(" och "),
                            Inline.link("rapporten", SLIDES_1)))
                    .build())
            .participants(
                ParticipantList.headed(
                    "Deltagare",
                    List.of(
                        Participant.of("Anna Berg", Affiliation.member("NUH"), "Halland")
                            .withLink(LinkTarget.of("mailto:anna@example.org")),
                        Participant.of("Anna Berg", Affiliation.member("NHD"), "Skåne")
                            .withLink(LinkTarget.of("mailto:anna.berg@example.org")),
                        Participant.of("Elin Allard", Affiliation.Role.GUEST)
                            .withLink(LinkTarget.placeholder()))))
            .build();
    Document page = Pages.parse(Pages.html(minutes));
    assertEquals(
        List.of(
            "rapporten",
            "rapporten – Andra punkten",
            "rapporten",
            "Anna Berg",
            "Anna Berg – NHD, Skåne"),
        page.select("a").eachText());
    assertNamesAreUniquePerAddress(page);
    Element first = page.getElementById("item-1").parent().selectFirst("p");
    assertEquals(
        "Läs rapporten och en rapport till (adressen är inte publicerad ännu).", first.text());
    assertEquals("en rapport till", first.selectFirst(".link-text").text());
    // A placeholder on a name: the name as text, and one note under the table.
    Element row = page.select("tbody tr").get(2);
    assertEquals(0, row.select("a").size());
    assertEquals("Elin Allard", row.selectFirst("td").text());
    assertEquals(
        "Länkarna på namnen är inte publicerade ännu.",
        page.getElementById("participants-note").text());
    assertEquals("participants-note", page.selectFirst("table").attr("aria-describedby"));
  }

  /**
   * Printed, a link is followed by its address, unless its text already shows the address (a bare
   * URL or e-mail address in running text), which would then print twice.
   */
  @Test
  void aLinkWhoseTextIsItsAddressIsNotFollowedByItWhenPrinted() {
    Minutes minutes =
        meeting()
            .addAgendaItem(
                AgendaItem.withHeading("Första punkten")
                    .addBlock(
                        Block.paragraph(
                            Inline.link("https://example.org/1/slides.pdf", SLIDES_1),
                            Inline.plain(", "),
                            Inline.link("example.org/1/video", VIDEO_1),
                            Inline.plain(", "),
                            Inline.link("anna@example.org",
                                LinkTarget.of("mailto:anna@example.org")),
                            Inline.plain(", "),
                            Inline.link("https://example.org/", LinkTarget.of("https://example.org")),
                            Inline.plain(" och "),
                            Inline.link("rapporten", SLIDES_2),
                            Inline.plain(" och "),
                            Inline.link("example.org/2", SLIDES_2)))
                    .build())
            .build();
    String html = Pages.html(minutes);
    Elements links = Pages.parse(html).select("a[href]");
    assertEquals(
        List.of(true, true, true, true, false, false),
        links.stream().map(link -> link.hasClass("shows-address")).toList(),
        links.outerHtml());
    assertTrue(
        html.contains("a[href]:not(.shows-address)::after { content: \" <\" attr(href) \">\";"),
        "the print stylesheet prints the address after the other links only");
  }

  @ParameterizedTest
  @MethodSource("io.github.minutes4j.core.text.LabelSets#shipped")
  void placeholdersAreTextWithANoteAndNeverHashLinks(Language language) {
    Minutes minutes = ReferenceMinutes.june2022();
    String html = Pages.html(minutes, ExportOptions.defaults().withLanguage(language));
    assertFalse(html.contains("href=\"#"), "no link to #");
    Document page = Pages.parse(html);
    assertEquals(0, page.select("a").size());
    String note = "(" + Labels.of(language).text(Label.LINK_PLACEHOLDER) + ")";
    int listed = 0;
    for (AgendaItem item : minutes.agenda()) {
      listed += item.links().size();
    }
    Elements items = page.select(".links li");
    assertEquals(listed, items.size());
    for (Element item : items) {
      assertEquals(item.selectFirst(".link-text").text() + " " + note, item.text());
      assertEquals(note, item.selectFirst(".placeholder-note").text());
    }
    assertEquals(3, page.select(".links li:contains(Länk till bilder)").size());
    String participantsNote = Labels.of(language).text(Label.PARTICIPANT_LINKS_PLACEHOLDER);
    assertEquals(participantsNote, page.getElementById("participants-note").text());
    assertNull(
        Pages.parse(Pages.html(ReferenceMinutes.december2021()))
            .getElementById("participants-note"));
  }

  @Test
  void theHostileDocumentsLinksHaveUniqueNames() {
    assertNamesAreUniquePerAddress(Pages.parse(Pages.html(Pages.hostile())));
  }

  /** No accessible name (text of the link, hidden parts included) leads to two addresses. */
  private static void assertNamesAreUniquePerAddress(Document page) {
    Map<String, String> addressByName = new HashMap<>();
    for (Element link : page.select("a[href]")) {
      String name = link.text();
      String previous = addressByName.putIfAbsent(name, link.attr("href"));
      assertTrue(
          previous == null || previous.equals(link.attr("href")),
          "the link name '" + name + "' leads to " + previous + " and " + link.attr("href"));
    }
  }
}
