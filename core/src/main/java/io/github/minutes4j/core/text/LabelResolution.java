package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.internal.NonNullLists;
import java.util.List;
import java.util.Objects;

/**
 * Which label set served a language, and whether a fallback happened: the document's tag may have
 * no set of its own ({@code sv-SE} is served by {@code sv}, {@code is} by the fallback language),
 * and a provided set may lack some labels, which then come from the fallback.
 *
 * @param requested the language asked for
 * @param servedBy the language of the set that gave the labels: the first set along the requested
 *     tag ({@code sv-SE}, then {@code sv}; {@code nb} for {@code nn}), or else the fallback
 *     language's. A shipped regional set, such as {@code en-US}'s dates, is not one: {@code en-US}
 *     is served by {@code en}
 * @param fallback the fallback language asked for
 * @param keysFromFallback keys of {@link Labels#keys()} that the requested language's sets lack
 *     and that came from the fallback (punctuation of a language written in Arabic script comes
 *     from the Arabic set instead, see {@link LabelSets}); all keys if no set serves the requested
 *     tag
 * @param failures what went wrong with label providers at discovery, one line each; empty if
 *     nothing
 * @since 0.2.0
 */
public record LabelResolution(
    Language requested,
    Language servedBy,
    Language fallback,
    List<String> keysFromFallback,
    List<String> failures) {

  /**
   * Creates a resolution.
   *
   * @param requested the language asked for
   * @param servedBy the language of the set that gave the labels
   * @param fallback the fallback language asked for
   * @param keysFromFallback keys that came from the fallback; copied
   * @param failures label providers that failed; copied
   * @throws NullPointerException if an argument is null
   */
  public LabelResolution {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(servedBy, "servedBy");
    Objects.requireNonNull(fallback, "fallback");
    keysFromFallback = NonNullLists.copyOf(keysFromFallback, "keysFromFallback");
    failures = NonNullLists.copyOf(failures, "failures");
  }

  /**
   * Whether any label came from the fallback language. A set along the requested tag is the
   * language's own, not a fallback: {@code sv-SE} served by the Swedish set, {@code ar-u-nu-arab}
   * (Arabic with Arabic-Indic digits) by the Arabic set, {@code en-US} by the American dates and
   * the English set, and {@code no} and {@code nn} (Nynorsk) by the Norwegian Bokmål set use no
   * fallback; {@link #servedBy()} says which set it was. Before 0.3.0 this was also true
   * when the set's tag was not exactly the requested one.
   *
   * @return true if the requested language has no set along its tag ({@link
   *     #fallbackLanguageUsed()}) or its set lacks labels that the fallback gave
   */
  public boolean fallbackUsed() {
    return !keysFromFallback.isEmpty();
  }

  /**
   * Whether no set along the requested tag served it, so that the labels are in the fallback.
   *
   * @return whether the whole set is the fallback's
   */
  public boolean fallbackLanguageUsed() {
    return keysFromFallback.size() == Labels.keys().size();
  }

  /**
   * One line for a person: which tag, which set served it, and what fell back.
   *
   * @return such as {@code labels for 'sv-SE' come from the 'sv' set}; says so when no fallback
   *     happened
   */
  public String describe() {
    StringBuilder line = new StringBuilder();
    if (fallbackLanguageUsed()) {
      line.append("no label set for '")
          .append(requested.tag())
          .append("'; labels come from the '")
          .append(servedBy.tag())
          .append("' set (fallback language '")
          .append(fallback.tag())
          .append("')");
    } else {
      line.append("labels for '")
          .append(requested.tag())
          .append("' come from the '")
          .append(servedBy.tag())
          .append("' set");
      if (!keysFromFallback.isEmpty()) {
        line.append("; ")
            .append(keysFromFallback.size())
            .append(" labels it lacks come from the fallback language '")
            .append(fallback.tag())
            .append("': ")
            .append(String.join(", ", keysFromFallback));
      }
    }
    for (String failure : failures) {
      line.append("; ").append(failure);
    }
    return line.toString();
  }
}
