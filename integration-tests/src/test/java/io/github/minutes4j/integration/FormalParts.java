package io.github.minutes4j.integration;

import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.Adjustment;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attachment;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.ConflictOfInterest;
import io.github.minutes4j.core.Decision;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.NextMeeting;
import io.github.minutes4j.core.Notice;
import io.github.minutes4j.core.Person;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Tally;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteMethod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes generated formal minutes hold together: the generators draw the parts of formal minutes
 * freely, and {@link #consistent(Minutes)} then points every reference at something that exists,
 * as {@code @ConsistentProceedings} asks (votes at the item's proposals, reservations at its
 * decisions, the chair, adjusters, movers, voters and substitutes at suitable attendees, moments
 * at shown paragraphs), and drops what cannot be made to hold. Deterministic: a reference is
 * chosen by the hash of the text it replaces, so the same generated value gives the same minutes,
 * and shrinking works.
 *
 * <p>A generated moment's paragraph is a placeholder, {@code "#n"}: the n-th agenda item (modulo
 * their number), replaced by that item's shown number, or dropped if it has none.
 */
final class FormalParts {

  private FormalParts() {}

  /** The minutes with every reference between their formal parts made to hold. */
  static Minutes consistent(Minutes raw) {
    return new Repair(raw).minutes();
  }

  /** A session whose adjournments lie within it, in order, each after its start. */
  static Session withinSession(Session session) {
    List<Adjournment> kept = new ArrayList<>();
    LocalTime after = session.start().orElse(LocalTime.MIN);
    List<Adjournment> sorted = new ArrayList<>(session.adjournments());
    sorted.sort(Comparator.comparing(Adjournment::start));
    for (Adjournment adjournment : sorted) {
      boolean inside =
          !adjournment.start().isBefore(after)
              && adjournment.end().isAfter(adjournment.start())
              && session.end().map(end -> !adjournment.end().isAfter(end)).orElse(true);
      if (inside) {
        kept.add(adjournment);
        after = adjournment.end();
      }
    }
    return new Session(
        session.date(),
        session.start(),
        session.end(),
        session.venue(),
        session.online(),
        session.attendance(),
        kept);
  }

  /** Chooses one of {@code size} things by a text. */
  private static int pick(Object by, int size) {
    return Math.floorMod(by.hashCode(), size);
  }

  private static final class Repair {
    private final Minutes raw;
    private final List<Optional<String>> numbers;
    private final List<Attendee> attendees = new ArrayList<>();
    private final Map<String, Attendee> byName = new LinkedHashMap<>();

    Repair(Minutes raw) {
      this.raw = raw;
      this.numbers = raw.itemNumbers();
    }

    Minutes minutes() {
      attendance();
      Optional<Person> chair = raw.chair();
      List<Person> adjusters = raw.adjusters();
      if (!attendees.isEmpty()) {
        List<Attendee> present = new ArrayList<>();
        attendees.stream().filter(Attendee::present).forEach(present::add);
        chair =
            present.isEmpty()
                ? Optional.empty()
                : chair.map(c -> present.get(pick(c, present.size())).person());
        Optional<String> chairName = chair.flatMap(Person::name);
        List<Attendee> deciding = new ArrayList<>();
        for (Attendee a : present) {
          if (a.role().decides() && !a.person().name().equals(chairName)) {
            deciding.add(a);
          }
        }
        adjusters = distinct(adjusters, deciding);
      } else {
        adjusters = new ArrayList<>(new LinkedHashSet<>(adjusters));
        Optional<String> chairName = chair.flatMap(Person::name);
        adjusters.removeIf(p -> p.name().isPresent() && p.name().equals(chairName));
      }
      List<Attachment> attachments = new ArrayList<>();
      Set<String> attachmentNumbers = new LinkedHashSet<>();
      for (Attachment attachment : raw.attachments()) {
        if (attachmentNumbers.add(attachment.number())) {
          attachments.add(attachment);
        }
      }
      List<AgendaItem> agenda = new ArrayList<>();
      for (int i = 0; i < raw.agenda().size(); i++) {
        agenda.add(item(i, raw.agenda().get(i), List.copyOf(attachmentNumbers)));
      }
      LocalDate first =
          raw.sessions().stream().map(Session::date).min(Comparator.naturalOrder()).orElseThrow();
      LocalDate last =
          raw.sessions().stream().map(Session::date).max(Comparator.naturalOrder()).orElseThrow();
      Optional<Adjustment> adjustment =
          raw.adjustment()
              .map(
                  a ->
                      a.date().isBefore(first)
                          ? new Adjustment(a.place(), later(first, a.date()))
                          : a);
      Optional<Notice> notice =
          raw.notice()
              .map(
                  n -> {
                    LocalDate posted =
                        adjustment
                            .map(Adjustment::date)
                            .filter(n.posted()::isBefore)
                            .map(date -> later(date, n.posted()))
                            .orElse(n.posted());
                    LocalDate removed =
                        n.removed().isAfter(posted) ? n.removed() : later(plus(posted, 1), n.removed());
                    return new Notice(posted, removed, n.storedAt(), n.certifiedBy());
                  });
      Optional<NextMeeting> next =
          raw.nextMeeting()
              .map(
                  m ->
                      m.date().isAfter(last)
                          ? m
                          : new NextMeeting(later(plus(last, 1), m.date()), m.start(), m.venue()));
      return new Minutes(
          raw.language(),
          raw.organiser(),
          raw.kind(),
          raw.date(),
          raw.title(),
          raw.sessions(),
          agenda,
          raw.noteTakers(),
          raw.participants(),
          raw.firstParagraph(),
          chair,
          adjusters,
          attendees,
          attachments,
          adjustment,
          notice,
          next);
    }

