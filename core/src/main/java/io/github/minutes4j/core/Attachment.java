package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A document attached to the minutes ("bilaga"). Agenda items refer to it by its number.
 *
 * @param number its number, such as "1"; unique within the minutes
 * @param title its title
 * @param reference where it is kept, such as a case number or an address, if given; shown as text
 *     and never fetched
 * @since 0.3.0
 */
public record Attachment(@Text String number, @Text String title, Optional<@Text String> reference) {

  /**
   * Creates an attachment.
   *
   * @param number its number
   * @param title its title
   * @param reference where it is kept, if given
   * @throws NullPointerException if an argument is null
   */
  public Attachment {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * An attachment with no reference.
   *
   * @param number its number
   * @param title its title
   * @return the attachment
   * @throws NullPointerException if an argument is null
   */
  public static Attachment of(String number, String title) {
    return new Attachment(number, title, Optional.empty());
  }
}
