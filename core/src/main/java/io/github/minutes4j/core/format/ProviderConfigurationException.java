package io.github.minutes4j.core.format;

import io.github.minutes4j.core.Minutes4jException;

/**
 * Thrown when providers cannot be registered together, such as two providers of the same format id.
 * The message names both classes and where they come from.
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures.
 *
 * @since 0.1.0
 */
public final class ProviderConfigurationException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public ProviderConfigurationException(String message) {
    super(message);
  }
}
