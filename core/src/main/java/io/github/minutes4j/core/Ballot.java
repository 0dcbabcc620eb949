package io.github.minutes4j.core;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * One member's vote in an open vote (a roll call).
 *
 * @param voter who voted; an attendee who takes part in decisions, when the minutes list their
 *     attendees
 * @param choice how they voted
 * @since 0.3.0
 */
public record Ballot(@Valid Person voter, VoteChoice choice) {

  /**
   * Creates a ballot.
   *
   * @param voter who voted
   * @param choice how they voted
   * @throws NullPointerException if an argument is null
   */
  public Ballot {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(choice, "choice");
  }

  /**
   * A ballot by a named member.
   *
   * @param name the member's name
   * @param choice how they voted
   * @return the ballot
   * @throws NullPointerException if an argument is null
   */
  public static Ballot of(String name, VoteChoice choice) {
    return new Ballot(Person.named(name), choice);
  }
}
