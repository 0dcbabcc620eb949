package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.FourDigitYear;
import io.github.minutes4j.core.validation.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when the minutes are adjusted ("justering"), checked and signed by the chair and the
 * adjusters.
 *
 * @param place where, such as "Kommunkontoret"
 * @param date when; its year from 1 to 9999
 * @since 0.3.0
 */
public record Adjustment(@Text String place, @FourDigitYear LocalDate date) {

  /**
   * Creates the adjustment's place and date.
   *
   * @param place where
   * @param date when
   * @throws NullPointerException if an argument is null
   */
  public Adjustment {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
  }
}
