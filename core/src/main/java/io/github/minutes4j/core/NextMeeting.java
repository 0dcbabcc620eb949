package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.FourDigitYear;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When and where the body meets next.
 *
 * @param date the day; its year from 1 to 9999
 * @param start the time, if set
 * @param venue where, if set
 * @since 0.3.0
 */
public record NextMeeting(
    @FourDigitYear LocalDate date, Optional<LocalTime> start, Optional<@Valid Venue> venue) {

  /**
   * Creates the next meeting.
   *
   * @param date the day
   * @param start the time, if set
   * @param venue where, if set
   * @throws NullPointerException if an argument is null
   */
  public NextMeeting {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(venue, "venue");
  }
}
