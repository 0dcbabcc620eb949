package io.github.minutes4j.core;

/**
 * How one member voted in an open vote.
 *
 * @since 0.3.0
 */
public enum VoteChoice {
  /** Yes ("ja"). */
  YES,
  /** No ("nej"). */
  NO,
  /** Abstained ("avstår"). */
  ABSTAIN
}
