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
 * @since 0.1.0
 */
public record ExportOptions(
    Optional<Language> language, boolean includeParticipants, PageSize pageSize) {

  private static final ExportOptions DEFAULTS =
      new ExportOptions(Optional.empty(), true, PageSize.A4);

  /**
   * Creates options.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list (a page published on the web may leave out the personal data that the archive copy keeps)
   * @param pageSize the paper size of paged formats
   * @throws NullPointerException if an argument is null
   */
  public ExportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pageSize, "pageSize");
  }

  /**
   * The defaults: the document's language, participants included, A4.
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
    return new ExportOptions(Optional.of(language), includeParticipants, pageSize);
  }

  /**
   * These options with or without the participant list.
   *
   * @param include whether to include it
   * @return a copy
   */
  public ExportOptions withParticipants(boolean include) {
    return new ExportOptions(language, include, pageSize);
  }

  /**
   * These options with a paper size.
   *
   * @param pageSize the paper size
   * @return a copy
   */
  public ExportOptions withPageSize(PageSize pageSize) {
    return new ExportOptions(language, includeParticipants, pageSize);
  }

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
