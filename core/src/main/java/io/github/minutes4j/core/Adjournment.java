package io.github.minutes4j.core;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A break within a session ("ajournering"), from one time to another.
 *
 * @param start when the meeting was adjourned
 * @param end when it resumed; after {@code start}
 * @since 0.3.0
 */
public record Adjournment(LocalTime start, LocalTime end) {

  /**
   * Creates an adjournment.
   *
   * @param start when the meeting was adjourned
   * @param end when it resumed
   * @throws NullPointerException if an argument is null
   */
  public Adjournment {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
