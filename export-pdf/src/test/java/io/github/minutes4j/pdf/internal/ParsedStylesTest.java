package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.openhtmltopdf.context.StylesheetFactoryImpl;
import com.openhtmltopdf.css.sheet.MediaRule;
import com.openhtmltopdf.css.sheet.PageRule;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pages' inline style sheets are parsed once per kind of page, as the engine parses them,
 * and handed to the engine as parsed sheets with the engine's names for them.
 */
class ParsedStylesTest {

  private static final String BASE = "about:blank";

  private static final String SCREEN = "body { color: #333333; } h1, h2 { margin: 0 0 1em; }";

  private static final String PRINT =
      "@page { size: A4; margin: 24mm 20mm; @bottom-right { content: \"Sida \" counter(page);"
          + " font-size: 9pt; } }\n"
          + "@media print { a[href]::after { content: none !important; } }\n"
          + "* { font-family: \"Liberation Sans\" !important; }\n"
          + "table { -fs-table-paginate: paginate; border-collapse: separate; }";

  private static Document page(String... styles) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document page = factory.newDocumentBuilder().newDocument();
    Element html = page.createElementNS("http://www.w3.org/1999/xhtml", "html");
    Element head = page.createElementNS("http://www.w3.org/1999/xhtml", "head");
    page.appendChild(html);
    html.appendChild(head);
    for (int i = 0; i < styles.length; i++) {
      Element style = page.createElementNS("http://www.w3.org/1999/xhtml", "style");
      if (i == 1) {
        style.setAttribute("media", "print");
      }
      style.appendChild(page.createTextNode(styles[i]));
      head.appendChild(style);
    }
    return page;
  }

  @Test
  void parsesEachKindOfPageOnce() throws Exception {
    ParsedStyles styles = new ParsedStyles(BASE);
    StylesheetInfo[] first = styles.handler().getStylesheets(page(SCREEN, PRINT));
    StylesheetInfo[] second = styles.handler().getStylesheets(page(SCREEN, PRINT));
    assertEquals(2, first.length);
    for (int i = 0; i < first.length; i++) {
      assertFalse(first[i].isInline(), "the engine would parse an inline sheet again");
      assertEquals(BASE + "#inline_style_" + (i + 1), first[i].getUri());
      assertEquals(BASE + "#inline_style_" + (i + 1), first[i].getStylesheet().getURI());
      assertEquals(StylesheetInfo.AUTHOR, first[i].getStylesheet().getOrigin());
      assertSame(first[i].getStylesheet(), second[i].getStylesheet());
    }
    assertEquals(List.of("all"), first[0].getMedia());
    assertEquals(List.of("print"), first[1].getMedia());
    assertEquals(1, styles.size());

    // The same print sheet after another screen sheet is another kind of page: the engine
    // numbers the selectors through all sheets, so a sheet is kept with the sheets before it.
    StylesheetInfo[] other = styles.handler().getStylesheets(page("p { margin: 0; }", PRINT));
    assertNotSame(first[1].getStylesheet(), other[1].getStylesheet());
    assertEquals(2, styles.size());
  }

  @Test
  void parsesAsTheEngineDoes() throws Exception {
    StylesheetInfo[] parsed = new ParsedStyles(BASE).handler().getStylesheets(page(SCREEN, PRINT));
    StylesheetFactoryImpl engine = new StylesheetFactoryImpl(null);
    String[] contents = {SCREEN, PRINT};
    for (int i = 0; i < contents.length; i++) {
      StylesheetInfo info = new StylesheetInfo();
      info.setUri(BASE + "#inline_style_" + (i + 1));
      info.setOrigin(StylesheetInfo.AUTHOR);
      Stylesheet expected = engine.parse(new StringReader(contents[i]), info);
      assertEquals(describe(expected), describe(parsed[i].getStylesheet()));
    }
  }

  @Test
  void keepsABoundedNumberOfKinds() throws Exception {
    ParsedStyles styles = new ParsedStyles(BASE);
    for (int i = 0; i < ParsedStyles.MAX_PAGES + 5; i++) {
      StylesheetInfo[] infos = styles.handler().getStylesheets(page("p { margin: " + i + "px; }"));
      assertEquals(BASE + "#inline_style_1", infos[0].getStylesheet().getURI());
    }
    assertEquals(ParsedStyles.MAX_PAGES, styles.size());
  }

  @Test
  void givesTheEnginesDefaultStyleSheet() {
    // Read by the engine's own handler: a subclass here would look for the resource in this
    // module and, on the module path, fail for every render of the JVM.
    StylesheetInfo defaults =
        new ParsedStyles(BASE).handler().getDefaultStylesheet(new StylesheetFactoryImpl(null));
    assertNotNull(defaults);
    assertFalse(defaults.getStylesheet().getContents().isEmpty());
  }

  @Test
  void leavesAPageWithoutInlineSheetsAlone() throws Exception {
    assertEquals(0, new ParsedStyles(BASE).handler().getStylesheets(page()).length);
  }

  /** What the cascade reads of a sheet: its rules, their selectors' order and declarations. */
  private static List<String> describe(Stylesheet sheet) {
    List<String> parts = new ArrayList<>();
    for (Object content : sheet.getContents()) {
      parts.add(content.getClass().getSimpleName());
      if (content instanceof Ruleset) {
        parts.add(css((Ruleset) content));
      } else if (content instanceof MediaRule) {
        for (Ruleset ruleset : ((MediaRule) content).getContents()) {
          parts.add(css(ruleset));
        }
      } else if (content instanceof PageRule) {
        PageRule page = (PageRule) content;
        parts.add(String.valueOf(page.getRuleset().getPropertyDeclarations()));
        page.getMarginBoxes()
            .forEach((name, declarations) -> parts.add(name + " " + declarations));
      }
    }
    return parts;
  }

  private static String css(Ruleset ruleset) {
    StringBuilder css = new StringBuilder();
    ruleset.toCSS(css);
    for (var selector : ruleset.getFSSelectors()) {
      css.append(" | ").append(selector.getSpecificityB()).append(selector.getSpecificityC())
          .append(selector.getSpecificityD()).append(' ').append(selector.getPseudoElement());
    }
    return css.toString();
  }
}
