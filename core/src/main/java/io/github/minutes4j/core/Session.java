package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.EndAfterStart;
import io.github.minutes4j.core.validation.FourDigitYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sitting of a meeting: a day, its start and end where they were recorded, breaks within it,
 * where it was held, and how many took part. A meeting over two days has two sessions.
 *
 * <p>Minutes that did not record the times leave them empty; exporters then show the day alone,
 * never a made-up time. A start without an end (a meeting "opened at 18.00") is allowed; an end
 * without a start is not.
 *
 * @param date the day; its year from 1 to 9999
 * @param start the time the session started, if recorded
 * @param end the time it ended, if recorded; after {@code start}
 * @param venue where people met in person, if anywhere
 * @param online whether people could take part remotely
 * @param attendance how many took part, where known
 * @param adjournments breaks within the session, in order; each between {@code start} and {@code
 *     end}, none overlapping another; may be empty
 * @since 0.1.0
 */
@EndAfterStart
public record Session(
    @FourDigitYear LocalDate date,
    Optional<LocalTime> start,
    Optional<LocalTime> end,
    Optional<@Valid Venue> venue,
    boolean online,
    @Valid Attendance attendance,
    @Size(max = 100) List<@Valid Adjournment> adjournments) {

  /**
   * Creates a session; the list is copied.
   *
   * @param date the day
   * @param start the time the session started, if recorded
   * @param end the time it ended, if recorded
   * @param venue where people met in person, if anywhere
   * @param online whether people could take part remotely
   * @param attendance how many took part, where known
   * @param adjournments breaks within the session, in order
   * @throws NullPointerException if an argument or a list element is null
   * @since 0.3.0
   */
  public Session {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(attendance, "attendance");
    adjournments = NonNullLists.copyOf(adjournments, "adjournments");
  }

  /**
   * Creates a session with recorded times and no adjournments, as version 0.2 did.
   *
   * @param date the day
   * @param start the time the session started
   * @param end the time it ended; after {@code start}
   * @param venue where people met in person, if anywhere
   * @param online whether people could take part remotely
   * @param attendance how many took part, where known
   * @throws NullPointerException if an argument is null
   */
  public Session(
      LocalDate date,
      LocalTime start,
      LocalTime end,
      Optional<Venue> venue,
      boolean online,
      Attendance attendance) {
    this(
        date,
        Optional.of(Objects.requireNonNull(start, "start")),
        Optional.of(Objects.requireNonNull(end, "end")),
        venue,
        online,
        attendance,
        List.of());
  }

  /**
   * Starts a session on a day whose times were not recorded; set them with {@link
   * Builder#start(LocalTime)} and {@link Builder#end(LocalTime)} if they were.
   *
   * @param date the day
   * @return a builder with no times, no venue, not online, no attendance and no adjournments
   * @throws NullPointerException if {@code date} is null
   * @since 0.3.0
   */
  public static Builder on(LocalDate date) {
    return new Builder(date);
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
    return new Builder(date).start(start).end(end);
  }

  /**
   * A builder that starts from this session, to derive a changed copy, such as the same session
   * with its end recorded. {@code addAdjournment} appends to this session's adjournments, the
   * methods named after a component replace; {@code venue(Optional.empty())}, {@code
   * start(Optional.empty())} and {@code end(Optional.empty())} remove a value.
   *
   * @return a builder holding everything in this session; never null
   * @since 0.3.0
   */
  public Builder toBuilder() {
    return new Builder(date)
        .start(start)
        .end(end)
        .venue(venue)
        .online(online)
        .attendance(attendance)
        .adjournments(adjournments);
  }

  /**
   * Builds a {@link Session}. Not thread-safe; {@link #build()} may be called more than once. The
   * day is required by {@link Session#on}; everything else starts as "not stated". It follows the
   * convention of every builder of this package (see the {@linkplain io.github.minutes4j.core
   * package description}): a null argument fails, and {@link Optional#empty()} removes an
   * optional value.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final LocalDate date;
    private Optional<LocalTime> start = Optional.empty();
    private Optional<LocalTime> end = Optional.empty();
    private Optional<Venue> venue = Optional.empty();
    private boolean online;
    private Attendance attendance = Attendance.NOT_RECORDED;
    private final List<Adjournment> adjournments = new ArrayList<>();

    private Builder(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * Sets the time the session started.
     *
     * @param start the start
     * @return this builder
     * @throws NullPointerException if {@code start} is null
     * @since 0.3.0
     */
    public Builder start(LocalTime start) {
      return start(Optional.of(Objects.requireNonNull(start, "start")));
    }

    /**
     * Replaces the time the session started, or removes it with {@link Optional#empty()} (a day
     * whose times were not recorded; the end must then be removed too).
     *
     * @param start the start, if recorded
     * @return this builder
     * @throws NullPointerException if {@code start} is null
     * @since 0.3.0
     */
    public Builder start(Optional<LocalTime> start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * Sets the time the session ended.
     *
     * @param end the end
     * @return this builder
     * @throws NullPointerException if {@code end} is null
     * @since 0.3.0
     */
    public Builder end(LocalTime end) {
      return end(Optional.of(Objects.requireNonNull(end, "end")));
    }

    /**
     * Replaces the time the session ended, or removes it with {@link Optional#empty()}.
     *
     * @param end the end, if recorded
     * @return this builder
     * @throws NullPointerException if {@code end} is null
     * @since 0.3.0
     */
    public Builder end(Optional<LocalTime> end) {
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /**
     * Appends an adjournment after those already added.
     *
     * @param start when the meeting was adjourned
     * @param end when it resumed
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @since 0.3.0
     */
    public Builder addAdjournment(LocalTime start, LocalTime end) {
      return addAdjournment(new Adjournment(start, end));
    }

    /**
     * Appends an adjournment after those already added.
     *
     * @param adjournment the adjournment
     * @return this builder
     * @throws NullPointerException if {@code adjournment} is null
     * @since 0.3.0
     */
    public Builder addAdjournment(Adjournment adjournment) {
      return addAdjournments(List.of(Objects.requireNonNull(adjournment, "adjournment")));
    }

    /**
     * Appends adjournments after those already added.
     *
     * @param adjournments the adjournments, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addAdjournments(Adjournment... adjournments) {
      return addAdjournments(NonNullLists.of("adjournments", adjournments));
    }

    /**
     * Appends adjournments after those already added.
     *
     * @param adjournments the adjournments, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addAdjournments(Iterable<? extends Adjournment> adjournments) {
      BuilderLists.append(this.adjournments, adjournments, "adjournments");
      return this;
    }

    /**
     * Replaces the adjournments with these; an empty list clears them.
     *
     * @param adjournments the adjournments, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder adjournments(Iterable<? extends Adjournment> adjournments) {
      BuilderLists.replace(this.adjournments, adjournments, "adjournments");
      return this;
    }

    /**
     * Sets the venue.
     *
     * @param venue where people met
     * @return this builder
     * @throws NullPointerException if {@code venue} is null
     */
    public Builder venue(Venue venue) {
      return venue(Optional.of(Objects.requireNonNull(venue, "venue")));
    }

    /**
     * Replaces the venue, or removes it with {@link Optional#empty()} (a session held online only,
     * or one whose place the minutes do not give).
     *
     * @param venue where people met, if anywhere
     * @return this builder
     * @throws NullPointerException if {@code venue} is null
     * @since 0.3.0
     */
    public Builder venue(Optional<Venue> venue) {
      this.venue = Objects.requireNonNull(venue, "venue");
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
      return new Session(date, start, end, venue, online, attendance, adjournments);
    }
  }
}
