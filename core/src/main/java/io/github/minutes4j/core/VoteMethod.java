package io.github.minutes4j.core;

/**
 * How a vote was taken.
 *
 * @since 0.3.0
 */
public enum VoteMethod {
  /** Openly, by roll call ("öppen omröstning"): the minutes say how each member voted. */
  OPEN,
  /** By secret ballot ("sluten omröstning"): the minutes give the totals only. */
  CLOSED
}
