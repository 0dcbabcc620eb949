package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reservation against a decision ("reservation"): members who voted against it and want that
 * recorded, with their written reasons if they gave them.
 *
 * @param members who reserved themselves, at least one
 * @param decision the {@linkplain Decision#id() id} of the decision it is against; empty for the
 *     item's only decision
 * @param text the written reservation, if one was handed in
 * @since 0.3.0
 */
public record Reservation(
    @NotEmpty(message = "must have at least one member; name who reserved themselves")
        @Size(max = 1_000)
        List<@Valid Person> members,
    Optional<@Text String> decision,
    Optional<@Text(max = Text.LONG) String> text) {

  /**
   * Creates a reservation; the list is copied.
   *
   * @param members who reserved themselves
   * @param decision the id of the decision it is against, if the item has more than one
   * @param text the written reservation, if any
   * @throws NullPointerException if an argument or a list element is null
   */
  public Reservation {
    members = NonNullLists.copyOf(members, "members");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(text, "text");
  }
}
