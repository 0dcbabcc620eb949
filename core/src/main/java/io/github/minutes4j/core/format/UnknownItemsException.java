package io.github.minutes4j.core.format;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Minutes4jException;
import java.util.List;

/**
 * Thrown when the options ask for an {@linkplain ExportOptions#withExtract(List) extract} of
 * items that the minutes do not have: numbers that none of {@link Minutes#itemNumbers()} shows.
 * The message names the numbers asked for in vain and lists those the minutes show, or, if their
 * items have no numbers, says how to number them. Exporters throw it before they write anything.
 *
 * <p>A {@link Minutes4jException}, so that one {@code catch} handles it with minutes4j's other
 * failures.
 *
 * @since 0.3.0
 */
public final class UnknownItemsException extends Minutes4jException {

  private static final long serialVersionUID = 1L;

  /** @serial the numbers asked for that the minutes do not show, as the options give them */
  private final List<String> unknown;

  /** @serial the numbers the minutes show, in the agenda's order */
  private final List<String> known;

  /**
   * Creates the exception.
   *
   * @param unknown the numbers asked for that the minutes do not show; at least one
   * @param known the numbers the minutes show
   */
  UnknownItemsException(List<String> unknown, List<String> known) {
    super(messageOf(unknown, known));
    this.unknown = List.copyOf(unknown);
    this.known = List.copyOf(known);
  }

  /**
   * The numbers asked for that the minutes do not show, as the options give them.
   *
   * @return the numbers, such as {@code ["§ 120"]}; never empty
   */
  public List<String> unknown() {
    return unknown;
  }

  /**
   * The numbers the minutes show, in the agenda's order.
   *
   * @return the numbers, such as {@code ["§ 112", "§ 113"]}; empty if the items have no numbers
   */
  public List<String> known() {
    return known;
  }

  private static String messageOf(List<String> unknown, List<String> known) {
    return "The extract asks for "
        + quoted(unknown)
        + ", which the minutes do not have; "
        + (known.isEmpty()
            ? "their items have no numbers (set firstParagraph or the items' numbers)"
            : "their items are " + quoted(known));
  }

  private static String quoted(List<String> numbers) {
    StringBuilder text = new StringBuilder();
    for (String number : numbers) {
      text.append(text.length() == 0 ? "" : ", ").append('"').append(number).append('"');
    }
    return text.toString();
  }
}
