package io.github.minutes4j.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A number of people, exact or approximate ("ca 10").
 *
 * @param count how many
 * @param approximate whether the number is an estimate
 * @since 0.1.0
 */
public record HeadCount(
    @PositiveOrZero(message = "must be zero or more") @Max(value = 1_000_000, message = "must be at most 1000000") int count,
    boolean approximate) {

  /**
   * An exact count.
   *
   * @param count how many
   * @return the count
   */
  public static HeadCount exactly(int count) {
    return new HeadCount(count, false);
  }

  /**
   * An approximate count.
   *
   * @param count about how many
   * @return the count
   */
  public static HeadCount about(int count) {
    return new HeadCount(count, true);
  }
}
