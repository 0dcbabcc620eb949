package io.github.minutes4j.spring.autoconfigure;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.PageSize;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code minutes4j.*} properties: how minutes are exported, and how large a request body the
 * HTTP message converter reads. Mutable, as Spring Boot binds it; read it through {@link
 * #toExportOptions()} and the getters.
 *
 * <p>A property under {@code minutes4j.} that is not one of these (a mistyped name such as {@code
 * minutes4j.paper-sise}) fails the application's start, naming the property, instead of being
 * ignored. Environment variables and system properties are not checked that way (Spring Boot
 * leaves them out of that check), so an unrelated {@code MINUTES4J_...} variable does no harm.
 *
 * @since 0.2.0
 */
@ConfigurationProperties(prefix = "minutes4j", ignoreUnknownFields = false)
public class Minutes4jProperties {

  /**
   * The language of labels and dates in exported documents, a BCP 47 tag such as en, sv or sv-SE.
   * Unset or empty: each document in its own language.
   */
  private String language;

  /**
   * The paper size of paged formats (PDF): A4 or LETTER, in any case. Empty: A4.
   */
  @PaperSizeConverter.Property private PageSize paperSize = PageSize.A4;

  /**
   * Whether exported documents include the participant list. A page published on the web may
   * leave out the personal data that the archive copy keeps.
   */
  private boolean participants = true;

  /**
   * The largest request body the HTTP message converter reads; larger requests are answered with
   * 413 and a problem detail.
   */
  private DataSize maxRequestSize = DataSize.ofMegabytes(1);

  /** Creates the properties with their defaults. */
  public Minutes4jProperties() {}

  /**
   * The language of labels and dates.
   *
   * @return the language; empty to print each document in its own language
   */
  public Optional<Language> language() {
    return Optional.ofNullable(language).map(Language::ofTag);
  }

  /**
   * The configured language's tag, for Spring Boot's binder; prefer {@link #language()}.
   *
   * @return the canonical BCP 47 tag, or null when unset
   */
  public String getLanguage() {
    return language;
  }

  /**
   * Sets the language of labels and dates.
   *
   * @param tag a BCP 47 tag such as {@code en} or {@code sv-SE}; null or blank (as {@code
   *     minutes4j.language=${MINUTES_LANGUAGE:}} gives) to print each document in its own language
   * @throws IllegalArgumentException if the tag is not well-formed; the message names the property
   *     and says why
   */
  public void setLanguage(String tag) {
    if (tag == null || tag.isBlank()) {
      this.language = null;
      return;
    }
    try {
      this.language = Language.ofTag(tag).tag();
    } catch (IllegalArgumentException e) {
      // Without the cause: Spring Boot's start-up report gives a binding failure's root cause as
      // its reason, which would be Java's IllformedLocaleException instead of this explanation.
      throw new IllegalArgumentException("minutes4j.language: " + e.getMessage());
    }
  }

  /**
   * The paper size of paged formats.
   *
   * @return the paper size; never null
   */
  public PageSize getPaperSize() {
    return paperSize;
  }

  /**
   * Sets the paper size of paged formats. Bound from {@code minutes4j.paper-size}, a size in any
   * case; an empty value (as {@code minutes4j.paper-size=${PAPER_SIZE:}} gives) is A4 (since
   * 0.3.0), and a size minutes4j does not have fails the start with a message that names the
   * property, the value and the sizes there are.
   *
   * @param paperSize the paper size
   * @throws IllegalArgumentException if {@code paperSize} is null
   */
  public void setPaperSize(PageSize paperSize) {
    if (paperSize == null) {
      throw new IllegalArgumentException("minutes4j.paper-size must be A4 or LETTER");
    }
    this.paperSize = paperSize;
  }

  /**
   * Whether exported documents include the participant list.
   *
   * @return true to include it (the default)
   */
  public boolean isParticipants() {
    return participants;
  }

  /**
   * Sets whether exported documents include the participant list.
   *
   * @param participants true to include it
   */
  public void setParticipants(boolean participants) {
    this.participants = participants;
  }

  /**
   * The largest request body the HTTP message converter reads.
   *
   * @return the size; never null
   */
  public DataSize getMaxRequestSize() {
    return maxRequestSize;
  }

  /**
   * Sets the largest request body the HTTP message converter reads.
   *
   * @param maxRequestSize the size, at least one byte
   * @throws IllegalArgumentException if {@code maxRequestSize} is null or less than one byte
   */
  public void setMaxRequestSize(DataSize maxRequestSize) {
    if (maxRequestSize == null || maxRequestSize.toBytes() < 1) {
      throw new IllegalArgumentException(
          "minutes4j.max-request-size must be at least 1B, such as 1MB; was " + maxRequestSize);
    }
    this.maxRequestSize = maxRequestSize;
  }

  /**
   * These properties as export options.
   *
   * @return the options; never null
   */
  public ExportOptions toExportOptions() {
    ExportOptions options =
        ExportOptions.defaults().withParticipants(participants).withPageSize(paperSize);
    return language().map(options::withLanguage).orElse(options);
  }
}
