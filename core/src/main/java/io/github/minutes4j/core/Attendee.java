package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a formal protokoll's attendance: a person, the part they play in the body, their
 * party or group, whether they were present, and when they arrived or left if not for the whole
 * meeting.
 *
 * <p>Arrival and departure are inclusive: a member who {@linkplain #arrived() arrived} at § 3 took
 * part in § 3, and one who {@linkplain #left() left} at § 5 took part in § 5 and not after it.
 *
 * @param person who; the name is required ({@link
 *     io.github.minutes4j.core.validation.MinutesValidator} refuses an attendee known only by a
 *     role)
 * @param role the part they play in the body
 * @param group their party or group, such as "S" or "Centerpartiet", if the minutes give one
 * @param substituteFor for a {@link MemberRole#SERVING_SUBSTITUTE}, the name of the member they
 *     serve for, who must be an attendee of the body, and not present while the substitute
 *     serves (so usually absent, or arriving or leaving when the substitute leaves or arrives);
 *     empty for every other role
 * @param present whether they attended; an absent member is listed too
 * @param arrived when they arrived, if after the start
 * @param left when they left, if before the end
 * @since 0.3.0
 */
public record Attendee(
    @Valid Person person,
    MemberRole role,
    Optional<@Text String> group,
    Optional<@Text String> substituteFor,
    boolean present,
    Optional<@Valid Moment> arrived,
    Optional<@Valid Moment> left) {

  /**
   * Creates an attendee.
   *
   * @param person who
   * @param role the part they play in the body
   * @param group their party or group, if given
   * @param substituteFor the member a serving substitute serves for
   * @param present whether they attended
   * @param arrived when they arrived, if after the start
   * @param left when they left, if before the end
   * @throws NullPointerException if an argument is null (use {@link Optional#empty()})
   */
  public Attendee {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(substituteFor, "substituteFor");
    Objects.requireNonNull(arrived, "arrived");
    Objects.requireNonNull(left, "left");
  }

  /**
   * A person present for the whole meeting, in a role, with no group.
   *
   * @param name the person's name
   * @param role the part they play in the body
   * @return the attendee
   * @throws NullPointerException if an argument is null
   */
  public static Attendee present(String name, MemberRole role) {
    return present(Person.named(name), role);
  }

  /**
   * A person present for the whole meeting, in a role, with no group: one whose title or
   * organisation the minutes give, such as an official ({@code
   * Person.named("Karl Ström").withRole("förvaltningschef")}).
   *
   * @param person who; a named person
   * @param role the part they play in the body
   * @return the attendee
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public static Attendee present(Person person, MemberRole role) {
    return new Attendee(
        person, role, Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty());
  }

  /**
   * A member of the body who was absent.
   *
   * @param name the person's name
   * @param role the part they have in the body
   * @return the attendee, not present
   * @throws NullPointerException if an argument is null
   */
  public static Attendee absent(String name, MemberRole role) {
    return present(name, role).withPresent(false);
  }

  /**
   * A serving substitute, present, serving for a member.
   *
   * @param name the substitute's name
   * @param member the name of the member they serve for
   * @return the attendee
   * @throws NullPointerException if an argument is null
   */
  public static Attendee servingFor(String name, String member) {
    return new Attendee(
        Person.named(name),
        MemberRole.SERVING_SUBSTITUTE,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(member, "member")),
        true,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * This attendee in a party or group.
   *
   * @param group the party or group, such as "S"
   * @return a copy with the group
   * @throws NullPointerException if {@code group} is null
   */
  public Attendee withGroup(String group) {
    return withGroup(Optional.of(Objects.requireNonNull(group, "group")));
  }

  /**
   * This attendee in a party or group, or in none with {@link Optional#empty()}.
   *
   * @param group the party or group, if the minutes give one
   * @return a copy
   * @throws NullPointerException if {@code group} is null
   * @since 0.3.0
   */
  public Attendee withGroup(Optional<String> group) {
    return new Attendee(person, role, group, substituteFor, present, arrived, left);
  }

  /**
   * This attendee, present or not.
   *
   * @param present whether they attended
   * @return a copy
   */
  public Attendee withPresent(boolean present) {
    return new Attendee(person, role, group, substituteFor, present, arrived, left);
  }

  /**
   * This attendee, arriving at a moment.
   *
   * @param moment when they arrived, such as {@code Moment.atParagraph("§ 3")}
   * @return a copy
   * @throws NullPointerException if {@code moment} is null
   */
  public Attendee withArrival(Moment moment) {
    return withArrival(Optional.of(Objects.requireNonNull(moment, "moment")));
  }

  /**
   * This attendee, arriving at a moment, or from the start with {@link Optional#empty()}.
   *
   * @param arrived when they arrived, if after the start
   * @return a copy
   * @throws NullPointerException if {@code arrived} is null
   * @since 0.3.0
   */
  public Attendee withArrival(Optional<Moment> arrived) {
    return new Attendee(person, role, group, substituteFor, present, arrived, left);
  }

  /**
   * This attendee, leaving at a moment.
   *
   * @param moment when they left, such as {@code Moment.atParagraph("§ 5")}
   * @return a copy
   * @throws NullPointerException if {@code moment} is null
   */
  public Attendee withDeparture(Moment moment) {
    return withDeparture(Optional.of(Objects.requireNonNull(moment, "moment")));
  }

  /**
   * This attendee, leaving at a moment, or staying to the end with {@link Optional#empty()}.
   *
   * @param left when they left, if before the end
   * @return a copy
   * @throws NullPointerException if {@code left} is null
   * @since 0.3.0
   */
  public Attendee withDeparture(Optional<Moment> left) {
    return new Attendee(person, role, group, substituteFor, present, arrived, left);
  }
}
