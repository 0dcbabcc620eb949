package io.github.minutes4j.core;

/**
 * The part a person plays in the body that meets, as a formal protokoll lists its attendance.
 *
 * @since 0.3.0
 */
public enum MemberRole {
  /**
   * The chair of the body ("ordförande", "Vorsitzende"). More than one attendee may have this role
   * (a joint meeting of two bodies, co-chairs), and the one who chaired the meeting, {@link
   * Minutes#chair()}, may have another (the vice chair or the eldest member in the chair's
   * absence).
   */
  CHAIR,
  /** The vice chair ("vice ordförande"). */
  VICE_CHAIR,
  /** A member ("ledamot"). */
  MEMBER,
  /**
   * A substitute who serves in place of a member ("tjänstgörande ersättare"); {@link
   * Attendee#substituteFor()} names the member.
   */
  SERVING_SUBSTITUTE,
  /** A substitute who attends without serving ("ersättare"). */
  SUBSTITUTE,
  /** An official of the organisation, such as a clerk or an officer ("tjänsteperson"). */
  OFFICIAL,
  /** Anyone else who attends ("övriga"). */
  OTHER;

  /**
   * Whether a person in this role takes part in decisions: the chair, the vice chair, members and
   * serving substitutes.
   *
   * @return true for a role that decides
   */
  public boolean decides() {
    return this == CHAIR || this == VICE_CHAIR || this == MEMBER || this == SERVING_SUBSTITUTE;
  }
}
