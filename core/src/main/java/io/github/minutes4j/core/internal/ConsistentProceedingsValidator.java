package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Tally;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteChoice;
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.core.validation.ConsistentProceedings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks {@link ConsistentProceedings}: the references between the parts of formal minutes, each
 * violation at the path of the part that is wrong. Minutes without the parts of formal minutes
 * (those of version 0.2) have nothing to check here, except that their item numbers are unique.
 *
 * <p>People are matched by name: an attendee, the chair, an adjuster, a voter, a member with a
 * conflict of interest and a reserving member are the same person when their names are equal.
 * The rules that tie people to the attendance apply only when the minutes list attendees.
 */
public final class ConsistentProceedingsValidator
    implements ConstraintValidator<ConsistentProceedings, Minutes> {

  /** How many of the allowed values a message lists before it stops. */
  private static final int LISTED = 10;

  /** Creates a validator. */
  public ConsistentProceedingsValidator() {}

  @Override
  public boolean isValid(Minutes minutes, ConstraintValidatorContext context) {
    if (minutes == null) {
      return true;
    }
    Check check = new Check(minutes);
    check.run();
    if (check.problems.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Map.Entry<String, String> problem : check.problems) {
      Messages.addAt(context, problem.getKey(), problem.getValue());
    }
    return false;
  }

  /** One run over one set of minutes; not shared. */
  private static final class Check {
    private final Minutes minutes;
    private final List<Map.Entry<String, String>> problems = new ArrayList<>();
    private final List<Optional<String>> numbers;
    /** Each shown item number, to the index of the first item shown with it. */
    private final Map<String, Integer> items = new LinkedHashMap<>();
    /** The numbers of the minutes' attachments, in order. */
    private final Set<String> attachmentNumbers;
    /** Each attendee's name, to the index of the first attendee with it. */
    private final Map<String, Integer> attendees = new HashMap<>();

    Check(Minutes minutes) {
      this.minutes = minutes;
      this.numbers = minutes.itemNumbers();
      this.attachmentNumbers = new LinkedHashSet<>();
      for (Attachment attachment : minutes.attachments()) {
        attachmentNumbers.add(attachment.number());
      }
    }

    void problem(String path, String message) {
      problems.add(Map.entry(path, message));
    }

    void run() {
      itemNumbers();
      attachments();
      attendance();
      chairAndAdjusters();
      for (int i = 0; i < minutes.agenda().size(); i++) {
        item(i, minutes.agenda().get(i));
      }
      dates();
    }

    private void itemNumbers() {
      for (int i = 0; i < numbers.size(); i++) {
        if (numbers.get(i).isEmpty()) {
          continue;
        }
        String number = numbers.get(i).get();
        Integer first = items.putIfAbsent(number, i);
        if (first != null) {
          boolean counted = minutes.agenda().get(i).number().isEmpty();
          problem(
              "agenda[" + i + "].number",
              counted
                  ? "is empty, so the item is numbered '"
                      + number
                      + "' by its place (from firstParagraph), which agenda["
                      + first
                      + "] already has; give each item its own number"
                  : "repeats the number '"
                      + number
                      + "' of agenda["
                      + first
                      + "]; give each item its own number");
        }
      }
    }

    private void attachments() {
      Map<String, Integer> seen = new HashMap<>();
      List<Attachment> attachments = minutes.attachments();
      for (int i = 0; i < attachments.size(); i++) {
        Integer first = seen.putIfAbsent(attachments.get(i).number(), i);
        if (first != null) {
          problem(
              "attachments[" + i + "].number",
              "repeats the number '"
                  + attachments.get(i).number()
                  + "' of attachments["
                  + first
                  + "]; give each attachment its own number");
        }
      }
    }

    private void attendance() {
      List<Attendee> list = minutes.attendees();
      for (int a = 0; a < list.size(); a++) {
        Optional<String> name = list.get(a).person().name();
        if (name.isEmpty()) {
          problem(
              "attendees[" + a + "].person.name",
              "must be given: an attendee is known by name (their part in the body is the role)");
          continue;
        }
        Integer first = attendees.putIfAbsent(name.get(), a);
        if (first != null) {
          problem(
              "attendees[" + a + "].person.name",
              "repeats '"
                  + name.get()
                  + "' of attendees["
                  + first
                  + "]; list each person once (a substitute who serves for part of the meeting"
                  + " is listed once, with arrival or departure)");
        }
      }
      Map<String, Integer> servedFor = new HashMap<>();
      for (int a = 0; a < list.size(); a++) {
        Attendee attendee = list.get(a);
        String at = "attendees[" + a + "]";
        substitute(a, attendee, servedFor);
        if (!attendee.present()
            && (attendee.arrived().isPresent() || attendee.left().isPresent())) {
          problem(
              at + (attendee.arrived().isPresent() ? ".arrived" : ".left"),
              "is given for an absent attendee; remove it, or mark the attendee present");
        }
        attendee.arrived().ifPresent(moment -> moment(at + ".arrived", moment));
        attendee.left().ifPresent(moment -> moment(at + ".left", moment));
        arrivalBeforeDeparture(at, attendee);
      }
    }

    private void substitute(int a, Attendee attendee, Map<String, Integer> servedFor) {
      String at = "attendees[" + a + "].substituteFor";
      boolean serving = attendee.role() == MemberRole.SERVING_SUBSTITUTE;
      if (!serving) {
        if (attendee.substituteFor().isPresent()) {
          problem(
              at,
              "is only for a serving substitute, but the role is "
                  + role(attendee.role())
                  + "; remove it, or make the role serving substitute");
        }
        return;
      }
      if (attendee.substituteFor().isEmpty()) {
        problem(
            at,
            "must name the member a serving substitute serves for; give that member's name, as"
                + " listed among the attendees");
        return;
      }
      String member = attendee.substituteFor().get();
      Integer index = attendees.get(member);
      if (attendee.person().name().filter(member::equals).isPresent()) {
        problem(
            at,
            "names the substitute themself; name the member they serve for, or make the role"
                + " member");
      } else if (index == null) {
        problem(
            at,
            "names '"
                + member
                + "', who is not among the attendees; add that member (usually as absent) or"
                + " correct the name");
      } else {
        MemberRole role = minutes.attendees().get(index).role();
        if (!role.decides() || role == MemberRole.SERVING_SUBSTITUTE) {
          problem(
              at,
              "names '"
                  + member
                  + "', who is attendees["
                  + index
                  + "] with the role "
                  + role(role)
                  + "; a substitute serves for a member, the chair or the vice chair");
        } else {
          Integer other = servedFor.putIfAbsent(member, a);
          if (other != null) {
            problem(
                at,
                "names '"
                    + member
                    + "', for whom attendees["
                    + other
                    + "] already serves; one substitute serves for one member");
          }
        }
      }
    }

    private void moment(String at, Moment moment) {
      if (moment.paragraph().isEmpty() && moment.time().isEmpty()) {
        problem(at, "must have a paragraph or a time, or both; give the item's number or the time");
        return;
      }
      if (moment.paragraph().isPresent() && !items.containsKey(moment.paragraph().get())) {
        problem(
            at + ".paragraph",
            "names '"
                + moment.paragraph().get()
                + "', which no agenda item is numbered; "
                + (items.isEmpty()
                    ? "number the items (or set firstParagraph), or give a time instead"
                    : "use one of " + list(items.keySet())));
      }
    }

    private void arrivalBeforeDeparture(String at, Attendee attendee) {
      if (attendee.arrived().isEmpty() || attendee.left().isEmpty()) {
        return;
      }
      Moment arrived = attendee.arrived().get();
      Moment left = attendee.left().get();
      Optional<Integer> from = arrived.paragraph().map(items::get);
      Optional<Integer> to = left.paragraph().map(items::get);
      if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
        problem(
            at + ".left",
            "is at '"
                + left.paragraph().get()
                + "', before the arrival at '"
                + arrived.paragraph().get()
                + "'; swap them, or correct the paragraph");
      } else if (arrived.time().isPresent()
          && left.time().isPresent()
          && left.time().get().isBefore(arrived.time().get())) {
        problem(
            at + ".left",
            "is at "
                + left.time().get()
                + ", before the arrival at "
                + arrived.time().get()
                + "; swap them, or correct the time");
      }
    }

    private void chairAndAdjusters() {
      if (minutes.attendees().isEmpty()) {
        return;
      }
      minutes.chair().ifPresent(chair -> attendee("chair", chair, false, "the chair"));
      Map<String, Integer> seen = new HashMap<>();
      List<Person> adjusters = minutes.adjusters();
      for (int k = 0; k < adjusters.size(); k++) {
        String at = "adjusters[" + k + "]";
        Optional<String> name = adjusters.get(k).name();
        if (name.isPresent() && minutes.chair().flatMap(Person::name).equals(name)) {
          problem(at, "is the chair, who adjusts the minutes anyway; choose another member");
          continue;
        }
        if (name.isPresent() && seen.putIfAbsent(name.get(), k) != null) {
          problem(
              at, "repeats adjusters[" + seen.get(name.get()) + "]; name each adjuster once");
          continue;
        }
        attendee(at, adjusters.get(k), true, "an adjuster");
      }
    }

    /**
     * Checks that a person is a present attendee, and one who decides if asked; returns the
     * attendee's index if so.
     */
    private Optional<Integer> attendee(String at, Person person, boolean decides, String who) {
      if (person.name().isEmpty()) {
        problem(
            at,
            "has no name; in minutes that list their attendees, "
                + who
                + " is named as one of them");
        return Optional.empty();
      }
      String name = person.name().get();
      Integer index = attendees.get(name);
      if (index == null) {
        problem(
            at,
            "names '"
                + name
                + "', who is not among the attendees; "
                + who
                + " is a present attendee: add them to attendees, or correct the name");
        return Optional.empty();
      }
      Attendee attendee = minutes.attendees().get(index);
      if (!attendee.present()) {
        problem(
            at,
            "names '"
                + name
                + "', who is attendees["
                + index
                + "] and not present; mark them present, or correct the name");
        return Optional.empty();
      }
      if (decides && !attendee.role().decides()) {
        problem(
            at,
            "names '"
                + name
                + "', who is attendees["
                + index
                + "] with the role "
                + role(attendee.role())
                + " and takes no part in decisions; "
                + who
                + " is the chair, the vice chair, a member or a serving substitute");
        return Optional.empty();
      }
      return Optional.of(index);
    }

    private void item(int i, AgendaItem item) {
      if (item.proposals().isEmpty()
          && item.decisions().isEmpty()
          && item.conflictsOfInterest().isEmpty()
          && item.proposalOrder().isEmpty()
          && item.votes().isEmpty()
          && item.reservations().isEmpty()
          && item.attachments().isEmpty()) {
        return; // none of the parts this checks: most items of meeting notes
      }
      String at = "agenda[" + i + "]";
      Set<String> proposals = ids(at + ".proposals", "proposal", item.proposals(), Proposal::id);
      Set<String> decisions = ids(at + ".decisions", "decision", item.decisions(), Decision::id);
      Set<String> conflicted = conflicts(i, at, item);
      Set<String> put = new LinkedHashSet<>();
      for (int k = 0; k < item.proposalOrder().size(); k++) {
        String id = item.proposalOrder().get(k);
        String path = at + ".proposalOrder[" + k + "]";
        if (proposal(path, id, proposals) && !put.add(id)) {
          problem(path, "puts the proposal '" + id + "' a second time; name each proposal once");
        }
      }
      for (int v = 0; v < item.votes().size(); v++) {
        vote(i, at + ".votes[" + v + "]", item.votes().get(v), proposals, conflicted);
      }
      for (int r = 0; r < item.reservations().size(); r++) {
        reservation(i, at + ".reservations[" + r + "]", item, decisions, conflicted, r);
      }
      Set<String> numbers = attachmentNumbers;
      Set<String> referred = new LinkedHashSet<>();
      for (int k = 0; k < item.attachments().size(); k++) {
        String number = item.attachments().get(k);
        String path = at + ".attachments[" + k + "]";
        if (!numbers.contains(number)) {
          problem(
              path,
              "names the attachment '"
                  + number
                  + "', which the minutes do not have; add it to attachments"
                  + (numbers.isEmpty() ? "" : ", or use one of " + list(numbers)));
        } else if (!referred.add(number)) {
          problem(path, "names the attachment '" + number + "' a second time; name it once");
        }
      }
    }

    private <T> Set<String> ids(
        String at, String what, List<T> parts, Function<T, Optional<String>> id) {
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (int k = 0; k < parts.size(); k++) {
        Optional<String> own = id.apply(parts.get(k));
        if (own.isPresent()) {
          Integer first = seen.putIfAbsent(own.get(), k);
          if (first != null) {
            problem(
                at + "[" + k + "].id",
                "repeats the id '"
                    + own.get()
                    + "' of "
                    + at.substring(at.lastIndexOf('.') + 1)
                    + "["
                    + first
                    + "]; give each "
                    + what
                    + " of the item its own id");
          }
        }
      }
      return seen.keySet();
    }

    private boolean proposal(String path, String id, Set<String> proposals) {
      if (proposals.contains(id)) {
        return true;
      }
      problem(
          path,
          "names the proposal '"
              + id
              + "', which the item does not have; "
              + (proposals.isEmpty()
                  ? "add it to the item's proposals with this id"
                  : "use one of " + list(proposals) + ", or add the proposal"));
      return false;
    }

    /** Checks the conflicts of interest and returns the names of those who have one. */
    private Set<String> conflicts(int i, String at, AgendaItem item) {
      Set<String> names = new LinkedHashSet<>();
      List<ConflictOfInterest> conflicts = item.conflictsOfInterest();
      for (int c = 0; c < conflicts.size(); c++) {
        Person member = conflicts.get(c).member();
        String path = at + ".conflictsOfInterest[" + c + "].member";
        if (member.name().isPresent() && !names.add(member.name().get())) {
          problem(path, "is named a second time; name each member with a conflict once");
        } else if (!minutes.attendees().isEmpty()) {
          if (member.name().isEmpty()) {
            problem(
                path,
                "has no name; in minutes that list their attendees, a member with a conflict of"
                    + " interest is named as one of them");
          } else if (!attendees.containsKey(member.name().get())) {
            problem(
                path,
                "names '"
                    + member.name().get()
                    + "', who is not among the attendees; add them to attendees, or correct the"
                    + " name");
          }
        }
      }
      return names;
    }

    private void vote(
        int i, String at, Vote vote, Set<String> proposals, Set<String> conflicted) {
      vote.yesFor().ifPresent(id -> proposal(at + ".yesFor", id, proposals));
      vote.noFor().ifPresent(id -> proposal(at + ".noFor", id, proposals));
      if (vote.yesFor().isPresent() && vote.yesFor().equals(vote.noFor())) {
        problem(
            at + ".noFor",
            "names the same proposal as yesFor; a vote is between two different proposals");
      }
      if (vote.method() == VoteMethod.CLOSED) {
        if (!vote.ballots().isEmpty()) {
          problem(
              at + ".ballots",
              "are given for a closed vote, whose ballots are secret; remove them and keep the"
                  + " totals, or make the vote open");
        }
        int deciding = deciding(i, conflicted);
        int cast = vote.tally().yes() + vote.tally().no() + vote.tally().abstained();
        if (!minutes.attendees().isEmpty() && cast > deciding) {
          problem(
              at + ".tally",
              "counts "
                  + cast
                  + " votes, but only "
                  + (deciding == 1 ? "1 attendee takes" : deciding + " attendees take")
                  + " part in this item's decisions; correct the totals or the attendance");
        }
        return;
      }
      int[] counts = new int[VoteChoice.values().length];
      Map<Object, Integer> voters = new HashMap<>();
      for (int b = 0; b < vote.ballots().size(); b++) {
        Ballot ballot = vote.ballots().get(b);
        counts[ballot.choice().ordinal()]++;
        String path = at + ".ballots[" + b + "].voter";
        Object key = ballot.voter().name().<Object>map(name -> name).orElse(ballot.voter());
        Integer first = voters.putIfAbsent(key, b);
        if (first != null) {
          problem(path, "votes a second time (see ballots[" + first + "]); each member votes once");
        } else {
          participant(i, path, ballot.voter(), conflicted, "a voter");
        }
      }
      Tally counted =
          new Tally(
              counts[VoteChoice.YES.ordinal()],
              counts[VoteChoice.NO.ordinal()],
              counts[VoteChoice.ABSTAIN.ordinal()]);
      if (!counted.equals(vote.tally())) {
        problem(
            at + ".tally",
            "is "
                + tally(vote.tally())
                + ", but the ballots count "
                + tally(counted)
                + "; correct the totals or the ballots");
      }
    }

    private void reservation(
        int i,
        String at,
        AgendaItem item,
        Set<String> decisions,
        Set<String> conflicted,
        int r) {
      Reservation reservation = item.reservations().get(r);
      int count = item.decisions().size();
      if (reservation.decision().isPresent()) {
        String id = reservation.decision().get();
        if (!decisions.contains(id)) {
          problem(
              at + ".decision",
              "names the decision '"
                  + id
                  + "', which the item does not have; "
                  + (count == 0
                      ? "add the decision to the item's decisions"
                      : decisions.isEmpty()
                          ? "give the decision it is against this id"
                          : "use one of " + list(decisions)));
        }
      } else if (count == 0) {
        problem(
            at,
            "is against a decision, but the item has none; add the decision to the item's"
                + " decisions");
      } else if (count > 1) {
        problem(
            at + ".decision",
            "must name the decision it is against: the item has "
                + count
                + " decisions; give that decision an id and name it here");
      }
      List<Person> members = reservation.members();
      for (int m = 0; m < members.size(); m++) {
        participant(i, at + ".members[" + m + "]", members.get(m), conflicted, "a reserving member");
      }
    }

    /**
     * Checks that someone took part in item {@code i}'s decision: not with a conflict of
     * interest, and, in minutes that list attendees, present and deciding at that item.
     */
    private void participant(
        int i, String path, Person person, Set<String> conflicted, String who) {
      if (person.name().isPresent() && conflicted.contains(person.name().get())) {
        problem(
            path,
            "names '"
                + person.name().get()
                + "', who has a conflict of interest on this item and takes no part in it;"
                + " remove one or the other");
        return;
      }
      if (minutes.attendees().isEmpty()) {
        return;
      }
      Optional<Integer> index = attendee(path, person, true, who);
      if (index.isPresent() && !takesPart(minutes.attendees().get(index.get()), i)) {
        problem(
            path,
            "names '"
                + person.name().get()
                + "', who is attendees["
                + index.get()
                + "] and not at the meeting at "
                + numbers.get(i).map(n -> "'" + n + "'").orElse("this item")
                + " by their arrival or departure; correct the arrival, the departure or the name");
      }
    }

    /** How many attendees take part in item {@code i}'s decisions, less those with a conflict. */
    private int deciding(int i, Set<String> conflicted) {
      int count = 0;
      for (Attendee attendee : minutes.attendees()) {
        if (attendee.role().decides()
            && takesPart(attendee, i)
            && !attendee.person().name().filter(conflicted::contains).isPresent()) {
          count++;
        }
      }
      return count;
    }

    /** Whether a present attendee is at the meeting at item {@code i}, by paragraph moments. */
    private boolean takesPart(Attendee attendee, int i) {
      if (!attendee.present()) {
        return false;
      }
      Optional<Integer> from = attendee.arrived().flatMap(Moment::paragraph).map(items::get);
      Optional<Integer> to = attendee.left().flatMap(Moment::paragraph).map(items::get);
      return from.map(f -> f <= i).orElse(true) && to.map(t -> t >= i).orElse(true);
    }

    private void dates() {
      // The first and the last day of the sessions, in one loop (two streams cost more than the
      // rest of this check for most minutes).
      LocalDate first = null;
      LocalDate latest = null;
      for (Session session : minutes.sessions()) {
        LocalDate date = session.date();
        first = first == null || date.isBefore(first) ? date : first;
        latest = latest == null || date.isAfter(latest) ? date : latest;
      }
      Optional<LocalDate> meeting = Optional.ofNullable(first);
      Optional<LocalDate> last = Optional.ofNullable(latest);
      if (minutes.adjustment().isPresent() && meeting.isPresent()) {
        LocalDate date = minutes.adjustment().get().date();
        if (date.isBefore(meeting.get())) {
          problem(
              "adjustment.date",
              "is "
                  + date
                  + ", before the meeting ("
                  + meeting.get()
                  + "); minutes are adjusted at or after the meeting");
        }
      }
      if (minutes.notice().isPresent()) {
        LocalDate posted = minutes.notice().get().posted();
        LocalDate removed = minutes.notice().get().removed();
        if (!removed.isAfter(posted)) {
          problem(
              "notice.removed",
              "is "
                  + removed
                  + ", not after the day the notice goes up ("
                  + posted
                  + "); the notice comes down after it is posted");
        }
        if (minutes.adjustment().isPresent()
            && posted.isBefore(minutes.adjustment().get().date())) {
          problem(
              "notice.posted",
              "is "
                  + posted
                  + ", before the adjustment ("
                  + minutes.adjustment().get().date()
                  + "); the notice goes up once the minutes are adjusted");
        }
      }
      if (minutes.nextMeeting().isPresent() && last.isPresent()) {
        LocalDate next = minutes.nextMeeting().get().date();
        if (!next.isAfter(last.get())) {
          problem(
              "nextMeeting.date",
              "is "
                  + next
                  + ", not after this meeting ("
                  + last.get()
                  + "); give the date of the next meeting");
        }
      }
    }
  }

  private static String role(MemberRole role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String tally(Tally tally) {
    return "yes " + tally.yes() + ", no " + tally.no() + ", abstained " + tally.abstained();
  }

  /** Lists values in quotes, at most {@value #LISTED} of them. */
  private static String list(Collection<String> values) {
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (String value : values) {
      if (n == LISTED) {
        text.append(", ... (").append(values.size() - LISTED).append(" more)");
        break;
      }
      text.append(n++ == 0 ? "" : ", ").append('\'').append(value).append('\'');
    }
    return text.toString();
  }
}
