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
   * Adds a violation on a property path below the validated object, such as {@code end}, {@code
   * adjournments[1]} or {@code adjournments[1].end}; the caller disables the default violation
   * once. Each dot-separated part is a property name, optionally followed by one list index.
   *
   * @param context the validator context
   * @param path the property path
   * @param message the message, used literally
   */
  static void addAt(ConstraintValidatorContext context, String path, String message) {
    ConstraintValidatorContext.ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(escape(message));
    PathNodes nodes = new PathNodes(builder);
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      nodes.property(bracket < 0 ? part : part.substring(0, bracket));
      if (bracket >= 0) {
        nodes.index(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
      }
    }
    nodes.add();
  }

  /**
   * Builds a property path node by node. Bean Validation puts a list index on the node after the
   * list, so an index is held until the next property, or a bean node at the end.
   */
  private static final class PathNodes {
    private final ConstraintValidatorContext.ConstraintViolationBuilder builder;
    private ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext
        last;
    private ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext
        indexed;
    private Integer pending;

    PathNodes(ConstraintValidatorContext.ConstraintViolationBuilder builder) {
      this.builder = builder;
    }

    void property(String name) {
      ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node =
          indexed != null
              ? indexed.addPropertyNode(name)
              : last != null ? last.addPropertyNode(name) : builder.addPropertyNode(name);
      if (pending != null) {
        indexed = node.inIterable().atIndex(pending);
        last = null;
        pending = null;
      } else {
        last = node;
        indexed = null;
      }
    }

    void index(int index) {
      pending = index;
    }

    void add() {
      if (pending != null) {
        (indexed != null ? indexed.addBeanNode() : last.addBeanNode())
            .inIterable()
            .atIndex(pending)
            .addConstraintViolation();
      } else if (indexed != null) {
        indexed.addConstraintViolation();
      } else {
        last.addConstraintViolation();
      }
    }
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