    /**
     * A day on or after {@code from}, a few days later by {@code by}; {@code from} itself in the
     * model's last year and beyond (where the generators put dates the validator refuses).
     */
    private static LocalDate later(LocalDate from, LocalDate by) {
      return plus(from, Math.floorMod(by.getDayOfMonth(), 14));
    }

    private static LocalDate plus(LocalDate date, int days) {
      return date.getYear() >= 9999 ? date : date.plusDays(days);
    }

    private void attendance() {
      List<Attendee> named = new ArrayList<>();
      for (Attendee a : raw.attendees()) {
        if (a.person().name().isPresent() && !byName.containsKey(a.person().name().get())) {
          byName.put(a.person().name().get(), a);
          named.add(a);
        }
      }
      Set<String> served = new HashSet<>();
      for (Attendee a : named) {
        String name = a.person().name().get();
        MemberRole role = a.role();
        Optional<String> substituteFor = Optional.empty();
        if (role == MemberRole.SERVING_SUBSTITUTE) {
          List<String> members = new ArrayList<>();
          for (Attendee m : named) {
            String member = m.person().name().get();
            // An absent member: one present too would decide beside their substitute.
            if (m.role().decides()
                && m.role() != MemberRole.SERVING_SUBSTITUTE
                && !m.present()
                && !served.contains(member)) {
              members.add(member);
            }
          }
          if (members.isEmpty()) {
            role = MemberRole.SUBSTITUTE;
          } else {
            substituteFor = Optional.of(members.get(pick(name, members.size())));
            served.add(substituteFor.get());
          }
        }
        Optional<Moment> arrived = a.present() ? a.arrived().flatMap(this::moment) : Optional.empty();
        Optional<Moment> left = a.present() ? a.left().flatMap(this::moment) : Optional.empty();
        if (arrived.isPresent() && left.isPresent()) {
          Moment[] ordered = ordered(arrived.get(), left.get());
          arrived = Optional.of(ordered[0]);
          left = Optional.of(ordered[1]);
        }
        Attendee repaired =
            new Attendee(a.person(), role, a.group(), substituteFor, a.present(), arrived, left);
        attendees.add(repaired);
        byName.put(name, repaired);
      }
    }

    /** The moment with its placeholder paragraph made an item's shown number, if it can be. */
    private Optional<Moment> moment(Moment moment) {
      Optional<String> paragraph =
          moment
              .paragraph()
              .filter(p -> !numbers.isEmpty())
              .flatMap(p -> numbers.get(pick(p, numbers.size())));
      Optional<LocalTime> time = moment.time().filter(this::duringASession);
      return paragraph.isEmpty() && time.isEmpty()
          ? Optional.empty()
          : Optional.of(new Moment(paragraph, time));
    }

