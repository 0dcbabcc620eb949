package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.VisibleTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rule that a paragraph shows something: at least one of its spans has a character that
 * shows. A plain span may be blank ({@link Text#allowBlank()}), as the space between two strong
 * spans, but a paragraph whose every span holds only white space (no-break spaces included) and
 * invisible characters (such as U+200B zero width space), the characters that make a {@link Text}
 * blank, would print as an empty paragraph or list item.
 *
 * <p>The model declares it on {@link io.github.minutes4j.core.Block.Paragraph}, so it applies to
 * every paragraph, the items of a list included; applications need not apply it themselves. Its
 * validator is internal.
 *
 * @since 0.3.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = VisibleTextValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface VisibleText {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default
      "shows nothing: every span holds only white space and invisible characters; write the"
          + " text, or remove the paragraph";

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
