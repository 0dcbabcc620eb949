package io.github.minutes4j.examples.sami;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.text.LabelProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The labels of Northern Sámi ({@code se}), read from {@code labels_se.properties} next to this
 * class. The set is partial on purpose; what it lacks comes from the export's fallback language
 * (for a Swedish municipality, {@code ExportOptions.withFallbackLanguage(Language.SWEDISH)}).
 *
 * <p>Found by {@link java.util.ServiceLoader}; stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class NorthernSamiLabels implements LabelProvider {

  /** Northern Sámi, {@code se}. */
  public static final Language NORTHERN_SAMI = Language.ofTag("se");

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public NorthernSamiLabels() {}

  /**
   * Northern Sámi.
   *
   * @return {@code se}
   */
  @Override
  public Language language() {
    return NORTHERN_SAMI;
  }

  /**
   * The texts of {@code labels_se.properties}.
   *
   * @return the texts by key; never null
   * @throws UncheckedIOException if the file cannot be read (a damaged jar)
   */
  @Override
  public Map<String, String> texts() {
    Properties texts = new Properties();
    try (InputStream in = NorthernSamiLabels.class.getResourceAsStream("labels_se.properties")) {
      if (in == null) {
        throw new IllegalStateException("labels_se.properties is missing from the jar");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read labels_se.properties", e);
    }
    Map<String, String> map = new HashMap<>();
    texts.stringPropertyNames().forEach(key -> map.put(key, texts.getProperty(key)));
    return map;
  }
}
