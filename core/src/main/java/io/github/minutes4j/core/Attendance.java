package io.github.minutes4j.core;

import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * How many took part in a session on site and remotely, where the document says. {@link
 * #onSite(HeadCount)}, {@link #remote(HeadCount)} and {@link #of(HeadCount, HeadCount)} make one
 * without {@code null} or {@link Optional}; {@link #NOT_RECORDED} records no number.
 *
 * @param onSite the number on site, if known
 * @param remote the number taking part remotely, if known
 * @since 0.1.0
 */
public record Attendance(Optional<@Valid HeadCount> onSite, Optional<@Valid HeadCount> remote) {

  /** No attendance recorded. */
  public static final Attendance NOT_RECORDED = new Attendance(Optional.empty(), Optional.empty());

  /**
   * Creates an attendance record.
   *
   * @param onSite the number on site, if known
   * @param remote the number taking part remotely, if known
   * @throws NullPointerException if an argument is null (use {@link Optional#empty()})
   */
  public Attendance {
    Objects.requireNonNull(onSite, "onSite");
    Objects.requireNonNull(remote, "remote");
  }

  /**
   * Attendance on site only; the number taking part remotely is not recorded.
   *
   * @param onSite the number on site, such as {@code HeadCount.about(25)}
   * @return the attendance
   * @throws NullPointerException if {@code onSite} is null
   * @since 0.2.0
   */
  public static Attendance onSite(HeadCount onSite) {
    return new Attendance(Optional.of(Objects.requireNonNull(onSite, "onSite")), Optional.empty());
  }

  /**
   * Attendance remotely only; the number on site is not recorded.
   *
   * @param remote the number taking part remotely
   * @return the attendance
   * @throws NullPointerException if {@code remote} is null
   * @since 0.2.0
   */
  public static Attendance remote(HeadCount remote) {
    return new Attendance(Optional.empty(), Optional.of(Objects.requireNonNull(remote, "remote")));
  }

  /**
   * Attendance on site and remotely.
   *
   * @param onSite the number on site
   * @param remote the number taking part remotely
   * @return the attendance
   * @throws NullPointerException if an argument is null
   */
  public static Attendance of(HeadCount onSite, HeadCount remote) {
    return new Attendance(
        Optional.of(Objects.requireNonNull(onSite, "onSite")),
        Optional.of(Objects.requireNonNull(remote, "remote")));
  }

  /**
   * Whether any number is recorded.
   *
   * @return true if on-site or remote attendance is known
   */
  public boolean isRecorded() {
    return onSite.isPresent() || remote.isPresent();
  }
}
