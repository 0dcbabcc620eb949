package io.github.minutes4j.core.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;

/** Helpers for the messages our constraint validators report. */
final class Messages {

  private Messages() {}

  /**
   * Replaces the constraint's default message with a precise one.
   *
   * @param context the validator context
   * @param message the message, used literally (braces and dollar signs are escaped)
   */
  static void replace(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
  }

  /**
   * Replaces the constraint's default message with one reported on a property below the
   * validated object.
   *
   * @param context the validator context
   * @param property the property name
   * @param message the message, used literally
   */
  static void replaceOn(ConstraintValidatorContext context, String property, String message) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(escape(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  /**
   * Writes a character as {@code U+0007}.
   *
   * @param c the character
   * @return its code point in Unicode notation
   */
  static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /**
   * Says which character a string has, and where: {@code contains the noncharacter U+FDD0 at index
   * 3}.
   *
   * @param name what the character is, such as "the noncharacter"
   * @param codePoint the character
   * @param index its index in the string, in UTF-16 code units
   * @return the start of a message
   */
  static String contains(String name, int codePoint, int index) {
    return "contains " + name + " " + codePoint(codePoint) + " at index " + index;
  }

  static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
