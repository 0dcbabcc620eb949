package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.FourDigitYear;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The notice that the minutes have been adjusted ("anslag"), posted on the body's notice board;
 * the time for appeal runs from the day it goes up. The body and the meeting's date come from the
 * minutes.
 *
 * @param posted the day the notice goes up; its year from 1 to 9999
 * @param removed the day it comes down; after {@code posted}
 * @param storedAt where the minutes are kept, such as "Kommunkontoret, Storgatan 1"
 * @param certifiedBy who signs the notice, if the minutes say
 * @since 0.3.0
 */
public record Notice(
    @FourDigitYear LocalDate posted,
    @FourDigitYear LocalDate removed,
    @Text String storedAt,
    Optional<@Valid Person> certifiedBy) {

  /**
   * Creates the notice data.
   *
   * @param posted the day the notice goes up
   * @param removed the day it comes down
   * @param storedAt where the minutes are kept
   * @param certifiedBy who signs the notice, if given
   * @throws NullPointerException if an argument is null
   */
  public Notice {
    Objects.requireNonNull(posted, "posted");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(storedAt, "storedAt");
    Objects.requireNonNull(certifiedBy, "certifiedBy");
  }
}
