package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Venue;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.Labels;
import io.github.minutes4j.html.internal.HtmlWriter;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No string in the minutes can become markup: a document with a hostile string in every field is
 * parsed back the way a browser would, and each string comes out as text, in its place, while the
 * elements are exactly those the exporter writes.
 */
class EscapingTest {

  private static final String A = Pages.HOSTILE.get(0);
  private static final String B = Pages.HOSTILE.get(1);
  private static final String C = Pages.HOSTILE.get(2);
  private static final String D = Pages.HOSTILE.get(3);
  private static final String E = Pages.HOSTILE.get(4);
  private static final String F = Pages.HOSTILE.get(5);
  private static final String G = Pages.HOSTILE.get(6);
  private static final String H = Pages.HOSTILE.get(7);
  private static final String I = Pages.HOSTILE.get(8);
  private static final String ADDRESS = "https://example.org/slides?a=1&b='2'&c=%3Cscript%3E";

  @Test
  void escapesTheFiveSpecialCharacters() {
    assertEquals("&amp;&lt;&gt;&quot;&#39;", HtmlWriter.escape("&<>\"'"));
    assertEquals("a &amp;amp; b", HtmlWriter.escape("a &amp; b"));
    assertEquals("&lt;/style&gt;", HtmlWriter.escape("</style>"));
    assertEquals("]]&gt;", HtmlWriter.escape("]]>"));
    assertEquals("plain text, åäö", HtmlWriter.escape("plain text, åäö"));
    assertEquals("", HtmlWriter.escape(""));
  }

  @Test
  void keepsEmojiAndRightToLeftTextAndReplacesWhatHtmlForbids() {
    assertEquals("👩🏽‍💻 🇸🇪 مرحبا שלום", HtmlWriter.escape("👩🏽‍💻 🇸🇪 مرحبا שלום"));
    assertEquals("a\uFFFDb", HtmlWriter.escape("a\uD800b"), "unpaired high surrogate");
    assertEquals("a\uFFFD", HtmlWriter.escape("a\uDC00"), "unpaired low surrogate");
    assertEquals("\uFFFD\uFFFD", HtmlWriter.escape("\uFFFE\uFDD0"), "noncharacters");
    assertEquals("\uFFFD", HtmlWriter.escape(new String(Character.toChars(0x1FFFF))));
    assertEquals("\uFFFD\uFFFD", HtmlWriter.escape("\u0000\u0085"), "control characters");
    assertEquals("\t\n", HtmlWriter.escape("\t\n"), "white space stays");
  }

  @ParameterizedTest
  @MethodSource("io.github.minutes4j.core.text.LabelSets#shipped")
  void hostileStringsComeOutAsTextInTheirPlaces(Language language) {
    Minutes minutes = Pages.hostile();
    String html = Pages.html(minutes, ExportOptions.defaults().withLanguage(language));
    Document page = Pages.parse(html);
    String comma = Labels.of(language).listSeparator();

    assertEquals(D, page.selectFirst("h1").text());
    assertEquals(D + " – " + kind(language) + " – " + A, page.title());
    assertEquals(A, page.selectFirst("meta[name=author]").attr("content"));
    assertTrue(page.selectFirst("meta[name=description]").attr("content").contains(D));
    assertEquals(A, page.selectFirst(".facts dd > bdi").text());
    assertEquals(List.of("שלום", "NUH"), page.select(".networks dt").eachText());
    assertEquals(List.of(B, C), page.select(".networks dd").eachText());
    assertTrue(page.selectFirst(".where").text().startsWith(E + comma + F + comma + G));

    Element item = page.getElementById("item-1").parent();
    assertEquals(H, page.getElementById("item-1").text());
    assertEquals(I + comma + A + comma + B, item.selectFirst(".presenters dd").text());
    Element paragraph = item.selectFirst(".content > p");
    assertEquals(D, paragraph.selectFirst("strong").text());
    assertEquals(E, paragraph.selectFirst("em").text());
    Element inlineLink = paragraph.selectFirst("a");
    assertEquals(ADDRESS, inlineLink.attr("href"));
    assertEquals(F, inlineLink.ownText());
    assertEquals(G, paragraph.selectFirst(".link-text").text());
    assertTrue(paragraph.text().startsWith(C + D + E + F), paragraph.text());
    assertEquals(H, item.selectFirst(".subsection > h3").text());
    assertEquals(I, item.selectFirst(".subsection > p").text());
    assertEquals(A, item.selectFirst(".subsection .subsection > h4").text());
    assertEquals(B, item.selectFirst(".subsection .subsection > p").text());
    assertEquals(List.of(C, D), item.select("ol > li").eachText());
    Element listedLink = item.selectFirst(".links a");
    assertEquals(ADDRESS, listedLink.attr("href"));
    assertEquals(E, listedLink.ownText());
    assertEquals(" – " + H, listedLink.selectFirst(".visually-hidden").wholeText());
    assertEquals(F, item.select(".links .link-text").text());
    assertEquals(G, page.getElementById("item-2").text());

    assertEquals(List.of(H + comma + I, A), page.select(".people li").eachText());
    assertEquals(B, page.selectFirst("caption").text());
    List<List<String>> rows = new ArrayList<>();
    for (Element row : page.select("tbody tr")) {
      rows.add(row.select("td").stream().map(Element::text).toList());
    }
    String guest = Labels.of(language).affiliation(Affiliation.Role.GUEST);
    assertEquals(
        List.of(List.of(C, "NUH", D), List.of(E, "שלום", ""), List.of(F, guest, G)), rows);
    assertEquals(ADDRESS, page.selectFirst("tbody a").attr("href"));
  }

