package io.github.minutes4j.html.internal;

import io.github.minutes4j.core.format.AccentColour;
import io.github.minutes4j.core.format.PageSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The inline stylesheet of a page ({@code minutes.css} beside this class, plus an {@code @page}
 * rule for the paper size), read once per paper size when the class is loaded.
 */
final class Stylesheet {

  private static final Map<PageSize, Stylesheet> BY_PAGE_SIZE = loadAll();

  /**
   * The policy for a {@code <meta http-equiv="Content-Security-Policy">}: no script, no fetch of
   * any kind, inline styles only. A browser then refuses anything a mistake might let into the
   * page. (A hash of the stylesheet would be stricter still, but the Nu HTML Checker does not
   * verify hashes and warns about them.)
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  /**
   * The policy of a page with a logo: as {@link #CONTENT_SECURITY_POLICY}, and images from {@code
   * data:} addresses only, which is where the logo is. A browser shows an SVG image without
   * running its scripts or loading anything it refers to.
   */
  static final String CONTENT_SECURITY_POLICY_WITH_LOGO =
      CONTENT_SECURITY_POLICY + "; img-src data:";

  private final String css;

  /** {@link #css} in UTF-8, encoded once. */
  private final byte[] cssUtf8;

  private Stylesheet(String css) {
    this.css = css;
    this.cssUtf8 = css.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The stylesheet for a paper size.
   *
   * @param pageSize the paper size of the print stylesheet
   * @return the stylesheet
   */
  static Stylesheet of(PageSize pageSize) {
    return BY_PAGE_SIZE.get(pageSize);
  }

  /**
   * The CSS, to write as the content of the {@code style} element exactly as it is.
   *
   * @return the CSS; contains no {@code </style}
   */
  String css() {
    return css;
  }

  /**
   * {@link #css()} in UTF-8.
   *
   * @return the bytes; shared, do not change them
   */
  byte[] cssUtf8() {
    return cssUtf8;
  }

  /**
   * The rules that paint links and the rules of the header, the presenters and a decision in an
   * accent colour, to write after {@link #css()}. Printed links stay black.
   *
   * @param accent the colour, whose contrast with the page's backgrounds ({@code #ffffff} and the
   *     tint {@code #f3f5f8}) is checked
   * @return the CSS
   */
  static String accent(AccentColour accent) {
    String colour = accent.hex();
    return "a { color: " + colour + "; }\n"
        + ".masthead { border-bottom-color: " + colour + "; }\n"
        // Every side: only the inline-start side has a width, and it is the left or the right one
        // by the page's direction (the PDF engine knows no logical border colour).
        + ".presenters, .decision { border-color: " + colour + "; }\n"
        + "@media print { a, a:visited { color: #000000; } }\n";
  }

  private static Map<PageSize, Stylesheet> loadAll() {
    String common;
    try (InputStream in = Stylesheet.class.getResourceAsStream("minutes.css")) {
      if (in == null) {
        throw new IllegalStateException("minutes.css is missing from the jar; it is damaged");
      }
      common = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read minutes.css", e);
    }
    if (common.toLowerCase(Locale.ROOT).contains("</style")) {
      throw new IllegalStateException("minutes.css must not contain </style");
    }
    Map<PageSize, Stylesheet> all = new EnumMap<>(PageSize.class);
    for (PageSize size : PageSize.values()) {
      all.put(size, new Stylesheet("\n" + common + pageRule(size)));
    }
    return all;
  }

  private static String pageRule(PageSize size) {
    switch (size) {
      case A4:
        return "@page { size: A4; margin: 20mm 18mm 22mm; }\n";
      case LETTER:
        return "@page { size: letter; margin: 0.75in 0.7in 0.85in; }\n";
      default:
        throw new IllegalArgumentException("no @page rule for " + size);
    }
  }
}
