package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list of participants, under the document's own heading or, without one, under the language's
 * label ("Deltagarförteckning", "List of participants"; see {@link
 * io.github.minutes4j.core.text.Labels#participantsHeading(ParticipantList)}). A heading is kept as
 * the document gives it ("Deltagarförteckning 28/4"), even where its date differs from the
 * meeting's.
 *
 * @param heading the list's own heading; empty to use the language's label
 * @param entries the rows, in the document's order; may be empty
 * @since 0.1.0
 */
public record ParticipantList(
    Optional<@Text String> heading, @Size(max = 100_000) List<@Valid Participant> entries) {

  /**
   * Creates a participant list; the list is copied.
   *
   * @param heading the list's own heading; empty to use the language's label
   * @param entries the rows, in the document's order; may be empty
   * @throws NullPointerException if an argument or an entry is null (use {@link Optional#empty()})
   */
  public ParticipantList {
    Objects.requireNonNull(heading, "heading");
    entries = NonNullLists.copyOf(entries, "entries");
  }

  /**
   * A participant list under the language's label, such as "Deltagarförteckning".
   *
   * @param entries the rows, in the document's order; the list is copied
   * @return the participant list
   * @throws NullPointerException if the list or an entry is null
   * @since 0.2.0
   */
  public static ParticipantList of(List<Participant> entries) {
    return new ParticipantList(Optional.empty(), entries);
  }

  /**
   * A participant list under the document's own heading.
   *
   * @param heading the heading as the document gives it, such as "Deltagarförteckning 28/4"
   * @param entries the rows, in the document's order; the list is copied
   * @return the participant list
   * @throws NullPointerException if an argument or an entry is null
   * @since 0.2.0
   */
  public static ParticipantList headed(String heading, List<Participant> entries) {
    return new ParticipantList(Optional.of(Objects.requireNonNull(heading, "heading")), entries);
  }
}
