package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.validation.FourDigitYear;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link FourDigitYear}. */
public final class FourDigitYearValidator implements ConstraintValidator<FourDigitYear, LocalDate> {

  /** Creates a validator. */
  public FourDigitYearValidator() {}

  @Override
  public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
    if (date == null) {
      return true; // The model refuses null at construction.
    }
    String problem = problemOf(date);
    if (problem == null) {
      return true;
    }
    Messages.replace(context, problem);
    return false;
  }

  /**
   * Says what is wrong with a date, or returns null when nothing is.
   *
   * @param date the date
   * @return the problem, or null
   */
  static String problemOf(LocalDate date) {
    int year = date.getYear();
    if (year >= FourDigitYear.MIN && year <= FourDigitYear.MAX) {
      return null;
    }
    return "is "
        + date
        + ", in the year "
        + year
        + "; minutes can only be dated from the year "
        + FourDigitYear.MIN
        + " to "
        + FourDigitYear.MAX
        + " (what HTML, PDF and JSON dates can hold), so correct the year";
  }
}
