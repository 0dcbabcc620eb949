package io.github.minutes4j.core.format;

import java.util.Objects;

/**
 * A provider that could not be loaded. The registry keeps it so that one broken jar does not hide
 * the others, and reports it when a lookup fails.
 *
 * @param description which provider failed and why
 * @param cause the error
 * @since 0.1.0
 */
public record ProviderFailure(String description, Throwable cause) {

  /**
   * Creates a failure.
   *
   * @param description which provider failed and why
   * @param cause the error
   * @throws NullPointerException if an argument is null
   */
  public ProviderFailure {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cause, "cause");
  }
}
