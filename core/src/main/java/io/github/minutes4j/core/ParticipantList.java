package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A list of participants under its own heading. The heading is kept as the document gives it
 * ("Deltagarförteckning 28/4"), even where its date differs from the meeting's.
 *
 * @param heading the list's heading
 * @param entries the rows, in the document's order; may be empty
 * @since 0.1.0
 */
public record ParticipantList(
    @Text String heading, @Size(max = 100_000) List<@Valid Participant> entries) {

  /**
   * Creates a participant list; the list is copied.
   *
   * @param heading the list's heading
   * @param entries the rows, in the document's order; may be empty
   * @throws NullPointerException if an argument or an entry is null
   */
  public ParticipantList {
    Objects.requireNonNull(heading, "heading");
    entries = List.copyOf(entries);
  }
}