  /** Text not in Normalization Form C, with an address of the same kind, in every kind of field. */
  static Minutes decomposed() {
    String text = Normalizer.normalize(DECOMPOSED_TEXT, Normalizer.Form.NFD);
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of(text, new Network("NUH", text)),
            DocumentKind.MEETING_NOTES,
            text,
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0))
                .venue(Venue.of(text, text, text))
                .build())
        .addAgendaItem(
            AgendaItem.withHeading(text)
                .addPresenter(Person.named(text))
                .addBlock(
                    Block.paragraph(
                        Inline.plain(text + " "),
                        Inline.strong(text),
                        Inline.plain(" a"),
                        // Joins the "a" before it: the page has "ä", one text node in NFC.
                        Inline.plain("\u0308."),
                        Inline.plain(" "),
                        Inline.link(text, LinkTarget.of(DECOMPOSED_ADDRESS))))
                .addLink(LinkKind.SLIDES, text, LinkTarget.of(DECOMPOSED_ADDRESS))
                .build())
        .participants(
            ParticipantList.headed(
                text, List.of(Participant.of(text, Affiliation.member("NUH"), text))))
        .build();
  }

  static final String DECOMPOSED_TEXT = "Möte i Ålund om Þórðardóttir, Ελληνικά ἄλφα, й";
  static final String DECOMPOSED_ADDRESS =
      "https://example.org/Mo\u0308te?\u00E5=\u65E5#\uD83D\uDE00";
  static final String DECOMPOSED_ADDRESS_ENCODED =
      "https://example.org/Mo%CC%88te?%C3%A5=%E6%97%A5#%F0%9F%98%80";

  @Test
  void writesTextInNormalizationFormCAndAddressesAsGiven() {
    Minutes minutes = decomposed();
    assertFalse(Normalizer.isNormalized(minutes.title(), Normalizer.Form.NFC));
    String html = Pages.html(minutes);
    Document page = Pages.parse(html);

    assertEquals(DECOMPOSED_TEXT, page.selectFirst("h1").text());
    assertEquals(DECOMPOSED_TEXT, page.getElementById("item-1").text());
    assertTrue(page.title().startsWith(DECOMPOSED_TEXT), page.title());
    Element paragraph = page.getElementById("item-1").parent().selectFirst(".content > p");
    assertEquals(DECOMPOSED_TEXT, paragraph.selectFirst("strong").text());
    assertTrue(
        paragraph.text().contains(DECOMPOSED_TEXT + " ä. " + DECOMPOSED_TEXT), paragraph.text());
    assertEquals(DECOMPOSED_TEXT, paragraph.selectFirst("a").ownText());
    assertEquals(DECOMPOSED_TEXT, page.selectFirst("tbody td").text());
    // The address is not in NFC: its characters outside ASCII are percent-encoded (in UTF-8),
    // which is the very address a browser follows, and in NFC.
    assertEquals(
        List.of(DECOMPOSED_ADDRESS_ENCODED, DECOMPOSED_ADDRESS_ENCODED),
        page.select("a").eachAttr("href"));
    assertTrue(Normalizer.isNormalized(html, Normalizer.Form.NFC), "the whole page is in NFC");
    assertFalse(html.contains(minutes.title()));
  }

  @Test
  void theParsedPageHasExactlyTheElementsTheExporterWrites() {
    String html = Pages.html(Pages.hostile());
    Document page = Pages.parse(html);
    Map<String, Integer> counts = new TreeMap<>();
    for (Element element : page.getAllElements()) {
      counts.merge(element.tagName(), 1, Integer::sum);
    }
    for (String tag : List.of("script", "img", "svg", "iframe", "object", "embed", "link", "base",
        "form", "input", "button", "textarea", "template", "math", "frame", "meta-refresh")) {
      assertFalse(counts.containsKey(tag), tag + " in " + counts);
    }
    assertEquals(1, counts.get("style"));
    assertEquals(1, counts.get("h1"));
    assertEquals(1, counts.get("h3"));
    assertEquals(1, counts.get("h4"));
    assertEquals(1, counts.get("table"));
    assertEquals(1, counts.get("ol"));
    assertEquals(1, counts.get("strong"));
    assertEquals(1, counts.get("em"));
    // The real links: one in running text, two under items, one on a participant's name.
    assertEquals(4, counts.get("a"), counts.toString());
    assertEquals(6, counts.get("meta"));
    assertEquals(5, counts.get("h2"), "time and place, two items, note-takers, participants");

    Set<String> allowedAttributes =
        Set.of("lang", "charset", "name", "content", "http-equiv", "class", "id", "datetime",
            "href", "aria-labelledby", "aria-describedby", "tabindex", "scope", "dir");
    List<String> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (Node node, int depth) -> {
          if (node instanceof Comment) {
            comments.add(((Comment) node).getData());
          }
          if (node instanceof Element) {
            for (Attribute attribute : node.attributes()) {
              assertTrue(
                  allowedAttributes.contains(attribute.getKey()),
                  "attribute " + attribute.getKey() + " on " + ((Element) node).tagName());
            }
          }
        },
        page);
    assertEquals(List.of(), comments);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"));
    assertFalse(lower.contains("<img"));
    assertFalse(lower.contains("<!--"));
    assertFalse(lower.contains("]]>"));
    assertEquals(1, lower.split("</style", -1).length - 1, "one end of the style element");
  }

  private static String kind(Language language) {
    return Labels.of(language).documentKind(DocumentKind.MEETING_NOTES);
  }
}
