package io.github.minutes4j.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The language a set of minutes is written in. It decides the labels ("Tid och plats" or "Time and
 * place") and the date and time formats that exporters use, and it is written into every output
 * ({@code <html lang>}, PDF metadata).
 *
 * @since 0.1.0
 */
public enum Language {
  /** Swedish, {@code sv}. */
  SWEDISH("sv"),
  /** English, {@code en}. */
  ENGLISH("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * The BCP 47 language tag.
   *
   * @return {@code sv} or {@code en}; never null
   */
  public String tag() {
    return tag;
  }

  /**
   * The locale of this language.
   *
   * @return the locale; never null
   */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Finds the language with a tag, ignoring case.
   *
   * @param tag a language tag such as {@code sv}
   * @return the language
   * @throws IllegalArgumentException if no supported language has that tag; the message lists the
   *     supported tags
   * @throws NullPointerException if {@code tag} is null
   */
  public static Language ofTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag.trim())) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "Unsupported language '"
            + tag
            + "'; supported: "
            + Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", ")));
  }
}