    /** Whether a time lies in a session, as the validator sees it (a moment has no day). */
    private boolean duringASession(LocalTime time) {
      return raw.sessions().stream()
          .anyMatch(
              s ->
                  s.start().map(start -> !time.isBefore(start)).orElse(true)
                      && s.end().map(end -> !time.isAfter(end)).orElse(true));
    }

    /** An arrival and a departure with the earlier paragraph and the earlier time first. */
    private Moment[] ordered(Moment arrived, Moment left) {
      Optional<String> from = arrived.paragraph();
      Optional<String> to = left.paragraph();
      if (from.isPresent() && to.isPresent() && index(to.get()) < index(from.get())) {
        Optional<String> swap = from;
        from = to;
        to = swap;
      }
      Optional<LocalTime> start = arrived.time();
      Optional<LocalTime> end = left.time();
      if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
        Optional<LocalTime> swap = start;
        start = end;
        end = swap;
      }
      return new Moment[] {new Moment(from, start), new Moment(to, end)};
    }

    private int index(String number) {
      return numbers.indexOf(Optional.of(number));
    }

    /** Whether an attendee decides and is at the meeting at item {@code i}. */
    private boolean decidesAt(Attendee a, int i) {
      if (!a.present() || !a.role().decides()) {
        return false;
      }
      int from = a.arrived().flatMap(Moment::paragraph).map(this::index).orElse(0);
      int to = a.left().flatMap(Moment::paragraph).map(this::index).orElse(Integer.MAX_VALUE);
      return from <= i && i <= to;
    }

    /**
     * As many distinct people as {@code wanted} has (at most the candidates'), each chosen among
     * the candidates by the wanted person it replaces.
     */
    private static List<Person> distinct(List<Person> wanted, List<Attendee> candidates) {
      List<Person> chosen = new ArrayList<>();
      List<Attendee> left = new ArrayList<>(candidates);
      for (Person p : wanted) {
        if (left.isEmpty()) {
          break;
        }
        chosen.add(left.remove(pick(p, left.size())).person());
      }
      return chosen;
    }

