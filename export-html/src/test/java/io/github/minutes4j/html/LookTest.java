package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.Logo;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The organisation's look on the page: logo, accent colour, footer text and table of contents,
 * all from the options; and Swedish compounds in headings that break with a hyphen.
 */
class LookTest {

  private static final String CSP = "meta[http-equiv=Content-Security-Policy]";

  @Test
  void thePlainPageHasNoneOfTheLook() {
    Document page = Pages.parse(Pages.html(ReferenceMinutes.june2022()));
    assertNull(page.selectFirst("img"));
    assertNull(page.selectFirst("footer"));
    assertNull(page.selectFirst("nav"));
    assertFalse(page.selectFirst(CSP).attr("content").contains("img-src"));
  }

  @Test
  void theLogoIsAnImageFromADataUriWithItsAlternativeTextAtTheTopOfTheHeader() {
    Document page =
        Pages.parse(
            Pages.html(
                ReferenceMinutes.june2022(),
                Pages.branded(ExportOptions.defaults(), Pages.PNG_LOGO)));
    Element logo = page.selectFirst("header.masthead > img.logo");
    assertNotNull(logo);
    assertEquals(logo, page.selectFirst("header.masthead").child(0), "first in the header");
    assertEquals("Nätverkens logotyp", logo.attr("alt"));
    assertEquals(
        "data:image/png;base64," + Base64.getEncoder().encodeToString(Pages.PNG_LOGO),
        logo.attr("src"));
    assertEquals(1, page.select("img").size());
    assertTrue(
        page.selectFirst(CSP).attr("content").endsWith("; img-src data:"),
        "images from data: only");
  }

  @Test
  void anSvgLogoIsOnlyEverAnImageNeverMarkupInThePage() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Logotyp</title><rect width=\"9\""
            + " height=\"9\"/></svg>";
    String html =
        Pages.html(
            ReferenceMinutes.june2022(),
            ExportOptions.defaults()
                .withLogo(Logo.of(svg.getBytes(StandardCharsets.UTF_8), "Logotyp")));
    Document page = Pages.parse(html);
    assertNull(page.selectFirst("svg"), "no inline SVG");
    assertFalse(html.contains("<rect"), "the SVG's markup is not in the page");
    assertTrue(page.selectFirst("img.logo").attr("src").startsWith("data:image/svg+xml;base64,"));
  }

  @Test
  void theAccentColourPaintsLinksAndRulesOnScreenAndRulesInPrint() {
    Document page =
        Pages.parse(
            Pages.html(
                ReferenceMinutes.june2022(),
                Pages.branded(ExportOptions.defaults(), Pages.PNG_LOGO)));
    String css = page.selectFirst("style").data();
    String accent = css.substring(css.lastIndexOf("@page"));
    assertTrue(accent.contains("a { color: #005a8c; }"), accent);
    assertTrue(accent.contains(".masthead { border-bottom-color: #005a8c; }"), accent);
    assertTrue(accent.contains(".presenters, .decision { border-color: #005a8c; }"), accent);
    assertTrue(accent.contains("@media print { a, a:visited { color: #000000; } }"), accent);
  }

  /**
   * The backgrounds the accent colour is checked against are the page's: every background colour
   * in the stylesheet that text or a link can sit on.
   */
  @Test
  void theAccentIsCheckedAgainstEveryBackgroundOfTheStylesheet() {
    String css = Pages.parse(Pages.html(ReferenceMinutes.june2022())).selectFirst("style").data();
    java.util.regex.Matcher backgrounds =
        java.util.regex.Pattern.compile("background: (#[0-9a-f]{6})").matcher(css);
    List<Integer> found = new ArrayList<>();
    while (backgrounds.find()) {
      found.add(Integer.parseInt(backgrounds.group(1).substring(1), 16));
    }
    found.remove(Integer.valueOf(0xfff3b0)); // behind a focused link, whose text is #1b1b1b
    assertFalse(found.isEmpty());
    for (int background : found) {
      assertTrue(
          io.github.minutes4j.core.format.AccentColour.BACKGROUNDS.contains(background),
          Integer.toHexString(background) + " is not among the accent's checked backgrounds");
    }
  }

  @Test
  void theFooterTextIsTheLastPartOfThePage() {
    Document page =
        Pages.parse(
            Pages.html(
                ReferenceMinutes.june2022(),
                ExportOptions.defaults().withFooterText("Hornsgatan 20 <b>, 118 82 Stockholm")));
    Element footer = page.body().children().last();
    assertEquals("footer", footer.tagName());
    assertEquals("Hornsgatan 20 <b>, 118 82 Stockholm", footer.text());
    assertEquals("main", footer.previousElementSibling().tagName());
  }

  @Test
  void theTableOfContentsLinksToEverySectionInOrder() {
    Minutes minutes = ReferenceMinutes.december2021();
    Document page =
        Pages.parse(
            Pages.html(
                minutes,
                ExportOptions.defaults().withLanguage(Language.ENGLISH).withTableOfContents(true)));
    Element nav = page.selectFirst("body > nav.contents");
    assertNotNull(nav);
    assertEquals("Contents", nav.selectFirst("h2#contents").text());
    assertEquals("contents", nav.attr("aria-labelledby"));
    List<String> targets = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Element link : nav.select("ol > li > a")) {
      targets.add(link.attr("href").substring(1));
      texts.add(link.text());
    }
    List<String> headings = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Element heading : page.select("main h2[id]")) {
      ids.add(heading.id());
      headings.add(heading.text().replace("\u00AD", ""));
    }
    assertEquals(ids, targets);
    assertEquals(headings, texts);
  }

  @Test
  void longSwedishCompoundsInHeadingsGetSoftHyphensAtSyllables() {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .title("Digitaliseringsrådet och Regionsjukvårdsledningsgruppen")
            .build();
    Document page = Pages.parse(Pages.html(minutes));
    assertEquals(
        "Digi\u00ADta\u00ADli\u00ADse\u00ADrings\u00ADrå\u00ADdet och"
            + " Region\u00ADsjuk\u00ADvård\u00ADsled\u00ADnings\u00ADgrup\u00ADpen",
        page.selectFirst("h1").wholeText()); // text() would drop soft hyphens
    // Running text is left alone: only headings are set large enough to need it.
    assertFalse(page.selectFirst("main p").wholeText().contains("\u00AD"));
  }

  @Test
  void englishHeadingsAreLeftAlone() {
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .language(Language.ENGLISH)
            .title("Internationalisation of telecommunications")
            .build();
    assertFalse(Pages.html(minutes).contains("\u00AD"));
  }
}
