package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.LabelOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.text.Labels;
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
 * @param labelOptions the fallback language of labels and the caller's wording of single labels
 *     (since 0.2.0)
 * @since 0.1.0
 */
public record ExportOptions(
    Optional<Language> language,
    boolean includeParticipants,
    PageSize pageSize,
    LabelOptions labelOptions) {

  private static final ExportOptions DEFAULTS =
      new ExportOptions(Optional.empty(), true, PageSize.A4, LabelOptions.defaults());

  /**
   * Creates options.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list (a page published on the web may leave out the personal data that the archive copy keeps)
   * @param pageSize the paper size of paged formats
   * @param labelOptions the fallback language of labels and the caller's wording of labels
   * @throws NullPointerException if an argument is null
   */
  public ExportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(labelOptions, "labelOptions");
  }

  /**
   * The defaults: the document's language, participants included, A4, English as the fallback
   * language of labels, no labels reworded.
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
    return new ExportOptions(Optional.of(language), includeParticipants, pageSize, labelOptions);
  }

  /**
   * These options with or without the participant list.
   *
   * @param include whether to include it
   * @return a copy
   */
  public ExportOptions withParticipants(boolean include) {
    return new ExportOptions(language, include, pageSize, labelOptions);
  }

  /**
   * These options with a paper size.
   *
   * @param pageSize the paper size
   * @return a copy
   */
  public ExportOptions withPageSize(PageSize pageSize) {
    return new ExportOptions(language, includeParticipants, pageSize, labelOptions);
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

  // Labels (issue 14): fallback language, overrides of single labels, and the labels to print.

  /**
   * These options with the caller's text for one label, in whatever language the export is.
   *
   * @param label the label, such as {@link Label#NOTE_TAKERS}
   * @param text its text, such as "Sekreterare"
   * @return a copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank
   * @since 0.2.0
   */
  public ExportOptions withLabel(Label label, String text) {
    return withLabelOptions(labelOptions.withLabel(label, text));
  }

  /**
   * These options with another fallback language for labels that the export's language lacks.
   *
   * @param fallback such as Swedish for minutes in Meänkieli; English by default
   * @return a copy
   * @throws NullPointerException if {@code fallback} is null
   * @since 0.2.0
   */
  public ExportOptions withFallbackLanguage(Language fallback) {
    return withLabelOptions(labelOptions.withFallback(fallback));
  }

  /**
   * These options with other label options.
   *
   * @param labelOptions the fallback language and overrides
   * @return a copy
   * @throws NullPointerException if {@code labelOptions} is null
   * @since 0.2.0
   */
  public ExportOptions withLabelOptions(LabelOptions labelOptions) {
    return new ExportOptions(language, includeParticipants, pageSize, labelOptions);
  }

  /**
   * The labels to print these minutes with: those of {@link #languageFor(Minutes)} from the
   * {@linkplain LabelSets#installed() installed label sets}, falling back to the fallback language,
   * with the overrides applied. {@link Labels#resolution()} says whether a fallback happened.
   *
   * @param minutes the minutes
   * @return the labels; never null
   * @throws io.github.minutes4j.core.spi.ProviderConfigurationException if two installed label
   *     sets claim one language
   * @since 0.2.0
   */
  public Labels labelsFor(Minutes minutes) {
    return LabelSets.installed()
        .labels(languageFor(minutes), labelOptions.fallback())
        .withOverrides(labelOptions.overrides());
  }
}
