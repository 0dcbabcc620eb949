package io.github.minutes4j.html.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Keeps the accessible names of a page's links unique: two links to different addresses never get
 * the same name, so a list of a page's links (as a screen reader shows it) tells where each goes.
 * A link's name is its visible text followed by a visually hidden suffix that this class chooses.
 * Decisions depend only on the order of the calls, so the same page gives the same names. Not
 * thread-safe; one per page.
 */
final class LinkNames {

  /** Separates a link's text from the context added to its name. */
  static final String SEPARATOR = " \u2013 ";

  /** Which address each name given so far leads to; only looked up, never iterated. */
  private final Map<String, String> addressByName = new HashMap<>();

  /** Writes the ordinal of a repeated name, in the labels' digits. */
  private final LongFunction<String> number;

  /** @param number writes a number in the page's digits, such as {@code Labels::number} */
  LinkNames(LongFunction<String> number) {
    this.number = number;
  }

  /**
   * Chooses the hidden suffix of a link's name.
   *
   * @param text the link's visible text
   * @param address where it leads
   * @param context what the link belongs to, such as the heading of its agenda item; empty if it
   *     has none
   * @param alwaysWithContext whether the context is part of the name even when the text alone is
   *     unique, as for "Länk till bilder", whose text says nothing about where it leads
   * @return the suffix to write, visually hidden, after the text; empty for none
   */
  String suffix(String text, String address, Optional<String> context, boolean alwaysWithContext) {
    String suffix = "";
    if (alwaysWithContext || !isFree(text, address)) {
      suffix = context.map(c -> SEPARATOR + c).orElse("");
    }
    String name = text + suffix;
    for (int ordinal = 2; !isFree(name, address); ordinal++) {
      name = text + suffix + " (" + number.apply(ordinal) + ")";
    }
    addressByName.put(HtmlWriter.nfc(name), address);
    return name.substring(text.length());
  }

  /**
   * Whether a link's text already shows its address, so that printing the address after it would
   * repeat it: the text is the address, with or without its scheme ({@code https://}, {@code
   * http://}, {@code mailto:}) and a final {@code /}, such as "example.org/slides" for {@code
   * https://example.org/slides/} or "anna@example.org" for {@code mailto:anna@example.org}.
   */
  static boolean showsAddress(String text, String address) {
    return withoutSchemeAndSlash(HtmlWriter.nfc(text.strip()))
        .equals(withoutSchemeAndSlash(HtmlWriter.nfc(address)));
  }

  private static String withoutSchemeAndSlash(String address) {
    String rest = address;
    for (String scheme : new String[] {"https://", "http://", "mailto:"}) {
      if (rest.regionMatches(true, 0, scheme, 0, scheme.length())) {
        rest = rest.substring(scheme.length());
        break;
      }
    }
    return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
  }

  private boolean isFree(String name, String address) {
    // Names are compared as the page shows them, in Normalization Form C.
    String taken = addressByName.get(HtmlWriter.nfc(name));
    return taken == null || taken.equals(address);
  }
}
