package io.github.minutes4j.core;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The language a set of minutes is written in: any well-formed BCP 47 language tag, such as {@code
 * sv}, {@code sv-SE}, {@code fi-FI}, {@code se} (Northern Sámi) or {@code fit} (Meänkieli). It
 * decides the labels ("Tid och plats" or "Time and place") and the date and time formats that
 * exporters use, and it is written into every output ({@code <html lang>}, the PDF's {@code /Lang}
 * and metadata, JSON) as its canonical tag.
 *
 * <p>A tag is kept in its canonical form ({@code SV-se} becomes {@code sv-SE}, the deprecated
 * {@code iw} becomes {@code he}), so two languages are equal when their canonical tags are. Labels
 * for a language without a label set of its own fall back along its tag and then to a fallback
 * language; see {@link io.github.minutes4j.core.text.Labels}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Language {

  /** Swedish, {@code sv}. */
  public static final Language SWEDISH = new Language("sv");

  /** English, {@code en}. */
  public static final Language ENGLISH = new Language("en");

  /**
   * Finnish, {@code fi}.
   *
   * @since 0.2.0
   */
  public static final Language FINNISH = new Language("fi");

  /**
   * Norwegian Bokmål, {@code nb}. The macrolanguage tag {@code no} and Nynorsk, {@code nn}, are
   * languages of their own whose labels are Bokmål's (see {@link
   * io.github.minutes4j.core.text.LabelSets}).
   *
   * @since 0.2.0
   */
  public static final Language NORWEGIAN_BOKMAL = new Language("nb");

  /**
   * Danish, {@code da}.
   *
   * @since 0.2.0
   */
  public static final Language DANISH = new Language("da");

  /**
   * German, {@code de}.
   *
   * @since 0.2.0
   */
  public static final Language GERMAN = new Language("de");

  private final String tag;

  private Language(String tag) {
    this.tag = tag;
  }

  /**
   * The BCP 47 language tag, in canonical form.
   *
   * @return such as {@code sv} or {@code sv-SE}; never null
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
   * The language of a BCP 47 tag, ignoring case. Any well-formed tag is accepted, whether or not
   * minutes4j ships labels for it.
   *
   * @param tag a language tag such as {@code sv}, {@code sv-SE} or {@code se}
   * @return the language, with the tag in canonical form
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 language tag with a
   *     language subtag of 2 or 3 letters (one of 4 to 8 letters, such as {@code svenska}, is
   *     well-formed but no language has one); the message says why and gives examples
   * @throws NullPointerException if {@code tag} is null
   */
  public static Language ofTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'"
              + tag
              + "' is not a well-formed BCP 47 language tag ("
              + e.getMessage()
              + "); write a tag such as 'sv', 'sv-SE', 'fi-FI' or 'se', with hyphens, not"
              + " underscores",
          e);
    }
    if (locale.toLanguageTag().startsWith("x-")) {
      throw new IllegalArgumentException(
          "'"
              + tag
              + "' has no language subtag; a document's language starts with one, such as 'sv'"
              + " in 'sv-SE' (use 'und' if the language is not known)");
    }
    if (locale.getLanguage().length() > 3) {
      throw new IllegalArgumentException(
          "'"
              + tag
              + "' does not start with a language code: a language subtag has 2 or 3 letters"
              + " (ISO 639), such as 'sv' in 'sv-SE'"
              + codeOfName(locale.getLanguage())
                  .map(code -> "; for " + tag + ", write '" + code + "'")
                  .orElse(" or 'en' (use 'und' if the language is not known)"));
    }
    return new Language(locale.toLanguageTag());
  }

  /** The ISO 639 code of a language named in English or in itself, such as "svenska". */
  private static Optional<String> codeOfName(String name) {
    for (String code : Locale.getISOLanguages()) {
      Locale language = Locale.forLanguageTag(code);
      if (name.equalsIgnoreCase(language.getDisplayLanguage(Locale.ENGLISH))
          || name.equalsIgnoreCase(language.getDisplayLanguage(language))) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /**
   * The language of a locale.
   *
   * @param locale a locale, such as {@code Locale.GERMANY}; the root locale is {@code und}
   * @return the language, with the locale's canonical tag
   * @throws IllegalArgumentException if the locale has private use only
   * @throws NullPointerException if {@code locale} is null
   * @since 0.2.0
   */
  public static Language of(Locale locale) {
    return ofTag(Objects.requireNonNull(locale, "locale").toLanguageTag());
  }

  /**
   * Whether another object is a language with the same canonical tag.
   *
   * @param other any object, or null
   * @return whether the tags are equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Language && ((Language) other).tag.equals(tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  /**
   * The tag.
   *
   * @return the canonical tag, as {@link #tag()}
   */
  @Override
  public String toString() {
    return tag;
  }
}
