package io.github.minutes4j.core.format;

import io.github.minutes4j.core.internal.OneLine;
import java.util.Objects;
import java.util.Optional;

/**
 * How an organisation's documents look: its logo, accent colour and footer text, and whether a
 * paged document starts with a table of contents. Part of the {@link ExportOptions}, never of the
 * minutes: the same minutes can be published with several looks. Immutable; derive changed copies
 * with the {@code with...} methods, or with those of {@link ExportOptions}.
 *
 * @param logo the logo shown at the top of the document, with its alternative text; empty for
 *     none
 * @param accentColour the colour of links and rules; empty for the exporters' own (a blue that
 *     meets WCAG AA)
 * @param footerText a line printed at the foot of the document (of every page in a PDF), such as
 *     the organisation's address; empty for none
 * @param tableOfContents whether to print a table of contents (in a PDF with page numbers) after
 *     the document's header: worth it for minutes with many agenda items
 * @since 0.2.0
 */
public record Look(
    Optional<Logo> logo,
    Optional<AccentColour> accentColour,
    Optional<String> footerText,
    boolean tableOfContents) {

  /** The longest footer text, in characters: {@value}. */
  public static final int MAX_FOOTER_TEXT = 200;

  private static final Look PLAIN = new Look(Optional.empty(), Optional.empty(), Optional.empty(), false);

  /**
   * Creates a look.
   *
   * @param logo the logo; empty for none
   * @param accentColour the accent colour; empty for the exporters' own
   * @param footerText the footer text: 1 to {@value #MAX_FOOTER_TEXT} characters, not blank (nor
   *     invisible characters only), one line without control characters or bidirectional
   *     overrides; empty for none
   * @param tableOfContents whether to print a table of contents
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the footer text is blank, too long, or has line breaks,
   *     control characters or bidirectional overrides
   */
  public Look {
    Objects.requireNonNull(logo, "logo");
    Objects.requireNonNull(accentColour, "accentColour");
    Objects.requireNonNull(footerText, "footerText");
    footerText.ifPresent(Look::checkFooterText);
  }

  /**
   * The plain look: no logo, the exporters' colours, no footer text, no table of contents.
   *
   * @return the plain look; never null
   */
  public static Look plain() {
    return PLAIN;
  }

  /**
   * This look with a logo.
   *
   * @param logo the logo; never null
   * @return a copy; never null
   * @throws NullPointerException if {@code logo} is null
   */
  public Look withLogo(Logo logo) {
    Objects.requireNonNull(logo, "logo");
    return new Look(Optional.of(logo), accentColour, footerText, tableOfContents);
  }

  /**
   * This look with an accent colour.
   *
   * @param colour the colour; never null
   * @return a copy; never null
   * @throws NullPointerException if {@code colour} is null
   */
  public Look withAccentColour(AccentColour colour) {
    Objects.requireNonNull(colour, "colour");
    return new Look(logo, Optional.of(colour), footerText, tableOfContents);
  }

  /**
   * This look with a footer text.
   *
   * @param text 1 to {@value #MAX_FOOTER_TEXT} characters, one line; never null
   * @return a copy; never null
   * @throws IllegalArgumentException if the text is blank, too long or has control characters
   * @throws NullPointerException if {@code text} is null
   */
  public Look withFooterText(String text) {
    Objects.requireNonNull(text, "text");
    return new Look(logo, accentColour, Optional.of(text), tableOfContents);
  }

  /**
   * This look with or without a table of contents.
   *
   * @param print whether to print one
   * @return a copy; never null
   */
  public Look withTableOfContents(boolean print) {
    return new Look(logo, accentColour, footerText, print);
  }

  private static void checkFooterText(String text) {
    OneLine.problem(text, MAX_FOOTER_TEXT)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "The footer text "
                      + problem
                      + "; give one line of plain text, such as the organisation's address, or no"
                      + " footer text");
            });
  }
}
