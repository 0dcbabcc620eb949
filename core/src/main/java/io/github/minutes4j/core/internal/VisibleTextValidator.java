package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.validation.VisibleText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link VisibleText}: a paragraph has a span with a character that shows, by the rule that
 * makes a text blank for {@link TextValidator}. The annotation's message is the violation's.
 */
public final class VisibleTextValidator
    implements ConstraintValidator<VisibleText, Block.Paragraph> {

  /** Creates a validator. */
  public VisibleTextValidator() {}

  @Override
  public boolean isValid(Block.Paragraph paragraph, ConstraintValidatorContext context) {
    if (paragraph == null || paragraph.content().isEmpty()) {
      return true; // no paragraph, or no span: @NotEmpty says so
    }
    for (Inline span : paragraph.content()) {
      if (!TextValidator.showsNothing(span.text())) {
        return true;
      }
    }
    return false;
  }
}
