package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.FourDigitYear;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something to be done after the meeting: what, by whom, and by when.
 *
 * @param task what is to be done
 * @param owners who is to do it, in the minutes' order; may be empty
 * @param due by when, if a date was set; its year from 1 to 9999
 * @since 0.3.0
 */
public record ActionItem(
    @Text(max = Text.LONG) String task,
    @Size(max = 100) List<@Valid Person> owners,
    Optional<@FourDigitYear LocalDate> due) {

  /**
   * Creates an action item; the list is copied.
   *
   * @param task what is to be done
   * @param owners who is to do it
   * @param due by when, if set
   * @throws NullPointerException if an argument or a list element is null
   */
  public ActionItem {
    Objects.requireNonNull(task, "task");
    owners = NonNullLists.copyOf(owners, "owners");
    Objects.requireNonNull(due, "due");
  }
}
