package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Language;
import java.util.Map;

/**
 * Adds the labels of a language that minutes4j does not ship, such as Northern Sámi ({@code se})
 * or Meänkieli ({@code fit}). {@link LabelSets#installed()} finds providers with {@link
 * java.util.ServiceLoader}: register an implementation with {@code provides
 * io.github.minutes4j.core.text.LabelProvider with ...} in {@code module-info.java} and in {@code
 * META-INF/services/io.github.minutes4j.core.text.LabelProvider}. It needs a public no-argument
 * constructor (or a public static {@code provider()} method on the module path).
 *
 * <p>The texts use the keys of {@link Labels#keys()}; the shipped {@code labels_en.properties} in
 * the package {@code io.github.minutes4j.core.text} of minutes4j-core shows every key with its
 * English text. A set need not have every key: a missing key falls back, label by label, along the
 * language's tag and then to the caller's fallback language (see {@link Labels}), and {@link
 * Labels#resolution()} says which keys did. A key that is not one of {@link Labels#keys()}, a blank
 * text (or one of invisible characters only, such as a zero width space), a date or time pattern that {@link java.time.format.DateTimeFormatter#ofPattern(String)}
 * refuses, or a text whose placeholders ({@code {0}}, {@code {1}}, ...) are not those of the key's
 * English text (a form for one or two, {@code RESERVED.one}, may leave one out) makes the whole
 * provider fail to load; {@link LabelSets#failures()} says why. Two
 * providers of one language (or a provider of a shipped language) are an error naming both
 * classes; to change a few labels of a shipped language, use {@link LabelOptions#withLabel} in the
 * export options instead.
 *
 * <p>Implementations must be thread-safe; both methods are called once, at discovery.
 *
 * @since 0.2.0
 */
public interface LabelProvider {

  /**
   * The language of these labels.
   *
   * @return a language, such as {@code Language.ofTag("se")}; never null
   */
  Language language();

  /**
   * The texts, by key.
   *
   * @return such as {@code TIME_AND_PLACE -> "Áigi ja báiki"}; never null, no null keys or values
   */
  Map<String, String> texts();
}
