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
    @PositiveOrZero @Max(1_000_000) int yes,
    @PositiveOrZero @Max(1_000_000) int no,
    @PositiveOrZero @Max(1_000_000) int abstained) {}
