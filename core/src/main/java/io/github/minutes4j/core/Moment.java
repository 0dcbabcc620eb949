package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in a meeting: at an agenda item (a paragraph, named by its number as the minutes show
 * it, such as "§ 5"), at a time of day, or both. At least one is given; {@link
 * io.github.minutes4j.core.validation.MinutesValidator} refuses a moment with neither, a
 * paragraph that no agenda item has, and a time that lies in none of the sessions (from a start to
 * an end, both included; a session with no end recorded goes on until midnight, and one with no
 * times recorded may hold any time).
 *
 * @param paragraph the number of the agenda item, as shown (given, or numbered from {@link
 *     Minutes#firstParagraph()}), if the moment is an item
 * @param time the time of day, if recorded
 * @since 0.3.0
 */
public record Moment(Optional<@Text String> paragraph, Optional<LocalTime> time) {

  /**
   * Creates a moment.
   *
   * @param paragraph the number of the agenda item, if the moment is an item
   * @param time the time of day, if recorded
   * @throws NullPointerException if an argument is null (use {@link Optional#empty()})
   */
  public Moment {
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(time, "time");
  }

  /**
   * At an agenda item.
   *
   * @param paragraph the item's number as shown, such as "§ 5"
   * @return the moment
   * @throws NullPointerException if {@code paragraph} is null
   */
  public static Moment atParagraph(String paragraph) {
    Objects.requireNonNull(paragraph, "paragraph");
    return new Moment(Optional.of(paragraph), Optional.empty());
  }

  /**
   * At a time of day.
   *
   * @param time the time
   * @return the moment
   * @throws NullPointerException if {@code time} is null
   */
  public static Moment at(LocalTime time) {
    return new Moment(Optional.empty(), Optional.of(Objects.requireNonNull(time, "time")));
  }
}
