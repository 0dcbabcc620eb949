/**
 * The minutes model: {@link io.github.minutes4j.core.Minutes} and the immutable records it is made
 * of, with value equality, and builders for those with lists. Public API.
 *
 * <h2>Builders</h2>
 *
 * <p>Every builder in this package ({@link io.github.minutes4j.core.Minutes.Builder}, {@link
 * io.github.minutes4j.core.AgendaItem.Builder}, {@link io.github.minutes4j.core.Session.Builder})
 * follows one convention, so that a call's name says what it does:
 *
 * <ul>
 *   <li><b>Required parts are arguments of the entry point</b>, such as {@link
 *       io.github.minutes4j.core.Minutes#builder Minutes.builder(language, organiser, kind, title,
 *       date)}. Nothing is given a made-up default; what a builder starts with is "none" or "not
 *       stated". A required list that can only be filled later (a meeting's sessions) is refused by
 *       {@link io.github.minutes4j.core.validation.MinutesValidator} with its path and a fix.
 *   <li><b>{@code addX(x)}, {@code addXs(X...)} and {@code addXs(Iterable)} append</b> after what
 *       the builder holds: {@code addSession(s)}, {@code addAgendaItems(items)}.
 *   <li><b>The method named after the component replaces</b>: {@code sessions(list)}, {@code
 *       agenda(list)}, {@code content(list)} take an {@link java.lang.Iterable} and put its
 *       elements in place of what the builder holds, so an empty list clears. A single value
 *       ({@code date(d)}, {@code venue(v)}) is replaced the same way.
 *   <li><b>An optional value is removed with {@link java.util.Optional#empty()}</b>: each
 *       component that is an {@code Optional} (a session's {@code venue}, {@code start} and {@code
 *       end}, an item's {@code number} and {@code caseReference}, the minutes' {@code chair},
 *       {@code notice} and the like) has, beside the method taking the value, one of the same name
 *       taking an {@code Optional}: {@code session.toBuilder().venue(Optional.empty())} removes the
 *       venue, and {@code venue(other.venue())} copies one as it is. {@link
 *       io.github.minutes4j.core.Attendee}'s {@code with...} methods do the same.
 *   <li>{@code toBuilder()} starts a builder from an existing value, to derive a changed copy:
 *       {@code minutes.toBuilder().sessions(List.of(s)).build()} has exactly one session.
 *   <li><b>Arguments and their elements are never null</b>, and a null never means "none": it
 *       throws {@link java.lang.NullPointerException} with the parameter's name as the message (and
 *       the element's place for an element), and leaves the builder as it was. A literal {@code
 *       chair(null)} does not compile, as it fits both {@code chair} methods; to remove the chair,
 *       write {@code chair(Optional.empty())}. The records' constructors and factories refuse
 *       null the same way. {@code build()} may be called more than once, and what it built does
 *       not change when the builder is used again. Builders are not thread-safe; what they build
 *       is immutable.
 * </ul>
 *
 * <p>Static factories make the small values: {@link io.github.minutes4j.core.Block#paragraph},
 * {@link io.github.minutes4j.core.Block#bulleted}, {@link io.github.minutes4j.core.Block#numbered},
 * {@link io.github.minutes4j.core.Attendance#onSite}, {@link
 * io.github.minutes4j.core.ParticipantList#of}, and so on.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core;
