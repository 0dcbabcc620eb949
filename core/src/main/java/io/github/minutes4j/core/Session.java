package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.EndAfterStart;
import io.github.minutes4j.core.validation.FourDigitYear;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One sitting of a meeting: a day with a start and an end, where it was held, and how many took
 * part. A meeting over two days has two sessions.
 *
 * @param date the day; its year from 1 to 9999
 * @param start the time the session started
 * @param end the time it ended; after {@code start}
 * @param venue where people met in person, if anywhere
 * @param online whether people could take part remotely
 * @param attendance how many took part, where known
 * @since 0.1.0
 */
@EndAfterStart
public record Session(
    @FourDigitYear LocalDate date,
    LocalTime start,
    LocalTime end,
    Optional<@Valid Venue> venue,
    boolean online,
    @Valid Attendance attendance) {

  /**
   * Creates a session.
   *
   * @param date the day
   * @param start the time the session started
   * @param end the time it ended; after {@code start}
   * @param venue where people met in person, if anywhere
   * @param online whether people could take part remotely
   * @param attendance how many took part, where known
   * @throws NullPointerException if an argument is null
   */
  public Session {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(attendance, "attendance");
  }

  /**
   * Starts a session on a day, from a start time to an end time.
   *
   * @param date the day
   * @param start the start
   * @param end the end
   * @return a builder with no venue, not online and no attendance recorded: what minutes that say
   *     nothing more about the session mean
   * @throws NullPointerException if an argument is null
   */
  public static Builder on(LocalDate date, LocalTime start, LocalTime end) {
    return new Builder(date, start, end);
  }

  /**
   * Builds a {@link Session}. Not thread-safe; {@link #build()} may be called more than once. The
   * day and times are required by {@link Session#on}; everything else starts as "not stated".
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LocalDate date;
    private final LocalTime start;
    private final LocalTime end;
    private Optional<Venue> venue = Optional.empty();
    private boolean online;
    private Attendance attendance = Attendance.NOT_RECORDED;

    private Builder(LocalDate date, LocalTime start, LocalTime end) {
      this.date = Objects.requireNonNull(date, "date");
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
    }

    /**
     * Sets the venue.
     *
     * @param venue where people met
     * @return this builder
     * @throws NullPointerException if {@code venue} is null
     */
    public Builder venue(Venue venue) {
      this.venue = Optional.of(Objects.requireNonNull(venue, "venue"));
      return this;
    }

    /**
     * Sets whether people could take part remotely.
     *
     * @param online true for remote participation
     * @return this builder
     */
    public Builder online(boolean online) {
      this.online = online;
      return this;
    }

    /**
     * Sets the attendance.
     *
     * @param attendance how many took part
     * @return this builder
     * @throws NullPointerException if {@code attendance} is null
     */
    public Builder attendance(Attendance attendance) {
      this.attendance = Objects.requireNonNull(attendance, "attendance");
      return this;
    }

    /**
     * Builds the session.
     *
     * @return the session
     */
    public Session build() {
      return new Session(date, start, end, venue, online, attendance);
    }
  }
}
