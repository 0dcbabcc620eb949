package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A note entered in the minutes at a member's request ("protokollsanteckning").
 *
 * @param authors who asked for it, at least one
 * @param text what it says
 * @since 0.3.0
 */
public record ProtocolNote(
    @NotEmpty(message = "must have at least one author; name who asked for the note")
        @Size(max = 1_000)
        List<@Valid Person> authors,
    @Text(max = Text.LONG) String text) {

  /**
   * Creates a protocol note; the list is copied.
   *
   * @param authors who asked for it
   * @param text what it says
   * @throws NullPointerException if an argument or a list element is null
   */
  public ProtocolNote {
    authors = NonNullLists.copyOf(authors, "authors");
    Objects.requireNonNull(text, "text");
  }
}
