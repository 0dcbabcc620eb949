package io.github.minutes4j.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.minutes4j.core.internal.ConsistentProceedingsValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules that tie the parts of formal {@link io.github.minutes4j.core.Minutes} together:
 * paragraph numbers are unique, and every reference between parts names something that exists
 * (proposals in votes and in the order of putting, decisions in reservations, attachments, agenda
 * items in arrivals and departures, the member a substitute serves for); an open vote's totals
 * match its ballots; the chair and the adjusters are present attendees. Each violation is
 * reported at the path of the part that is wrong, such as {@code agenda[3].votes[0].tally}.
 *
 * <p>In detail: item numbers as shown ({@link io.github.minutes4j.core.Minutes#itemNumbers()}),
 * attachment numbers, and the ids of an item's proposals and of its decisions are unique; the order
 * of putting names each proposal of the item at most once; a vote is between two different
 * proposals of the item, a closed vote has no ballots, and nobody votes twice; a reservation names
 * a decision of the item (it may leave it out when the item has exactly one); an item names an
 * attachment once. Attendees have a name, each their own; only a serving substitute serves for
 * someone, and names a member, the chair or the vice chair among the attendees, for whom no other
 * substitute serves; an absent attendee neither arrives nor leaves; a moment has a paragraph or a
 * time, its paragraph is an item's shown number, and nobody leaves before arriving. People are
 * matched by name, as a reader sees it: in Unicode's composed form, with each run of white space (a
 * no-break space too) one space. In minutes that list attendees, the chair is a present attendee;
 * the adjusters, movers of proposals, voters and reserving members are present attendees who take
 * part in decisions (adjusters other than the chair; movers, voters and reserving members at the
 * item, by their arrival and departure); a closed vote counts no more votes than they are; members
 * with a conflict of interest are attendees. Members with a conflict of interest neither make a
 * proposal, vote nor reserve themselves on that item. The minutes are adjusted at or after the
 * meeting, the notice goes up on or after the adjustment and comes down after it goes up, and the
 * next meeting is after the last session.
 *
 * <p>The model declares it on {@code Minutes}; applications need not apply it themselves. Its
 * validator is internal.
 *
 * @since 0.3.0
 */
@Documented
@SuppressWarnings("exports") // The validator class is internal; the engine finds it.
@Constraint(validatedBy = ConsistentProceedingsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentProceedings {

  /**
   * The message.
   *
   * @return the message template
   */
  String message() default "is inconsistent";

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
