package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.ConsistentProceedings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentProceedings}. */
public final class ConsistentProceedingsValidator
    implements ConstraintValidator<ConsistentProceedings, Minutes> {

  /** Creates a validator. */
  public ConsistentProceedingsValidator() {}

  @Override
  public boolean isValid(Minutes minutes, ConstraintValidatorContext context) {
    return true;
  }
}
