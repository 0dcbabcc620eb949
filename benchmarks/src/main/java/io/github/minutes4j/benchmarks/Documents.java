package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes;

/** The documents the benchmarks measure, by the names used in {@code @Param}. */
public final class Documents {

  /** The 2 June 2022 reference document: one session, four items, 20 participants. */
  public static final String JUNE_2022 = "june2022";

  /** The 9-10 December 2021 reference document: two sessions, a GAP analysis, no participants. */
  public static final String DECEMBER_2021 = "december2021";

  /**
   * {@link FormalReferenceMinutes#committeeProtokoll()}: a Swedish committee's protokoll, § 112-119,
   * with a roll-call vote, reservations, attendees, adjustment and notice.
   */
  public static final String PROTOKOLL_2026 = "protokoll2026";

  /**
   * {@link FormalReferenceMinutes#annualGeneralMeeting()}: an English AGM with motions, a secret
   * ballot, decisions and action items.
   */
  public static final String AGM_2026 = "agm2026";

  /** {@link LargeMinutes#large()}: 500 agenda items, 10,000 participants. */
  public static final String LARGE = "large";

  private Documents() {}

  /**
   * A document by name.
   *
   * @param name {@value #JUNE_2022}, {@value #DECEMBER_2021}, {@value #PROTOKOLL_2026}, {@value
   *     #AGM_2026} or {@value #LARGE}
   * @return the minutes
   */
  public static Minutes byName(String name) {
    switch (name) {
      case JUNE_2022:
        return ReferenceMinutes.june2022();
      case DECEMBER_2021:
        return ReferenceMinutes.december2021();
      case PROTOKOLL_2026:
        return FormalReferenceMinutes.committeeProtokoll();
      case AGM_2026:
        return FormalReferenceMinutes.annualGeneralMeeting();
      case LARGE:
        return LargeMinutes.large();
      default:
        throw new IllegalArgumentException("no document named " + name);
    }
  }
}
