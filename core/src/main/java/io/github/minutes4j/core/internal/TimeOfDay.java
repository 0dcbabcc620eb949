package io.github.minutes4j.core.internal;

import java.time.LocalTime;

/**
 * How precisely a time of day is printed, in words ({@link
 * io.github.minutes4j.core.text.Labels#time}) and in machine-readable values (the HTML {@code
 * datetime}), so that the two agree.
 */
public final class TimeOfDay {

  private TimeOfDay() {}

  /**
   * Whether a time is printed with its seconds: when it is not a whole minute, as 10:00:30 and
   * 23:59:59.9 are, so that it never prints as the whole minute before it. A fraction of a second
   * is not printed: the seconds are truncated (23:59:59.9 is "23:59:59"), never rounded up into the
   * next second, minute or day.
   *
   * @param time the time
   * @return whether its seconds are printed
   */
  public static boolean secondsShown(LocalTime time) {
    return time.getSecond() != 0 || time.getNano() != 0;
  }
}
