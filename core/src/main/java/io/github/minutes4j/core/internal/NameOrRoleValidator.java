package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.validation.NameOrRole;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NameOrRole}. */
public final class NameOrRoleValidator implements ConstraintValidator<NameOrRole, Person> {

  /** Creates a validator. */
  public NameOrRoleValidator() {}

  @Override
  public boolean isValid(Person person, ConstraintValidatorContext context) {
    return person == null || person.name().isPresent() || person.role().isPresent();
  }
}
