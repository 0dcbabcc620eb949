package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.MediaRule;
import com.openhtmltopdf.css.sheet.PageRule;
import com.openhtmltopdf.css.sheet.PropertyDeclaration;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.extend.NamespaceHandler;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The parsed style sheets of the pages one exporter prints, kept from render to render.
 *
 * <p>openhtmltopdf parses a page's {@code <style>} elements on every render. A page's style
 * sheets are the HTML exporter's and the print edition's, which depend on the look, the paper
 * size, the labels and the fonts, not on the minutes: the same few texts over and over. Here each
 * page's inline sheets are parsed once, as the engine parses them (the same parser, URI and
 * origin), and handed to the engine already parsed, through its namespace handler ({@link
 * #handler()}, one per render). The engine shares its own default style sheet between all renders
 * of the JVM the same way.
 *
 * <p>What the engine writes into a parsed sheet during a render: each selector's and page rule's
 * position in the cascade, counted through every sheet of the page in order. The sheets are kept
 * per page, as the list of all its inline sheets, so a kept sheet always comes after the same
 * sheets and is given the same positions by every render, on any thread. The declarations' own
 * lazily computed values are computed before a list is shared ({@link #computeLazyValues}).
 *
 * <p>At most {@value #MAX_PAGES} kinds of page are kept; further kinds are parsed per render, as
 * the engine does. Thread-safe. Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
final class ParsedStyles {

  /** How many distinct lists of inline style sheets are kept. */
  static final int MAX_PAGES = 32;

  /** What the engine calls a page's n-th inline sheet: the base URI and this, n from 1. */
  private static final String INLINE = "#inline_style_";

  private final String baseUri;
  private final Map<List<String>, List<Stylesheet>> parsed = new ConcurrentHashMap<>();

  /**
   * Keeps the style sheets of pages printed with a base URI.
   *
   * @param baseUri the base URI the renders give the engine
   */
  ParsedStyles(String baseUri) {
    this.baseUri = baseUri;
  }

  /**
   * A namespace handler for one render: the engine's own, but its page's inline style sheets come
   * parsed.
   *
   * @return the handler
   */
  NamespaceHandler handler() {
    return new Handler();
  }

  /** How many kinds of page are kept; for tests. */
  int size() {
    return parsed.size();
  }

  /**
   * The parsed sheets of a page's inline style sheets, parsed now if new.
   *
   * @param key each sheet's media and content, in the page's order
   * @param contents each sheet's content, in order
   */
  private List<Stylesheet> sheets(List<String> key, List<String> contents) {
    List<Stylesheet> sheets = parsed.get(key);
    if (sheets == null) {
      sheets = parse(contents);
      if (parsed.size() < MAX_PAGES) {
        List<Stylesheet> raced = parsed.putIfAbsent(key, sheets);
        if (raced != null) {
          sheets = raced;
        }
      }
    }
    return sheets;
  }

  private List<Stylesheet> parse(List<String> contents) {
    // As the engine's parser for a PDF, which reports errors so and whose output device turns
    // CMYK colours on.
    CSSParser parser =
        new CSSParser(
            (uri, message) ->
                XRLog.log(
                    Level.WARNING,
                    LogMessageId.LogMessageId2Param.CSS_PARSE_GENERIC_MESSAGE,
                    uri,
                    message));
    parser.setSupportCMYKColors(true);
    List<Stylesheet> sheets = new ArrayList<>(contents.size());
    for (int i = 0; i < contents.size(); i++) {
      try {
        Stylesheet sheet =
            parser.parseStylesheet(
                baseUri + INLINE + (i + 1),
                StylesheetInfo.AUTHOR,
                new StringReader(contents.get(i)));
        computeLazyValues(sheet);
        sheets.add(sheet);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read a style sheet from a string", e);
      }
    }
    return List.copyOf(sheets);
  }

  /**
   * Computes what a declaration computes when first asked, before the sheet is shared between
   * threads: its identifier value (a flag and a value, two fields that another thread could see
   * in either order) and its fingerprint.
   */
  private static void computeLazyValues(Stylesheet sheet) {
    for (Object content : sheet.getContents()) {
      if (content instanceof Ruleset) {
        computeLazyValues(((Ruleset) content).getPropertyDeclarations());
      } else if (content instanceof MediaRule) {
        for (Ruleset ruleset : ((MediaRule) content).getContents()) {
          computeLazyValues(ruleset.getPropertyDeclarations());
        }
      } else if (content instanceof PageRule) {
        PageRule page = (PageRule) content;
        if (page.getRuleset() != null) {
          computeLazyValues(page.getRuleset().getPropertyDeclarations());
        }
        for (List<PropertyDeclaration> box : page.getMarginBoxes().values()) {
          computeLazyValues(box);
        }
        if (page.getFootnoteAreaProperties() != null) {
          computeLazyValues(page.getFootnoteAreaProperties());
        }
      }
    }
  }

  private static void computeLazyValues(Collection<PropertyDeclaration> declarations) {
    for (PropertyDeclaration declaration : declarations) {
      declaration.getFingerprint();
      if (IdentValue.looksLikeIdent(declaration.getValue().getCssText())) {
        declaration.asIdentValue();
      }
    }
  }

  /**
   * The engine's XHTML namespace handler, with the kept sheets; one per render. It wraps the
   * engine's handler rather than extending it: the engine's handler reads its default style sheet
   * as a resource of its own class, which a subclass in this module would look for here and, on
   * the module path, not find (and the engine remembers that failure for the whole JVM).
   */
  private final class Handler implements NamespaceHandler {

    private final NamespaceHandler engine = new XhtmlNamespaceHandler();

    @Override
    public String getNamespace() {
      return engine.getNamespace();
    }

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
      return engine.getDefaultStylesheet(factory);
    }

    @Override
    public String getDocumentTitle(Document doc) {
      return engine.getDocumentTitle(doc);
    }

    @Override
    public String getAttributeValue(Element e, String attrName) {
      return engine.getAttributeValue(e, attrName);
    }

    @Override
    public String getAttributeValue(Element e, String namespaceURI, String attrName) {
      return engine.getAttributeValue(e, namespaceURI, attrName);
    }

    @Override
    public String getClass(Element e) {
      return engine.getClass(e);
    }

    @Override
    public String getID(Element e) {
      return engine.getID(e);
    }

    @Override
    public String getElementStyling(Element e) {
      return engine.getElementStyling(e);
    }

    @Override
    public String getNonCssStyling(Element e) {
      return engine.getNonCssStyling(e);
    }

    @Override
    public String getLang(Element e) {
      return engine.getLang(e);
    }

    @Override
    public String getLinkUri(Element e) {
      return engine.getLinkUri(e);
    }

    @Override
    public String getAnchorName(Element e) {
      return engine.getAnchorName(e);
    }

    @Override
    public boolean isImageElement(Element e) {
      return engine.isImageElement(e);
    }

    @Override
    public boolean isFormElement(Element e) {
      return engine.isFormElement(e);
    }

    @Override
    public String getImageSourceURI(Element e) {
      return engine.getImageSourceURI(e);
    }

    @Override
    public StylesheetInfo[] getStylesheets(Document doc) {
      StylesheetInfo[] infos = engine.getStylesheets(doc);
      List<String> key = new ArrayList<>(2 * infos.length);
      List<String> contents = new ArrayList<>(infos.length);
      for (StylesheetInfo info : infos) {
        if (!info.isInline()) {
          return infos; // a linked sheet (refused anyway) among them: the engine's own way
        }
        key.add(String.join(",", info.getMedia()));
        key.add(info.getContent());
        contents.add(info.getContent());
      }
      if (infos.length == 0) {
        return infos;
      }
      List<Stylesheet> sheets = sheets(List.copyOf(key), contents);
      for (int i = 0; i < infos.length; i++) {
        // No longer inline (no content), so that the engine takes the sheet as it is; its URI is
        // the one the engine gives an inline sheet.
        infos[i].setContent(null);
        infos[i].setUri(baseUri + INLINE + (i + 1));
        infos[i].setStylesheet(sheets.get(i));
      }
      return infos;
    }
  }
}
