package io.github.minutes4j.core.text;

import io.github.minutes4j.core.Language;
import java.util.Map;

/**
 * A label set given by hand, as a third party's {@link LabelProvider} gives one, for tests that
 * need no class of their own (discovery and the messages that name a provider's class do).
 *
 * @param language the language of the set
 * @param texts the texts by key
 */
record ProvidedSet(Language language, Map<String, String> texts) implements LabelProvider {

  /** A set of a language tag. */
  static ProvidedSet of(String tag, Map<String, String> texts) {
    return new ProvidedSet(Language.ofTag(tag), texts);
  }
}
