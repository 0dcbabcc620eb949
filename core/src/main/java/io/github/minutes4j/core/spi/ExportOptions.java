package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import java.util.Objects;
import java.util.Optional;

/**
 * How to export: in which language to print labels and dates, whether to include the participant
 * list, and the paper size of paged formats. Immutable; derive changed copies with the {@code
 * with...} methods.
 *
 * @param language the language of labels and dates; empty to use the document's own
 * @param includeParticipants whether to include the participant list (a page published on the web
 *     may leave out the personal data that the archive copy keeps)
 * @param pageSize the paper size of paged formats
 * @param look the organisation's look: logo, accent colour, footer text, table of contents
 *     (since 0.2.0)
 * @since 0.1.0
 */
public record ExportOptions(
    Optional<Language> language,
    boolean includeParticipants,
    PageSize pageSize,
    Look look) {

  private static final ExportOptions DEFAULTS =
      new ExportOptions(Optional.empty(), true, PageSize.A4, Look.plain());

  /**
   * Creates options.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list (a page published on the web may leave out the personal data that the archive copy keeps)
   * @param pageSize the paper size of paged formats
   * @param look the organisation's look
   * @throws NullPointerException if an argument is null
   */
  public ExportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(look, "look");
  }

  /**
   * Creates options with the {@linkplain Look#plain() plain look}, as version 0.1.0 did.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list
   * @param pageSize the paper size of paged formats
   * @throws NullPointerException if an argument is null
   */
  public ExportOptions(Optional<Language> language, boolean includeParticipants, PageSize pageSize) {
    this(language, includeParticipants, pageSize, Look.plain());
  }

  /**
   * The defaults: the document's language, participants included, A4, the plain look.
   *
   * @return the default options
   */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with labels and dates in a language.
   *
   * @param language the language
   * @return a copy
   */
  public ExportOptions withLanguage(Language language) {
    return new ExportOptions(Optional.of(language), includeParticipants, pageSize, look);
  }

  /**
   * These options with or without the participant list.
   *
   * @param include whether to include it
   * @return a copy
   */
  public ExportOptions withParticipants(boolean include) {
    return new ExportOptions(language, include, pageSize, look);
  }

  /**
   * These options with a paper size.
   *
   * @param pageSize the paper size
   * @return a copy
   */
  public ExportOptions withPageSize(PageSize pageSize) {
    return new ExportOptions(language, includeParticipants, pageSize, look);
  }

  // The organisation's look (since 0.2.0): one block, so that other options merge beside it.

  /**
   * These options with an organisation's whole look.
   *
   * @param look the look; never null
   * @return a copy; never null
   * @since 0.2.0
   */
  public ExportOptions withLook(Look look) {
    return new ExportOptions(language, includeParticipants, pageSize, look);
  }

  /**
   * These options with a logo at the top of the document.
   *
   * @param logo the logo, with its alternative text; never null
   * @return a copy; never null
   * @since 0.2.0
   */
  public ExportOptions withLogo(Logo logo) {
    return withLook(look.withLogo(logo));
  }

  /**
   * These options with an accent colour for links and rules.
   *
   * @param colour the colour, whose contrast {@link AccentColour#of(String)} has checked; never
   *     null
   * @return a copy; never null
   * @since 0.2.0
   */
  public ExportOptions withAccentColour(AccentColour colour) {
    return withLook(look.withAccentColour(colour));
  }

  /**
   * These options with a line at the foot of the document (of every page in a PDF).
   *
   * @param text 1 to {@value Look#MAX_FOOTER_TEXT} characters, one line; never null
   * @return a copy; never null
   * @throws IllegalArgumentException if the text is blank, too long or has control characters
   * @since 0.2.0
   */
  public ExportOptions withFooterText(String text) {
    return withLook(look.withFooterText(text));
  }

  /**
   * These options with or without a table of contents (in a PDF with page numbers).
   *
   * @param print whether to print one
   * @return a copy; never null
   * @since 0.2.0
   */
  public ExportOptions withTableOfContents(boolean print) {
    return withLook(look.withTableOfContents(print));
  }

  // End of the look's block.

  /**
   * The language to print labels and dates of these minutes in.
   *
   * @param minutes the minutes
   * @return the chosen language, or else the minutes' own
   */
  public Language languageFor(Minutes minutes) {
    return language.orElse(minutes.language());
  }
}
