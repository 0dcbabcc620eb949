package io.github.minutes4j.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The totals of a vote.
 *
 * @param yes the votes for yes
 * @param no the votes for no
 * @param abstained those who abstained
 * @since 0.3.0
 */
public record Tally(
    @PositiveOrZero(message = "must be zero or more") @Max(value = 1_000_000, message = "must be at most 1000000") int yes,
    @PositiveOrZero(message = "must be zero or more") @Max(value = 1_000_000, message = "must be at most 1000000") int no,
    @PositiveOrZero(message = "must be zero or more") @Max(value = 1_000_000, message = "must be at most 1000000") int abstained) {}
