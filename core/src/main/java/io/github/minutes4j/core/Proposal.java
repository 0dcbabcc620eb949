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
 * A proposal made on an agenda item and not withdrawn ("yrkande"; a motion): who made it, what it
 * asks for, and its words.
 *
 * @param id a short name that votes, the order of putting and reservations use to refer to it,
 *     such as "A" or "chair"; unique within the item; empty if nothing refers to it
 * @param movers who made it, and who seconded or joined it, in the minutes' order; at least one;
 *     in minutes that list their attendees, members present at the item who take part in its
 *     decision, by name
 * @param kind what it asks for
 * @param text what it says, such as "bifall till arbetsutskottets förslag"
 * @since 0.3.0
 */
public record Proposal(
    Optional<@Text String> id,
    @NotEmpty(message = "must have at least one mover; name who made the proposal") @Size(max = 1_000)
        List<@Valid Person> movers,
    ProposalKind kind,
    @Text(max = Text.LONG) String text) {

  /**
   * Creates a proposal; the list is copied.
   *
   * @param id a short name to refer to it by, if anything does
   * @param movers who made it
   * @param kind what it asks for
   * @param text what it says
   * @throws NullPointerException if an argument or a list element is null
   */
  public Proposal {
    Objects.requireNonNull(id, "id");
    movers = NonNullLists.copyOf(movers, "movers");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A proposal with a short name, made by one person.
   *
   * @param id the short name, such as "A"
   * @param mover who made it
   * @param kind what it asks for
   * @param text what it says
   * @return the proposal
   * @throws NullPointerException if an argument is null
   */
  public static Proposal of(String id, Person mover, ProposalKind kind, String text) {
    return new Proposal(
        Optional.of(Objects.requireNonNull(id, "id")),
        List.of(Objects.requireNonNull(mover, "mover")),
        kind,
        text);
  }
}
