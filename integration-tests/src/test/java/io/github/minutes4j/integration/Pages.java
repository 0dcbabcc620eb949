package io.github.minutes4j.integration;

import io.github.minutes4j.core.Minutes;
import java.net.URI;
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
        entry.append(' ').append(attribute.getKey());
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
    return ModelText.map(
        minutes,
        (path, kind, text) -> {
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
   * Text as jsoup's {@code text()} gives it: white space collapsed (and the zero-width space and
   * soft hyphen, which jsoup drops, dropped), then stripped.
   */
  static String normal(String text) {
    return StringUtil.normaliseWhitespace(text).strip();
  }

  /** The page's text, as {@link #normal}. */
  static String text(Document page) {
    return normal(page.text());
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
