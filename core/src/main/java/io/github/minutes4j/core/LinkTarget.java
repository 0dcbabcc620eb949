package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.LinkAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a link leads: an address, or a placeholder for a link that is known to exist but whose
 * address is not known yet. Exporters render a placeholder as text, never as a dead link.
 *
 * @param address the address; empty for a placeholder
 * @since 0.1.0
 */
public record LinkTarget(Optional<@LinkAddress String> address) {

  private static final LinkTarget PLACEHOLDER = new LinkTarget(Optional.empty());

  /**
   * Creates a target.
   *
   * @param address the address; empty for a placeholder
   * @throws NullPointerException if {@code address} is null
   */
  public LinkTarget {
    Objects.requireNonNull(address, "address");
  }

  /**
   * A target with an address. The address is checked by validation, not here.
   *
   * @param address an absolute http, https or mailto address
   * @return the target
   * @throws NullPointerException if {@code address} is null
   */
  public static LinkTarget of(String address) {
    return new LinkTarget(Optional.of(Objects.requireNonNull(address, "address")));
  }

  /**
   * The placeholder for an address not known yet.
   *
   * @return the placeholder
   */
  public static LinkTarget placeholder() {
    return PLACEHOLDER;
  }

  /**
   * Whether this is the placeholder.
   *
   * @return true if the address is not known
   */
  public boolean isPlaceholder() {
    return address.isEmpty();
  }
}
