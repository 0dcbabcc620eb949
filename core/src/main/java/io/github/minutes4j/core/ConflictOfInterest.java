package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * A member who did not take part in an item because of a conflict of interest ("jäv").
 *
 * @param member who
 * @param reason why, if the minutes say
 * @since 0.3.0
 */
public record ConflictOfInterest(@Valid Person member, Optional<@Text String> reason) {

  /**
   * Creates a conflict of interest.
   *
   * @param member who
   * @param reason why, if given
   * @throws NullPointerException if an argument is null
   */
  public ConflictOfInterest {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
  }
}
