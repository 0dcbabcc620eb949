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
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>People are matched by name: an attendee, the chair, an adjuster, a mover, a voter, a member
 * with a conflict of interest and a reserving member are the same person when their names are
 * equal as {@code same} compares them (canonically equivalent, white space folded).
 * The rules that tie people to the attendance apply only when the minutes list attendees.
 */
public final class ConsistentProceedingsValidator
    implements ConstraintValidator<ConsistentProceedings, Minutes> {

  /** How many of the allowed values a message lists before it stops. */
  private static final int LISTED = 10;

  /** How many choices a ballot has. */
  private static final int CHOICES = VoteChoice.values().length;

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

  /**
   * One run over one set of minutes; not shared.
   *
   * <p>Most minutes are consistent, and the quick pass of validation runs this check on every
   * document: so a check that finds nothing builds no path and no message, and makes a map or a set
   * only where two parts could clash. A path is built where its problem is found; the checks of a
   * person ({@link #attendeeProblem}, {@link #participantProblem}) return the message, and their
   * callers put it at the path.
   */
  private static final class Check {
    private final Minutes minutes;
    private final List<Map.Entry<String, String>> problems = new ArrayList<>();
    /** The item numbers as shown; made with {@link #items} when first needed. */
    private List<Optional<String>> numbers;
    /** Each shown item number, to the index of the first item shown with it; see {@link #items}. */
    private Map<String, Integer> items;
    /** The numbers of the minutes' attachments, in order. */
    private Set<String> attachmentNumbers = Collections.emptySet();
    /** Each attendee's name, to the index of the first attendee with it. */
    private final Map<String, Integer> attendees;
    /** Each member a serving substitute serves for, to the index of the first such substitute. */
    private Map<String, Integer> servedFor;

    Check(Minutes minutes) {
      this.minutes = minutes;
      int count = minutes.attendees().size();
      this.attendees = count == 0 ? Collections.emptyMap() : new HashMap<>(capacity(count));
    }

    void problem(String path, String message) {
      problems.add(Map.entry(path, message));
    }

    void run() {
      if (numbersMayRepeat()) {
        items(); // reports the repeated numbers
      }
      attachments();
      attendance();
      chairAndAdjusters();
      for (int i = 0; i < minutes.agenda().size(); i++) {
        item(i, minutes.agenda().get(i));
      }
      dates();
    }

    /**
     * Whether two items may show the same number: only if an item has a number of its own, as
     * items numbered by their place ({@code firstParagraph}) each have a place of their own.
     */
    private boolean numbersMayRepeat() {
      for (AgendaItem item : minutes.agenda()) {
        if (item.number().isPresent()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Each shown item number, to the index of the first item shown with it, made on the first call,
     * which also reports each repeated number: {@link #run} makes the first call when numbers may
     * repeat, so that otherwise only minutes with moments need the map.
     */
    private Map<String, Integer> items() {
      if (items != null) {
        return items;
      }
      numbers = minutes.itemNumbers();
      items = new LinkedHashMap<>(capacity(numbers.size()));
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
      return items;
    }

    /** The index of the first item shown with a moment's paragraph; null if there is none. */
    private Integer itemAt(Optional<Moment> moment) {
      if (moment.isEmpty() || moment.get().paragraph().isEmpty()) {
        return null;
      }
      return items().get(moment.get().paragraph().get());
    }

    private void attachments() {
      List<Attachment> attachments = minutes.attachments();
      if (attachments.isEmpty()) {
        return;
      }
      Map<String, Integer> seen = new LinkedHashMap<>(capacity(attachments.size()));
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
      attachmentNumbers = seen.keySet();
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
        Integer first = attendees.putIfAbsent(same(name.get()), a);
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
      for (int a = 0; a < list.size(); a++) {
        Attendee attendee = list.get(a);
        substitute(a, attendee);
        if (!attendee.present()
            && (attendee.arrived().isPresent() || attendee.left().isPresent())) {
          problem(
              "attendees[" + a + "]" + (attendee.arrived().isPresent() ? ".arrived" : ".left"),
              "is given for an absent attendee; remove it, or mark the attendee present");
        }
        moment(a, ".arrived", attendee.arrived());
        moment(a, ".left", attendee.left());
        arrivalBeforeDeparture(a, attendee);
      }
    }

    private void substitute(int a, Attendee attendee) {
      boolean serving = attendee.role() == MemberRole.SERVING_SUBSTITUTE;
      if (!serving) {
        if (attendee.substituteFor().isPresent()) {
          problem(
              "attendees[" + a + "].substituteFor",
              "is only for a serving substitute, but the role is "
                  + role(attendee.role())
                  + "; remove it, or make the role serving substitute");
        }
        return;
      }
      if (attendee.substituteFor().isEmpty()) {
        problem(
            "attendees[" + a + "].substituteFor",
            "must name the member a serving substitute serves for; give that member's name, as"
                + " listed among the attendees");
        return;
      }
      String member = attendee.substituteFor().get();
      Integer index = attendees.get(same(member));
      if (attendee.person().name().map(ConsistentProceedingsValidator::same).orElse("")
          .equals(same(member))) {
        problem(
            "attendees[" + a + "].substituteFor",
            "names the substitute themself; name the member they serve for, or make the role"
                + " member");
      } else if (index == null) {
        problem(
            "attendees[" + a + "].substituteFor",
            "names '"
                + member
                + "', who is not among the attendees; add that member (usually as absent) or"
                + " correct the name");
      } else {
        MemberRole role = minutes.attendees().get(index).role();
        if (!role.decides() || role == MemberRole.SERVING_SUBSTITUTE) {
          problem(
              "attendees[" + a + "].substituteFor",
              "names '"
                  + member
                  + "', who is attendees["
                  + index
                  + "] with the role "
                  + role(role)
                  + "; a substitute serves for a member, the chair or the vice chair");
        } else {
          if (servedFor == null) {
            servedFor = new HashMap<>();
          }
          Integer other = servedFor.putIfAbsent(same(member), a);
          if (other != null) {
            problem(
                "attendees[" + a + "].substituteFor",
                "names '"
                    + member
                    + "', for whom attendees["
                    + other
                    + "] already serves; one substitute serves for one member");
          } else {
            servesBesideTheMember(a, attendee, member, index);
          }
        }
      }
    }

    /**
     * Reports a serving substitute {@code a} who is present while the member they serve for,
     * attendees[{@code m}], certainly is too, so that both would decide. A substitute may serve
     * before the member arrives or after they leave, and may take over within the item at which
     * the member leaves; so only a member present for the whole meeting, a substitute present for
     * the whole meeting beside a present member, or times or paragraphs that overlap beyond one
     * shared end, are refused.
     */
    private void servesBesideTheMember(int a, Attendee substitute, String member, int m) {
      Attendee served = minutes.attendees().get(m);
      if (!substitute.present() || !served.present()) {
        return;
      }
      boolean whole = served.arrived().isEmpty() && served.left().isEmpty();
      if (whole
          || substitute.arrived().isEmpty() && substitute.left().isEmpty()
          || overlap(paragraphs(substitute), paragraphs(served))
          || oneDay() && overlap(times(substitute), times(served))) {
        problem(
            "attendees[" + a + "].substituteFor",
            "names '"
                + member
                + "', who is attendees["
                + m
                + "] and present "
                + (whole
                    ? "for the whole meeting"
                    : "while the substitute serves, by their arrivals and departures")
                + ", so both would decide; mark the member absent, or give the member's departure"
                + " and the substitute's arrival (or the other way round)");
      }
    }

    /**
     * From which item to which an attendee is at the meeting, as indexes (from -1 for the start,
     * to {@link Integer#MAX_VALUE} for the end); null if a moment does not name a numbered item.
     */
    private int[] paragraphs(Attendee attendee) {
      Integer from = attendee.arrived().isEmpty() ? Integer.valueOf(-1) : itemAt(attendee.arrived());
      Integer to =
          attendee.left().isEmpty() ? Integer.valueOf(Integer.MAX_VALUE) : itemAt(attendee.left());
      return from == null || to == null ? null : new int[] {from, to};
    }

    /**
     * From which second of the day to which an attendee is at the meeting (from -1 for the start,
     * to {@link Integer#MAX_VALUE} for the end); null if a moment has no time.
     */
    private static int[] times(Attendee attendee) {
      Optional<Moment> arrived = attendee.arrived();
      Optional<Moment> left = attendee.left();
      if (arrived.isPresent() && arrived.get().time().isEmpty()
          || left.isPresent() && left.get().time().isEmpty()) {
        return null;
      }
      return new int[] {
        arrived.map(moment -> moment.time().get().toSecondOfDay()).orElse(-1),
        left.map(moment -> moment.time().get().toSecondOfDay()).orElse(Integer.MAX_VALUE)
      };
    }

    /** Whether two spans, each known, share more than one end. */
    private static boolean overlap(int[] one, int[] other) {
      return one != null
          && other != null
          && Math.max(one[0], other[0]) < Math.min(one[1], other[1]);
    }

    /** Whether the sessions are all on one day, so that a moment's time is on that day. */
    private boolean oneDay() {
      List<Session> sessions = minutes.sessions();
      for (Session session : sessions) {
        if (!session.date().equals(sessions.get(0).date())) {
          return false;
        }
      }
      return true;
    }

    /** Checks attendee {@code a}'s arrival or departure ({@code which}), if there is one. */
    private void moment(int a, String which, Optional<Moment> given) {
      if (given.isEmpty()) {
        return;
      }
      Moment moment = given.get();
      if (moment.paragraph().isEmpty() && moment.time().isEmpty()) {
        problem(
            "attendees[" + a + "]" + which,
            "must have a paragraph or a time, or both; give the item's number or the time");
        return;
      }
      if (moment.paragraph().isPresent() && !items().containsKey(moment.paragraph().get())) {
        problem(
            "attendees[" + a + "]" + which + ".paragraph",
            "names '"
                + moment.paragraph().get()
                + "', which no agenda item is numbered; "
                + (items().isEmpty()
                    ? "number the items (or set firstParagraph), or give a time instead"
                    : "use one of " + list(items().keySet())));
      }
      if (moment.time().isPresent() && !duringASession(moment.time().get())) {
        problem(
            "attendees[" + a + "]" + which + ".time",
            "is "
                + moment.time().get()
                + ", outside the meeting's "
                + (minutes.sessions().size() == 1 ? "session (" : "sessions (")
                + sessions()
                + "); correct the time, or the session's start or end");
      }
    }

    /**
     * Whether a time of day may lie in one of the sessions: it lies from the start to the end of
     * one (both included), or a session has no start recorded (it may have been at any time), or
     * no end (it may have gone on until midnight). A moment has no day, so a time in any session
     * will do.
     */
    private boolean duringASession(LocalTime time) {
      for (Session session : minutes.sessions()) {
        if (session.start().isEmpty()
            || !time.isBefore(session.start().get())
                && (session.end().isEmpty() || !time.isAfter(session.end().get()))) {
          return true;
        }
      }
      return minutes.sessions().isEmpty();
    }

    /** The sessions' days and times, as a message lists them. */
    private String sessions() {
      StringBuilder text = new StringBuilder();
      for (Session session : minutes.sessions()) {
        text.append(text.length() == 0 ? "" : ", ")
            .append(session.date())
            .append(' ')
            .append(session.start().get())
            .append('-')
            .append(session.end().map(LocalTime::toString).orElse(""));
      }
      return text.toString();
    }

    private void arrivalBeforeDeparture(int a, Attendee attendee) {
      if (attendee.arrived().isEmpty() || attendee.left().isEmpty()) {
        return;
      }
      Moment arrived = attendee.arrived().get();
      Moment left = attendee.left().get();
      Integer from = itemAt(attendee.arrived());
      Integer to = itemAt(attendee.left());
      if (from != null && to != null && to < from) {
        problem(
            "attendees[" + a + "].left",
            "is at '"
                + left.paragraph().get()
                + "', before the arrival at '"
                + arrived.paragraph().get()
                + "'; swap them, or correct the paragraph");
      } else if (arrived.time().isPresent()
          && left.time().isPresent()
          && left.time().get().isBefore(arrived.time().get())) {
        problem(
            "attendees[" + a + "].left",
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
      if (minutes.chair().isPresent()) {
        String problem = attendeeProblem(minutes.chair().get(), false, "the chair");
        if (problem != null) {
          problem("chair", problem);
        }
      }
      List<Person> adjusters = minutes.adjusters();
      Map<String, Integer> seen = adjusters.size() < 2 ? null : new HashMap<>();
      for (int k = 0; k < adjusters.size(); k++) {
        Optional<String> name = adjusters.get(k).name().map(ConsistentProceedingsValidator::same);
        Optional<String> chair =
            minutes.chair().flatMap(Person::name).map(ConsistentProceedingsValidator::same);
        if (name.isPresent() && chair.equals(name)) {
          problem(
              "adjusters[" + k + "]",
              "is the chair, who adjusts the minutes anyway; choose another member");
          continue;
        }
        if (name.isPresent() && seen != null && seen.putIfAbsent(name.get(), k) != null) {
          problem(
              "adjusters[" + k + "]",
              "repeats adjusters[" + seen.get(name.get()) + "]; name each adjuster once");
          continue;
        }
        String problem = attendeeProblem(adjusters.get(k), true, "an adjuster");
        if (problem != null) {
          problem("adjusters[" + k + "]", problem);
        }
      }
    }

    /**
     * What is wrong with a person who must be a present attendee, and one who decides if asked;
     * null if nothing is.
     */
    private String attendeeProblem(Person person, boolean decides, String who) {
      if (person.name().isEmpty()) {
        return "has no name; in minutes that list their attendees, "
            + who
            + " is named as one of them";
      }
      String name = person.name().get();
      Integer index = attendees.get(same(name));
      if (index == null) {
        return "names '"
            + name
            + "', who is not among the attendees; "
            + who
            + " is a present attendee: add them to attendees, or correct the name";
      }
      Attendee attendee = minutes.attendees().get(index);
      if (!attendee.present()) {
        return "names '"
            + name
            + "', who is attendees["
            + index
            + "] and not present; mark them present, or correct the name";
      }
      if (decides && !attendee.role().decides()) {
        return "names '"
            + name
            + "', who is attendees["
            + index
            + "] with the role "
            + role(attendee.role())
            + " and takes no part in decisions; "
            + who
            + " is the chair, the vice chair, a member or a serving substitute";
      }
      return null;
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
      Set<String> proposals = ids(i, "proposals", "proposal", item.proposals(), Proposal::id);
      Set<String> decisions = ids(i, "decisions", "decision", item.decisions(), Decision::id);
      Set<String> conflicted = conflicts(i, item);
      List<String> order = item.proposalOrder();
      Set<String> put = order.size() < 2 ? null : new HashSet<>();
      for (int k = 0; k < order.size(); k++) {
        String id = order.get(k);
        if (!proposals.contains(id)) {
          unknownProposal("agenda[" + i + "].proposalOrder[" + k + "]", id, proposals);
        } else if (put != null && !put.add(id)) {
          problem(
              "agenda[" + i + "].proposalOrder[" + k + "]",
              "puts the proposal '" + id + "' a second time; name each proposal once");
        }
      }
      for (int p = 0; p < item.proposals().size(); p++) {
        takePart(
            i,
            "agenda[" + i + "].proposals[" + p + "].movers",
            item.proposals().get(p).movers(),
            conflicted,
            "a mover");
      }
      for (int v = 0; v < item.votes().size(); v++) {
        vote(i, v, item.votes().get(v), proposals, conflicted);
      }
      for (int r = 0; r < item.reservations().size(); r++) {
        reservation(i, r, item, decisions, conflicted);
      }
      List<String> attachments = item.attachments();
      Set<String> referred = attachments.size() < 2 ? null : new HashSet<>();
      for (int k = 0; k < attachments.size(); k++) {
        String number = attachments.get(k);
        if (!attachmentNumbers.contains(number)) {
          problem(
              "agenda[" + i + "].attachments[" + k + "]",
              "names the attachment '"
                  + number
                  + "', which the minutes do not have; add it to attachments"
                  + (attachmentNumbers.isEmpty()
                      ? ""
                      : ", or use one of " + list(attachmentNumbers)));
        } else if (referred != null && !referred.add(number)) {
          problem(
              "agenda[" + i + "].attachments[" + k + "]",
              "names the attachment '" + number + "' a second time; name it once");
        }
      }
    }

    /**
     * Checks that the ids of item {@code i}'s {@code list} ("proposals") are unique, and returns
     * them in order.
     */
    private <T> Set<String> ids(
        int i, String list, String what, List<T> parts, Function<T, Optional<String>> id) {
      if (parts.size() < 2) {
        Optional<String> only = parts.isEmpty() ? Optional.empty() : id.apply(parts.get(0));
        return only.isPresent() ? Collections.singleton(only.get()) : Collections.emptySet();
      }
      Map<String, Integer> seen = new LinkedHashMap<>(capacity(parts.size()));
      for (int k = 0; k < parts.size(); k++) {
        Optional<String> own = id.apply(parts.get(k));
        if (own.isPresent()) {
          Integer first = seen.putIfAbsent(own.get(), k);
          if (first != null) {
            problem(
                "agenda[" + i + "]." + list + "[" + k + "].id",
                "repeats the id '"
                    + own.get()
                    + "' of "
                    + list
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

    /** Reports a reference to a proposal the item does not have. */
    private void unknownProposal(String path, String id, Set<String> proposals) {
      problem(
          path,
          "names the proposal '"
              + id
              + "', which the item does not have; "
              + (proposals.isEmpty()
                  ? "add it to the item's proposals with this id"
                  : "use one of " + list(proposals) + ", or add the proposal"));
    }

    /** Checks the conflicts of interest and returns the names of those who have one. */
    private Set<String> conflicts(int i, AgendaItem item) {
      List<ConflictOfInterest> conflicts = item.conflictsOfInterest();
      if (conflicts.isEmpty()) {
        return Collections.emptySet();
      }
      Set<String> names = new HashSet<>();
      for (int c = 0; c < conflicts.size(); c++) {
        Person member = conflicts.get(c).member();
        String problem = null;
        if (member.name().isPresent() && !names.add(same(member.name().get()))) {
          problem = "is named a second time; name each member with a conflict once";
        } else if (!minutes.attendees().isEmpty()) {
          if (member.name().isEmpty()) {
            problem =
                "has no name; in minutes that list their attendees, a member with a conflict of"
                    + " interest is named as one of them";
          } else if (!attendees.containsKey(same(member.name().get()))) {
            problem =
                "names '"
                    + member.name().get()
                    + "', who is not among the attendees; add them to attendees, or correct the"
                    + " name";
          }
        }
        if (problem != null) {
          problem("agenda[" + i + "].conflictsOfInterest[" + c + "].member", problem);
        }
      }
      return names;
    }

    private void vote(int i, int v, Vote vote, Set<String> proposals, Set<String> conflicted) {
      if (vote.yesFor().isPresent() && !proposals.contains(vote.yesFor().get())) {
        unknownProposal(
            "agenda[" + i + "].votes[" + v + "].yesFor", vote.yesFor().get(), proposals);
      }
      if (vote.noFor().isPresent() && !proposals.contains(vote.noFor().get())) {
        unknownProposal("agenda[" + i + "].votes[" + v + "].noFor", vote.noFor().get(), proposals);
      }
      if (vote.yesFor().isPresent() && vote.yesFor().equals(vote.noFor())) {
        problem(
            "agenda[" + i + "].votes[" + v + "].noFor",
            "names the same proposal as yesFor; a vote is between two different proposals");
      }
      int cast = vote.tally().yes() + vote.tally().no() + vote.tally().abstained();
      if (vote.method() == VoteMethod.CLOSED) {
        if (!vote.ballots().isEmpty()) {
          problem(
              "agenda[" + i + "].votes[" + v + "].ballots",
              "are given for a closed vote, whose ballots are secret; remove them and keep the"
                  + " totals, or make the vote open");
        }
        if (minutes.attendees().isEmpty()) {
          return;
        }
        int deciding = deciding(i, conflicted);
        if (cast > deciding) {
          problem(
              "agenda[" + i + "].votes[" + v + "].tally",
              "counts "
                  + cast
                  + " votes, but only "
                  + (deciding == 1 ? "1 attendee takes" : deciding + " attendees take")
                  + " part in this item's decisions; correct the totals or the attendance");
        }
        return;
      }
      List<Ballot> ballots = vote.ballots();
      if (ballots.isEmpty() && cast > 0) {
        // Not "the ballots count yes 0, no 0, abstained 0": none are given, and the fix is to
        // give them (or to say the vote was secret), not to change the totals. An open vote
        // without ballots and without votes stays valid, as it was before this message.
        problem(
            "agenda[" + i + "].votes[" + v + "]",
            "is an open vote (a roll call) without ballots; list each member's ballot, from"
                + " which the totals are counted, or, for a secret ballot, make the method closed");
        return;
      }
      int[] counts = new int[CHOICES];
      Map<Object, Integer> voters =
          ballots.size() < 2 ? null : new HashMap<>(capacity(ballots.size()));
      for (int b = 0; b < ballots.size(); b++) {
        Ballot ballot = ballots.get(b);
        counts[ballot.choice().ordinal()]++;
        Person voter = ballot.voter();
        // The same name is the same voter; a voter without a name is known by their role.
        Object key = voter.name().isPresent() ? same(voter.name().get()) : voter;
        Integer first = voters == null ? null : voters.putIfAbsent(key, b);
        String problem =
            first != null
                ? "votes a second time (see ballots[" + first + "]); each member votes once"
                : participantProblem(i, voter, conflicted, "a voter");
        if (problem != null) {
          problem("agenda[" + i + "].votes[" + v + "].ballots[" + b + "].voter", problem);
        }
      }
      Tally counted =
          new Tally(
              counts[VoteChoice.YES.ordinal()],
              counts[VoteChoice.NO.ordinal()],
              counts[VoteChoice.ABSTAIN.ordinal()]);
      if (!counted.equals(vote.tally())) {
        problem(
            "agenda[" + i + "].votes[" + v + "].tally",
            "is "
                + tally(vote.tally())
                + ", but the ballots count "
                + tally(counted)
                + "; correct the totals or the ballots");
      }
    }

    private void reservation(
        int i, int r, AgendaItem item, Set<String> decisions, Set<String> conflicted) {
      Reservation reservation = item.reservations().get(r);
      int count = item.decisions().size();
      if (reservation.decision().isPresent()) {
        String id = reservation.decision().get();
        if (!decisions.contains(id)) {
          problem(
              "agenda[" + i + "].reservations[" + r + "].decision",
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
            "agenda[" + i + "].reservations[" + r + "]",
            "is against a decision, but the item has none; add the decision to the item's"
                + " decisions");
      } else if (count > 1) {
        problem(
            "agenda[" + i + "].reservations[" + r + "].decision",
            "must name the decision it is against: the item has "
                + count
                + " decisions; "
                + (decisions.isEmpty()
                    ? "give that decision an id and name it here"
                    : "name one of "
                        + list(decisions)
                        + (decisions.size() < count
                            ? ", or give that decision an id and name it here"
                            : "")));
      }
      takePart(
          i,
          "agenda[" + i + "].reservations[" + r + "].members",
          reservation.members(),
          conflicted,
          "a reserving member");
    }

    /**
     * Checks that each of {@code people}, at {@code path}[k], takes part in item {@code i}'s
     * decision ({@link #participantProblem}).
     */
    private void takePart(
        int i, String path, List<Person> people, Set<String> conflicted, String who) {
      for (int k = 0; k < people.size(); k++) {
        String problem = participantProblem(i, people.get(k), conflicted, who);
        if (problem != null) {
          problem(path + "[" + k + "]", problem);
        }
      }
    }

    /**
     * What is wrong with someone named as taking part in item {@code i}'s decision: a conflict of
     * interest, or, in minutes that list attendees, not being present and deciding at that item;
     * null if nothing is.
     */
    private String participantProblem(int i, Person person, Set<String> conflicted, String who) {
      if (person.name().isPresent() && conflicted.contains(same(person.name().get()))) {
        return "names '"
            + person.name().get()
            + "', who has a conflict of interest on this item and takes no part in it;"
            + " remove one or the other";
      }
      if (minutes.attendees().isEmpty()) {
        return null;
      }
      String problem = attendeeProblem(person, true, who);
      if (problem != null) {
        return problem;
      }
      int index = attendees.get(same(person.name().get()));
      if (takesPart(minutes.attendees().get(index), i)) {
        return null;
      }
      items(); // the shown numbers
      Optional<String> number = numbers.get(i);
      return "names '"
          + person.name().get()
          + "', who is attendees["
          + index
          + "] and not at the meeting at "
          + (number.isPresent() ? "'" + number.get() + "'" : "this item")
          + " by their arrival or departure; correct the arrival, the departure or the name";
    }

    /** How many attendees take part in item {@code i}'s decisions, less those with a conflict. */
    private int deciding(int i, Set<String> conflicted) {
      int count = 0;
      List<Attendee> list = minutes.attendees();
      for (int a = 0; a < list.size(); a++) {
        Attendee attendee = list.get(a);
        Optional<String> name = attendee.person().name();
        if (attendee.role().decides()
            && takesPart(attendee, i)
            && !(name.isPresent() && conflicted.contains(same(name.get())))) {
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
      Integer from = itemAt(attendee.arrived());
      Integer to = itemAt(attendee.left());
      return (from == null || from <= i) && (to == null || to >= i);
    }

    private void dates() {
      // The first and the last day of the sessions, in one loop (two streams cost more than the
      // rest of this check for most minutes).
      LocalDate meeting = null;
      LocalDate last = null;
      for (Session session : minutes.sessions()) {
        LocalDate date = session.date();
        meeting = meeting == null || date.isBefore(meeting) ? date : meeting;
        last = last == null || date.isAfter(last) ? date : last;
      }
      if (minutes.adjustment().isPresent() && meeting != null) {
        LocalDate date = minutes.adjustment().get().date();
        if (date.isBefore(meeting)) {
          problem(
              "adjustment.date",
              "is "
                  + date
                  + ", before the meeting ("
                  + meeting
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
      if (minutes.nextMeeting().isPresent() && last != null) {
        LocalDate next = minutes.nextMeeting().get().date();
        if (!next.isAfter(last)) {
          problem(
              "nextMeeting.date",
              "is "
                  + next
                  + ", not after this meeting ("
                  + last
                  + "); give the date of the next meeting");
        }
      }
    }
  }

  /**
   * A name as people are matched by it: in Unicode's composed form (NFC), each run of white space
   * (a no-break space too) one space, none at either end. "Öztürk" typed with a combining
   * diaeresis and with the precomposed letter, or "Anna Ek" and "Anna&nbsp;Ek", look the same and
   * are one person; a message naming one as "not among the attendees" left the user nothing to
   * correct. Most names are plain and are returned as they are, without copying.
   */
  static String same(String name) {
    int length = name.length();
    boolean plain = length > 0 && name.charAt(0) != ' ' && name.charAt(length - 1) != ' ';
    for (int i = 0; i < length && plain; i++) {
      char c = name.charAt(i);
      plain = c < 0x80 && (c > ' ' || (c == ' ' && name.charAt(i - 1) != ' '));
    }
    if (plain) {
      return name;
    }
    String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder folded = new StringBuilder(composed.length());
    boolean space = false;
    for (int i = 0; i < composed.length(); ) {
      int c = composed.codePointAt(i);
      i += Character.charCount(c);
      if (Characters.isSpace(c)) {
        space = folded.length() > 0;
      } else {
        if (space) {
          folded.append(' ');
          space = false;
        }
        folded.appendCodePoint(c);
      }
    }
    return folded.toString();
  }

  /** The initial capacity of a hash map that holds {@code size} keys without growing. */
  private static int capacity(int size) {
    return (int) (size / 0.75f) + 1;
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
