package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision on an agenda item ("beslut"): an introduction, and the numbered clauses it decides,
 * as in "Kommunstyrelsen beslutar att 1. ... 2. ...".
 *
 * @param id a short name that reservations use to refer to it, unique within the item; empty if
 *     nothing refers to it or the item has one decision
 * @param introduction the words before the clauses, such as "Kommunstyrelsen beslutar att", or
 *     the whole decision when it has no clauses, such as "Protokollet läggs till handlingarna."
 * @param clauses the clauses, in order; exporters number them from 1; may be empty
 * @since 0.3.0
 */
public record Decision(
    Optional<@Text String> id,
    @Text(max = Text.LONG) String introduction,
    @Size(max = 1_000) List<@Text(max = Text.LONG) String> clauses) {

  /**
   * Creates a decision; the list is copied.
   *
   * @param id a short name to refer to it by, if anything does
   * @param introduction the words before the clauses, or the whole decision
   * @param clauses the clauses, in order
   * @throws NullPointerException if an argument or a list element is null
   */
  public Decision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(introduction, "introduction");
    clauses = NonNullLists.copyOf(clauses, "clauses");
  }

  /**
   * A decision with no id.
   *
   * @param introduction the words before the clauses, or the whole decision
   * @param clauses the clauses, in order
   * @return the decision
   * @throws NullPointerException if an argument or a clause is null
   */
  public static Decision of(String introduction, String... clauses) {
    return new Decision(Optional.empty(), introduction, NonNullLists.of("clauses", clauses));
  }
}
