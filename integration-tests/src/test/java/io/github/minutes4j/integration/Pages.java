package io.github.minutes4j.integration;

import io.github.minutes4j.core.Minutes;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What tests look at in a parsed page: its shape, its text and its links. */
final class Pages {

  /** The schemes a link on a page may have. */
  static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  private Pages() {}

  /**
   * The page's elements in document order, each as its tag name and its attribute names. Text
   * that became markup would add an element or an attribute.
   */
  static List<String> shape(Document page) {
    List<String> shape = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      StringBuilder entry = new StringBuilder(element.tagName());
      for (Attribute attribute : element.attributes()) {
        // An element's dir follows its own text: text wholly in the other direction than the
        // page's gets one. Only the page's dir is the same whatever the text.
        if (!attribute.getKey().equals("dir") || element.nameIs("html")) {
          entry.append(' ').append(attribute.getKey());
        }
      }
      shape.add(entry.toString());
    }
    return shape;
  }

  /**
   * The same minutes with every string replaced by a neutral one: the same string by the same
   * neutral string, different ones by different ones, so that whatever the exporter does with
   * equal strings (such as telling links of the same name apart) it does the same. Codes and
   * addresses stay: they cannot hold markup.
   */
  static Minutes neutral(Minutes minutes) {
    Map<String, String> names = new HashMap<>();
    // An item's shown number may be counted from the first paragraph rather than written, and a
    // moment refers to it: such text stays, so that the neutral minutes stay valid.
    java.util.Set<String> shownNumbers = new java.util.HashSet<>();
    minutes.itemNumbers().forEach(number -> number.ifPresent(shownNumbers::add));
    return ModelText.map(
        minutes,
        (path, kind, text) -> {
          if (shownNumbers.contains(text)) {
            return text;
          }
          switch (kind) {
            case CODE:
            case MEMBER_CODE:
            case ADDRESS:
              return text;
            case PLAIN:
              if (text.isBlank()) {
                return text;
              }
              // fall through
            default:
              return names.computeIfAbsent(text, t -> "x" + names.size());
          }
        });
  }

  /**
   * A string as the page shows it, for finding it in {@link #text the page's text}: white space
   * collapsed as jsoup's {@code text()} does, then stripped; canonically decomposed (NFD), since
   * the page writes each text node in NFC, which may join a string to the text before it; and
   * without the combining marks at either end, which may be reordered with the marks of the text
   * next to it.
   */
  static String normal(String text) {
    String decomposed = Normalizer.normalize(StringUtil.normaliseWhitespace(text).strip(), Normalizer.Form.NFD);
    int start = 0;
    int end = decomposed.length();
    while (start < end && isMark(decomposed.codePointAt(start))) {
      start += Character.charCount(decomposed.codePointAt(start));
    }
    while (end > start && isMark(decomposed.codePointBefore(end))) {
      end -= Character.charCount(decomposed.codePointBefore(end));
    }
    return decomposed.substring(start, end);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The page's text: white space collapsed and stripped, canonically decomposed (NFD). */
  static String text(Document page) {
    return Normalizer.normalize(StringUtil.normaliseWhitespace(page.text()).strip(), Normalizer.Form.NFD);
  }

  /** The scheme of every {@code href} on the page, lower case; "" for a relative one. */
  static List<String> hrefSchemes(Document page) {
    List<String> schemes = new ArrayList<>();
    for (Element link : page.select("[href]")) {
      String href = link.attr("href");
      String scheme;
      try {
        scheme = URI.create(href).getScheme();
      } catch (IllegalArgumentException e) {
        int colon = href.indexOf(':');
        scheme = colon < 0 ? null : href.substring(0, colon);
      }
      schemes.add(scheme == null ? "" : scheme.toLowerCase(Locale.ROOT));
    }
    return schemes;
  }

  /** Every element that can load or run something, which no page of minutes has. */
  static List<String> activeElements(Document page) {
    List<String> found = new ArrayList<>();
    for (Element element :
        page.select(
            "script, img, svg, math, iframe, frame, object, embed, link, base, form, input,"
                + " button, textarea, template, video, audio, source, track, picture, portal,"
                + " meta[http-equiv=refresh]")) {
      found.add(element.tagName());
    }
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on") || key.equals("src") || key.equals("srcdoc") || key.equals("style")
            || key.equals("action") || key.equals("formaction")) {
          found.add(element.tagName() + "[" + key + "]");
        }
      }
    }
    return found;
  }
}
