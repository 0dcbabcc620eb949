package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.ModelWalk;
import java.time.LocalDate;

/**
 * Receives every text, link, person and date of a set of {@link Minutes}, each with its path, from
 * {@link #walk(Minutes, MinutesVisitor)}: for an exporter that checks each character against its
 * fonts, collects the text for a search index, or lists the links, without walking the model by
 * hand, and without missing what a later version of the model adds.
 *
 * <p>A path is written the way {@link io.github.minutes4j.core.validation.MinutesValidator}
 * writes the paths of violations: component names joined with dots, list positions in brackets,
 * an optional value at the path of its component: {@code title}, {@code
 * agenda[2].presenters[0].name}, {@code participants.entries[4].link.address}. The root, the
 * minutes themselves, has the empty path.
 *
 * <p>The walk goes depth first, in the order of each record's components (so {@code language},
 * {@code organiser}, ..., {@code title}, {@code sessions}, {@code agenda}, ... for the minutes),
 * and lists in their order. Empty optional values and empty lists give nothing. Values that are
 * none of text, link, person or date (numbers, flags, times, kinds and other enumerations) are not
 * reported; the records that hold them are, to {@link #enter}.
 *
 * <p>Every method does nothing by default; implement those you need. A visitor may throw an
 * unchecked exception to stop the walk; it reaches the caller of {@code walk} unchanged.
 *
 * @since 0.2.0
 */
public interface MinutesVisitor {

  /**
   * Walks minutes, calling the visitor for everything they hold, in the order described above.
   * Thread-safe; the minutes are not changed.
   *
   * @param minutes the minutes; never null
   * @param visitor what to call; never null
   * @throws NullPointerException if an argument is null
   */
  static void walk(Minutes minutes, MinutesVisitor visitor) {
    ModelWalk.walk(minutes, visitor);
  }

  /**
   * Called for every record of the model on the way down, before what it holds: the minutes
   * ({@code ""}), the organiser, each session, agenda item, block, span, person, link, link target,
   * participant, and so on.
   *
   * @param path where the record is, such as {@code agenda[0].content[1]}; never null
   * @param part the record; never null
   * @return whether to walk what the record holds; true by default. Return false to skip it, such
   *     as the participant list ({@code "participants"}) when a page leaves it out
   */
  default boolean enter(String path, Record part) {
    return true;
  }

  /**
   * Called for every string: headings, names, roles, running text, network codes and link
   * addresses. The text is as the minutes hold it, not normalised.
   *
   * @param path where the text is, such as {@code agenda[2].heading} or {@code
   *     agenda[0].links[1].target.address}; never null
   * @param text the text; never null, possibly white space only (a plain span between two strong
   *     ones)
   */
  default void text(String path, String text) {}

  /**
   * Called for every link target, of a link under an agenda item, a link in running text, or a
   * participant's link, before {@link #enter} and {@link #text} for its address.
   *
   * @param path where the target is, such as {@code agenda[0].links[1].target}; never null
   * @param target the target, with an address or a placeholder; never null
   */
  default void link(String path, LinkTarget target) {}

  /**
   * Called for every person (presenters and note-takers), before {@link #enter} and {@link #text}
   * for the person's name, role and organisation.
   *
   * @param path where the person is, such as {@code noteTakers[1]}; never null
   * @param person the person; never null
   */
  default void person(String path, Person person) {}

  /**
   * Called for every date: the document's and each session's.
   *
   * @param path where the date is, such as {@code date} or {@code sessions[1].date}; never null
   * @param date the date; never null
   */
  default void date(String path, LocalDate date) {}
}
