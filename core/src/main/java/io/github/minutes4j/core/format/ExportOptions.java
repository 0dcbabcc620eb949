package io.github.minutes4j.core.format;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.text.Label;
import io.github.minutes4j.core.text.LabelOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.core.text.Labels;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to export: in which language to print labels and dates, whether to include the participant
 * list, the paper size of paged formats, the organisation's look (logo, accent colour, footer
 * text, table of contents), the wording and fallback language of labels, and the items of an
 * extract. Immutable; derive changed copies with the {@code with...} methods, starting from {@link
 * #defaults()}.
 *
 * @param language the language of labels and dates; empty to use the document's own
 * @param includeParticipants whether to include the participant list (a page published on the web
 *     may leave out the personal data that the archive copy keeps)
 * @param pageSize the paper size of paged formats
 * @param look the organisation's look: logo, accent colour, footer text, table of contents
 *     (since 0.2.0)
 * @param labelOptions the fallback language of labels and the caller's wording of single labels
 *     (since 0.2.0)
 * @param extract the shown numbers ({@link Minutes#itemNumbers()}) of the agenda items to export
 *     as an extract ("protokollsutdrag"), such as "§ 43"; empty to export the whole minutes (since
 *     0.3.0). See {@link #withExtract(List)}
 * @since 0.1.0
 */
public record ExportOptions(
    Optional<Language> language,
    boolean includeParticipants,
    PageSize pageSize,
    Look look,
    LabelOptions labelOptions,
    List<String> extract) {

  private static final ExportOptions DEFAULTS =
      new ExportOptions(
          Optional.empty(), true, PageSize.A4, Look.plain(), LabelOptions.defaults(), List.of());

  /**
   * Creates options.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list (a page published on the web may leave out the personal data that the archive copy keeps)
   * @param pageSize the paper size of paged formats
   * @param look the organisation's look
   * @param labelOptions the fallback language of labels and the caller's wording of labels
   * @param extract the shown numbers of the items of an extract; empty for the whole minutes;
   *     copied, without repeats
   * @throws NullPointerException if an argument or a number is null
   * @throws IllegalArgumentException if a number is blank
   * @since 0.3.0
   */
  public ExportOptions {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(look, "look");
    Objects.requireNonNull(labelOptions, "labelOptions");
    Set<String> distinct = new LinkedHashSet<>();
    for (String number : NonNullLists.copyOf(extract, "extract")) {
      if (number.isBlank()) {
        throw new IllegalArgumentException(
            "An extract's item number is blank; give the numbers as the minutes show them, such as"
                + " \"§ 43\"");
      }
      distinct.add(number);
    }
    extract = List.copyOf(distinct);
  }

  /**
   * Creates options of the whole minutes, as version 0.2.0 did.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list
   * @param pageSize the paper size of paged formats
   * @param look the organisation's look
   * @param labelOptions the fallback language of labels and the caller's wording of labels
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public ExportOptions(
      Optional<Language> language,
      boolean includeParticipants,
      PageSize pageSize,
      Look look,
      LabelOptions labelOptions) {
    this(language, includeParticipants, pageSize, look, labelOptions, List.of());
  }

  /**
   * Creates options with the {@linkplain Look#plain() plain look} and the default labels, as
   * version 0.1.0 did.
   *
   * @param language the language of labels and dates; empty to use the document's own
   * @param includeParticipants whether to include the participant list
   * @param pageSize the paper size of paged formats
   * @throws NullPointerException if an argument is null
   */
  public ExportOptions(Optional<Language> language, boolean includeParticipants, PageSize pageSize) {
    this(language, includeParticipants, pageSize, Look.plain(), LabelOptions.defaults(), List.of());
  }

  /**
   * The defaults: the document's language, participants included, A4, the plain look, English
   * as the fallback language of labels, no labels reworded.
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
   * @throws NullPointerException if {@code language} is null
   */
  public ExportOptions withLanguage(Language language) {
    Objects.requireNonNull(language, "language");
    return new ExportOptions(
        Optional.of(language), includeParticipants, pageSize, look, labelOptions, extract);
  }

  /**
   * These options with or without the participant list.
   *
   * @param include whether to include it
   * @return a copy
   */
  public ExportOptions withParticipants(boolean include) {
    return new ExportOptions(language, include, pageSize, look, labelOptions, extract);
  }

  /**
   * These options with a paper size.
   *
   * @param pageSize the paper size
   * @return a copy
   */
  public ExportOptions withPageSize(PageSize pageSize) {
    return new ExportOptions(language, includeParticipants, pageSize, look, labelOptions, extract);
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
    return new ExportOptions(language, includeParticipants, pageSize, look, labelOptions, extract);
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

  // Labels (issue 14): fallback language, overrides of single labels, and the labels to print.

  /**
   * These options with the caller's text for one label, in whatever language the export is.
   *
   * @param label the label, such as {@link Label#NOTE_TAKERS}
   * @param text its text, such as "Sekreterare"
   * @return a copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank, longer than 1000 characters, or has a
   *     line break, a control character or a bidirectional override
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
    return new ExportOptions(language, includeParticipants, pageSize, look, labelOptions, extract);
  }

  /**
   * The labels to print these minutes with: those of {@link #languageFor(Minutes)} from the label
   * sets of the {@linkplain #withLabelSets(LabelSets) options} (the {@linkplain
   * LabelSets#installed() installed label sets} unless others were given), falling back to the fallback language,
   * with the overrides applied. {@link Labels#resolution()} says whether a fallback happened.
   *
   * @param minutes the minutes
   * @return the labels; never null
   * @throws io.github.minutes4j.core.format.ProviderConfigurationException if two installed label
   *     sets claim one language
   * @since 0.2.0
   */
  public Labels labelsFor(Minutes minutes) {
    return labelOptions
        .labelSets()
        .labels(languageFor(minutes), labelOptions.fallback())
        .withOverrides(labelOptions.overrides());
  }

  /**
   * These options with the label sets to take labels from, instead of the {@linkplain
   * LabelSets#installed() installed ones}: such as the installed sets with a {@link
   * io.github.minutes4j.core.text.LabelProvider} that a framework holds as a bean.
   *
   * @param sets the label sets, such as {@code LabelSets.installed().adding(List.of(provider))}
   * @return a copy
   * @throws NullPointerException if {@code sets} is null
   * @since 0.3.0
   */
  public ExportOptions withLabelSets(LabelSets sets) {
    return withLabelOptions(labelOptions.withSets(sets));
  }

  // The extract (since 0.3.0): chosen items of formal minutes, with the header and adjustment.

  /**
   * These options for an extract of the minutes ("protokollsutdrag"): only the chosen agenda items,
   * with the header, the adjustment data and an attestation line ("Rätt utdraget intygar"), as
   * sent to those a decision concerns. Items are chosen by the number the minutes show them with
   * ({@link Minutes#itemNumbers()}), written as shown ("§ 43") or without the section sign ("43");
   * they are exported in the agenda's order, whatever the order here. A number the minutes do not
   * have is an error at export: an {@link UnknownItemsException} ({@link
   * #extractedItems(Minutes)}).
   *
   * @param numbers the shown numbers of the items; empty for the whole minutes; repeats are
   *     dropped
   * @return a copy; never null
   * @throws NullPointerException if the list or a number is null
   * @throws IllegalArgumentException if a number is blank
   * @since 0.3.0
   */
  public ExportOptions withExtract(List<String> numbers) {
    return new ExportOptions(
        language,
        includeParticipants,
        pageSize,
        look,
        labelOptions,
        NonNullLists.copyOf(numbers, "numbers"));
  }

  /**
   * These options for an extract of the chosen items; see {@link #withExtract(List)}.
   *
   * @param numbers the shown numbers of the items, such as "§ 43"
   * @return a copy; never null
   * @throws NullPointerException if the array or a number is null
   * @throws IllegalArgumentException if a number is blank
   * @since 0.3.0
   */
  public ExportOptions withExtract(String... numbers) {
    return withExtract(NonNullLists.of("numbers", numbers));
  }

  /**
   * Whether these options ask for an extract rather than the whole minutes.
   *
   * @return whether {@link #extract()} is not empty
   * @since 0.3.0
   */
  public boolean isExtract() {
    return !extract.isEmpty();
  }

  /**
   * The places in the agenda (from 0, in the agenda's order) of the items to export: every item,
   * or those of the {@linkplain #withExtract(List) extract}.
   *
   * @param minutes the minutes
   * @return the places; never null
   * @throws UnknownItemsException if the extract names numbers the minutes do not show; the
   *     message names them and lists the numbers there are
   * @throws NullPointerException if {@code minutes} is null
   * @since 0.3.0
   */
  public List<Integer> extractedItems(Minutes minutes) {
    List<Optional<String>> shown = minutes.itemNumbers();
    List<Integer> places = new ArrayList<>();
    if (extract.isEmpty()) {
      for (int i = 0; i < shown.size(); i++) {
        places.add(i);
      }
      return List.copyOf(places);
    }
    Set<String> wanted = new LinkedHashSet<>();
    extract.forEach(number -> wanted.add(bare(number)));
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < shown.size(); i++) {
      Optional<String> number = shown.get(i).map(ExportOptions::bare);
      if (number.isPresent() && wanted.contains(number.get())) {
        places.add(i);
        found.add(number.get());
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String number : extract) {
      if (!found.contains(bare(number))) {
        unknown.add(number);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> existing = new ArrayList<>();
      shown.forEach(number -> number.ifPresent(existing::add));
      throw new UnknownItemsException(unknown, existing);
    }
    return List.copyOf(places);
  }

  /** A shown number without its section sign and spaces: "§ 43" and "43" are the same item. */
  private static String bare(String number) {
    return number.replace("\u00a7", "").strip().replaceAll("\\s+", " ");
  }
}