    private AgendaItem item(int i, AgendaItem item, List<String> attachmentNumbers) {
      // Conflicts of interest: attendees when the minutes list them, each named once.
      List<ConflictOfInterest> conflicts = new ArrayList<>();
      Set<String> conflicted = new LinkedHashSet<>();
      if (!attendees.isEmpty()) {
        List<Attendee> candidates = new ArrayList<>(attendees);
        for (ConflictOfInterest c : item.conflictsOfInterest()) {
          if (candidates.isEmpty()) {
            break;
          }
          Person member = candidates.remove(pick(c.member(), candidates.size())).person();
          conflicts.add(new ConflictOfInterest(member, c.reason()));
          conflicted.add(member.name().get());
        }
      } else {
        for (ConflictOfInterest c : item.conflictsOfInterest()) {
          if (c.member().name().map(conflicted::add).orElse(true)) {
            conflicts.add(c);
          }
        }
      }
      // Who may make proposals, vote and reserve themselves at this item.
      List<Attendee> eligible = new ArrayList<>();
      for (Attendee a : attendees) {
        if (decidesAt(a, i) && !a.person().name().filter(conflicted::contains).isPresent()) {
          eligible.add(a);
        }
      }
      // Proposals with unique ids, and the order of putting among them.
      List<Proposal> proposals = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Proposal p : item.proposals()) {
        // Movers, as voters, among those who may decide at this item; a proposal needs one.
        List<Person> movers = people(p.movers(), eligible, conflicted);
        if (movers.isEmpty()) {
          continue;
        }
        if (p.id().isPresent() && !ids.contains(p.id().get())) {
          ids.add(p.id().get());
          proposals.add(new Proposal(p.id(), movers, p.kind(), p.text()));
        } else {
          proposals.add(new Proposal(Optional.empty(), movers, p.kind(), p.text()));
        }
      }
      List<String> order = new ArrayList<>();
      if (!ids.isEmpty()) {
        for (String id : item.proposalOrder()) {
          String chosen = ids.get(pick(id, ids.size()));
          if (!order.contains(chosen)) {
            order.add(chosen);
          }
        }
      }
      List<Vote> votes = new ArrayList<>();
      for (Vote vote : item.votes()) {
        votes.add(vote(vote, ids, eligible, conflicted));
      }
      // Decisions with unique ids; reservations against one of them.
      List<Decision> decisions = new ArrayList<>();
      List<String> decisionIds = new ArrayList<>();
      for (Decision d : item.decisions()) {
        if (d.id().isPresent() && !decisionIds.contains(d.id().get())) {
          decisionIds.add(d.id().get());
          decisions.add(d);
        } else {
          decisions.add(new Decision(Optional.empty(), d.introduction(), d.clauses()));
        }
      }
      List<Reservation> reservations = new ArrayList<>();
      for (Reservation r : item.reservations()) {
        Optional<String> against;
        if (decisions.isEmpty()) {
          continue;
        } else if (decisions.size() == 1) {
          against = decisions.get(0).id().filter(id -> r.decision().isPresent());
        } else if (decisionIds.isEmpty()) {
          continue;
        } else {
          against = Optional.of(decisionIds.get(pick(r.decision(), decisionIds.size())));
        }
        List<Person> members = people(r.members(), eligible, conflicted);
        if (!members.isEmpty()) {
          reservations.add(new Reservation(members, against, r.text()));
        }
      }
      List<String> attachments = new ArrayList<>();
      if (!attachmentNumbers.isEmpty()) {
        for (String number : item.attachments()) {
          String chosen = attachmentNumbers.get(pick(number, attachmentNumbers.size()));
          if (!attachments.contains(chosen)) {
            attachments.add(chosen);
          }
        }
      }
      return new AgendaItem(
          item.number(),
          item.heading(),
          item.presenters(),
          item.content(),
          item.links(),
          item.caseReference(),
          conflicts,
          proposals,
          order,
          votes,
          decisions,
          reservations,
          item.protocolNotes(),
          item.actions(),
          attachments,
          item.recipients(),
          item.adjustedImmediately());
    }

    /**
     * People who took part: attendees who may decide at the item when the minutes list them,
     * others without a conflict of interest when not; each once.
     */
    private List<Person> people(List<Person> wanted, List<Attendee> eligible, Set<String> conflicted) {
      if (!attendees.isEmpty()) {
        return distinct(wanted, eligible);
      }
      List<Person> people = new ArrayList<>();
      Set<Object> seen = new HashSet<>();
      for (Person p : wanted) {
        Object key = p.name().<Object>map(name -> name).orElse(p);
        if (!p.name().filter(conflicted::contains).isPresent() && seen.add(key)) {
          people.add(p);
        }
      }
      return people;
    }

    private Vote vote(Vote vote, List<String> ids, List<Attendee> eligible, Set<String> conflicted) {
      Optional<String> yesFor = Optional.empty();
      Optional<String> noFor = Optional.empty();
      if (!ids.isEmpty()) {
        int yes = pick(vote.yesFor(), ids.size());
        yesFor = vote.yesFor().map(id -> ids.get(yes));
        if (ids.size() > 1) {
          int no = (yes + 1 + pick(vote.noFor(), ids.size() - 1)) % ids.size();
          noFor = vote.noFor().map(id -> ids.get(no));
        }
      }
      if (vote.method() == VoteMethod.CLOSED) {
        Tally tally = vote.tally();
        if (!attendees.isEmpty()) {
          int room = eligible.size();
          int y = Math.min(tally.yes(), room);
          int n = Math.min(tally.no(), room - y);
          tally = new Tally(y, n, Math.min(tally.abstained(), room - y - n));
        }
        return new Vote(yesFor, noFor, VoteMethod.CLOSED, List.of(), tally);
      }
      List<Person> voters = new ArrayList<>();
      for (Ballot b : vote.ballots()) {
        voters.add(b.voter());
      }
      voters = people(voters, eligible, conflicted);
      List<Ballot> ballots = new ArrayList<>();
      for (int b = 0; b < voters.size(); b++) {
        ballots.add(new Ballot(voters.get(b), vote.ballots().get(b).choice()));
      }
      // The totals as Vote.open counts them from the ballots.
      Tally counted = Vote.open("yes", "no", ballots).tally();
      return new Vote(yesFor, noFor, VoteMethod.OPEN, ballots, counted);
    }
  }
}
