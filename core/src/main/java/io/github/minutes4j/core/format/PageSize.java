package io.github.minutes4j.core.format;

/**
 * The paper size of paged formats such as PDF. Other formats ignore it.
 *
 * @since 0.1.0
 */
public enum PageSize {
  /** ISO A4, 210 × 297 mm. */
  A4,
  /** US Letter, 8.5 × 11 in. */
  LETTER
}
