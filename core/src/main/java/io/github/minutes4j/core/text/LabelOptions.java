package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.internal.OneLine;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an export chooses its labels beyond the language: the fallback language for labels that
 * the document's language has no set for, the caller's own wording of single labels (such as
 * "Sekreterare" instead of "För anteckningarna"), and the label sets to take them from (since
 * 0.3.0). Immutable.
 *
 * @param fallback the language of labels that the document's language lacks; English by default
 * @param overrides texts that replace the labels of any language; each one line of plain text
 *     (not blank, nor of invisible characters only, such as a zero width space; no line breaks,
 *     control characters or bidirectional overrides), at most 1000 characters
 * @param sets the label sets to take labels from, such as {@code
 *     LabelSets.installed().adding(List.of(myProvider))}; empty for {@link LabelSets#installed()},
 *     found when labels are first needed (since 0.3.0). Options with the same sets are equal only
 *     if the sets are the same instance
 * @since 0.2.0
 */
public record LabelOptions(
    Language fallback, Map<Label, String> overrides, Optional<LabelSets> sets) {

  /** The most characters (code points) of a label's text given in the options. */
  private static final int MAX_TEXT = 1000;

  private static final LabelOptions DEFAULTS =
      new LabelOptions(Language.ENGLISH, Map.of(), Optional.empty());

  /**
   * Creates label options.
   *
   * @param fallback the fallback language
   * @param overrides texts that replace labels; copied
   * @param sets the label sets to take labels from; empty for the installed ones
   * @throws NullPointerException if an argument, a key or a text is null
   * @throws IllegalArgumentException if a text is blank or shows nothing (only white space and
   *     invisible characters, such as U+200B), longer than 1000 characters, has a line
   *     break, a control character or a bidirectional override, or has a placeholder ({@code {0}})
   *     the label is not given or lacks one it is given
   */
  public LabelOptions {
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(overrides, "overrides");
    Objects.requireNonNull(sets, "sets");
    overrides.forEach(
        (label, text) -> requireText(Objects.requireNonNull(label, "overrides: a label"), text));
    overrides = Map.copyOf(overrides);
  }

  /**
   * Creates label options that take labels from the {@linkplain LabelSets#installed() installed
   * label sets}, as version 0.2.0 did.
   *
   * @param fallback the fallback language
   * @param overrides texts that replace labels; copied
   * @throws NullPointerException if an argument, a key or a text is null
   * @throws IllegalArgumentException if a text is not usable, as for the canonical constructor
   */
  public LabelOptions(Language fallback, Map<Label, String> overrides) {
    this(fallback, overrides, Optional.empty());
  }

  /**
   * English as fallback, no overrides.
   *
   * @return the defaults
   */
  public static LabelOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with another fallback language.
   *
   * @param fallback the fallback language, such as Swedish for Sámi or Meänkieli minutes
   * @return a copy
   * @throws NullPointerException if {@code fallback} is null
   */
  public LabelOptions withFallback(Language fallback) {
    return new LabelOptions(fallback, overrides, sets);
  }

  /**
   * These options with one label worded by the caller, whatever the language.
   *
   * @param label the label, such as {@link Label#NOTE_TAKERS}
   * @param text its text, such as "Sekreterare"
   * @return a copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is blank or shows nothing (only white space and
   *     invisible characters, such as U+200B), longer than 1000 characters, has a line
   *     break, a control character or a bidirectional override, or has a placeholder ({@code {0}})
   *     the label is not given or lacks one it is given (as the English text of the label has them)
   */
  public LabelOptions withLabel(Label label, String text) {
    requireText(Objects.requireNonNull(label, "label"), text);
    Map<Label, String> copy = new HashMap<>(overrides);
    copy.put(label, text);
    return new LabelOptions(fallback, copy, sets);
  }

  /**
   * These options with the label sets to take labels from, such as the installed sets with a
   * provider that a framework holds as a bean rather than registers for {@link
   * java.util.ServiceLoader}.
   *
   * @param sets the label sets, such as {@code LabelSets.installed().adding(List.of(provider))}
   * @return a copy
   * @throws NullPointerException if {@code sets} is null
   * @since 0.3.0
   */
  public LabelOptions withSets(LabelSets sets) {
    return new LabelOptions(fallback, overrides, Optional.of(Objects.requireNonNull(sets, "sets")));
  }

  /**
   * The label sets to take labels from: those given with {@link #withSets}, or else the installed
   * ones.
   *
   * @return the sets; never null
   * @throws io.github.minutes4j.core.format.ProviderConfigurationException if none were given and
   *     two installed label sets claim one language
   * @since 0.3.0
   */
  public LabelSets labelSets() {
    return sets.orElseGet(LabelSets::installed);
  }

  /**
   * The caller's text of a label, if any.
   *
   * @param label the label
   * @return the override; empty if the label set's own text applies
   */
  public Optional<String> override(Label label) {
    return Optional.ofNullable(overrides.get(label));
  }

  private static void requireText(Label label, String text) {
    Objects.requireNonNull(text, "text");
    OneLine.problem(text, MAX_TEXT)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "The text of the label "
                      + label
                      + " "
                      + problem
                      + (OneLine.isBlank(text) ? "; give a text" : "; give one line of plain text")
                      + ", or leave the label alone");
            });
    LabelSets.placeholderProblem(label.name(), text, LabelSets.english())
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "The text '" + text + "' of the label " + label + ", which " + problem);
            });
  }
}
