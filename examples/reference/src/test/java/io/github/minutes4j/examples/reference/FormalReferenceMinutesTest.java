package io.github.minutes4j.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.ActionItem;
import io.github.minutes4j.core.Adjournment;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Ballot;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.MemberRole;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Moment;
import io.github.minutes4j.core.ProposalKind;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.Tally;
import io.github.minutes4j.core.Vote;
import io.github.minutes4j.core.VoteChoice;
import io.github.minutes4j.core.VoteMethod;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.examples.reference.ReferenceMinutes.ReferenceDocument;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The formal reference documents: valid, holding what the plan asks of them, and together using
 * every part of the model.
 */
class FormalReferenceMinutesTest {

  /**
   * Parts of the model that none of the four reference documents uses, each for a reason: what the
   * seeds do not have and the formal documents need not show again.
   */
  private static final Set<String> UNUSED_ON_PURPOSE =
      Set.of(
          // Links with a real address and emphasis are the seeds' business; theirs are placeholders.
          "LinkTarget.address",
          "Block.ItemList.items",
          "Block.ItemList.ordered",
          "Inline.Emphasis.text",
          "Inline.Hyperlink.text",
          "Inline.Hyperlink.target");

  private static final Minutes PROTOKOLL = FormalReferenceMinutes.committeeProtokoll();
  private static final Minutes AGM = FormalReferenceMinutes.annualGeneralMeeting();

  @Test
  void bothDocumentsAreValid() {
    for (ReferenceDocument document : FormalReferenceMinutes.all()) {
      assertEquals(
          List.of(), MinutesValidator.shared().validate(document.minutes()), document.name());
    }
  }

  @Test
  void togetherWithTheSeedsEveryComponentOfTheModelIsUsed() {
    Set<String> components = new TreeSet<>();
    collectComponents(Minutes.class, components, new LinkedHashSet<>());
    Set<String> used = new TreeSet<>();
    for (ReferenceDocument document :
        Stream.concat(ReferenceMinutes.all().stream(), FormalReferenceMinutes.all().stream())
            .collect(Collectors.toList())) {
      collectUsed(document.minutes(), used);
    }
    components.removeAll(used);
    components.removeAll(UNUSED_ON_PURPOSE);
    assertEquals(Set.of(), components, "parts of the model no reference document uses");
  }

  @Test
  void theFormalDocumentsAloneUseEveryFormalPart() {
    Set<String> used = new TreeSet<>();
    FormalReferenceMinutes.all().forEach(document -> collectUsed(document.minutes(), used));
    List<String> formal =
        List.of(
            "Minutes.firstParagraph", "Minutes.chair", "Minutes.adjusters", "Minutes.attendees",
            "Minutes.attachments", "Minutes.adjustment", "Minutes.notice", "Minutes.nextMeeting",
            "AgendaItem.number", "AgendaItem.caseReference", "AgendaItem.conflictsOfInterest",
            "AgendaItem.proposals", "AgendaItem.proposalOrder", "AgendaItem.votes",
            "AgendaItem.decisions", "AgendaItem.reservations", "AgendaItem.protocolNotes",
            "AgendaItem.actions", "AgendaItem.attachments", "AgendaItem.recipients",
            "AgendaItem.adjustedImmediately", "Session.adjournments", "Attendee.substituteFor",
            "Attendee.arrived", "Attendee.left", "Moment.paragraph", "Moment.time",
            "Reservation.text", "Notice.certifiedBy", "NextMeeting.venue", "Attachment.reference",
            "ActionItem.due", "ConflictOfInterest.reason");
    List<String> missing = new ArrayList<>(formal);
    missing.removeAll(used);
    assertEquals(List.of(), missing);

    Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
    Set<ProposalKind> kinds = EnumSet.noneOf(ProposalKind.class);
    Set<VoteMethod> methods = EnumSet.noneOf(VoteMethod.class);
    Set<VoteChoice> choices = EnumSet.noneOf(VoteChoice.class);
    for (Minutes minutes : List.of(PROTOKOLL, AGM)) {
      minutes.attendees().forEach(attendee -> roles.add(attendee.role()));
      for (AgendaItem item : minutes.agenda()) {
        item.proposals().forEach(proposal -> kinds.add(proposal.kind()));
        for (Vote vote : item.votes()) {
          methods.add(vote.method());
          vote.ballots().forEach(ballot -> choices.add(ballot.choice()));
        }
      }
    }
    assertEquals(EnumSet.complementOf(EnumSet.of(MemberRole.OTHER)), roles, "roles");
    assertEquals(EnumSet.complementOf(EnumSet.of(ProposalKind.OTHER)), kinds, "proposal kinds");
    assertEquals(EnumSet.allOf(VoteMethod.class), methods);
    assertEquals(EnumSet.of(VoteChoice.YES, VoteChoice.NO), choices);
  }

  @Test
  void theProtokollNumbersItsEightParagraphsFrom112() {
    assertEquals(DocumentKind.MINUTES, PROTOKOLL.kind());
    assertEquals(Language.SWEDISH, PROTOKOLL.language());
    assertEquals(
        List.of("§ 112", "§ 113", "§ 114", "§ 115", "§ 116", "§ 117", "§ 118", "§ 119"),
        PROTOKOLL.itemNumbers().stream().map(Optional::orElseThrow).collect(Collectors.toList()));
    assertTrue(PROTOKOLL.agenda().stream().allMatch(item -> item.number().isEmpty()));
    assertEquals(
        6,
        PROTOKOLL.agenda().stream().filter(item -> item.caseReference().isPresent()).count(),
        "every paragraph but the first and the information has a diarienummer");
  }

  @Test
  void theProtokollsSessionHasNoRecordedEndAVenueThatIsARoomAndAnAdjournmentWithinIt() {
    Session session = PROTOKOLL.sessions().get(0);
    assertEquals(Optional.of(LocalTime.of(8, 30)), session.start());
    assertEquals(Optional.empty(), session.end());
    assertEquals(Optional.empty(), session.venue().orElseThrow().city());
    assertEquals(Optional.empty(), session.venue().orElseThrow().street());
    Adjournment adjournment = session.adjournments().get(0);
    assertTrue(adjournment.start().isAfter(session.start().orElseThrow()));
    assertTrue(adjournment.end().isAfter(adjournment.start()));
  }

  @Test
  void theServingSubstituteServesForTheAbsentMemberAndLeavesAtAParagraphOfTheMinutes() {
    Attendee substitute =
        PROTOKOLL.attendees().stream()
            .filter(attendee -> attendee.role() == MemberRole.SERVING_SUBSTITUTE)
            .findFirst()
            .orElseThrow();
    String member = substitute.substituteFor().orElseThrow();
    Attendee absent =
        PROTOKOLL.attendees().stream()
            .filter(attendee -> attendee.person().name().equals(Optional.of(member)))
            .findFirst()
            .orElseThrow();
    assertFalse(absent.present());
    assertTrue(absent.role().decides());
    String left = substitute.left().flatMap(Moment::paragraph).orElseThrow();
    assertTrue(PROTOKOLL.itemNumbers().contains(Optional.of(left)), left);
  }

  @Test
  void theOpenVoteHasARollCallOfEveryDecidingMemberPresentAndTotalsThatMatchIt() {
    AgendaItem item = PROTOKOLL.agenda().get(1);
    Vote vote = item.votes().get(0);
    assertEquals(VoteMethod.OPEN, vote.method());
    assertEquals(new Tally(4, 3, 0), vote.tally());
    assertEquals(count(vote, VoteChoice.YES), vote.tally().yes());
    assertEquals(count(vote, VoteChoice.NO), vote.tally().no());
    assertEquals(count(vote, VoteChoice.ABSTAIN), vote.tally().abstained());
    Set<String> voters =
        vote.ballots().stream()
            .map(ballot -> ballot.voter().name().orElseThrow())
            .collect(Collectors.toSet());
    Set<String> deciding =
        PROTOKOLL.attendees().stream()
            .filter(attendee -> attendee.present() && attendee.role().decides())
            .map(attendee -> attendee.person().name().orElseThrow())
            .collect(Collectors.toSet());
    assertEquals(deciding, voters);
    List<String> ids =
        item.proposals().stream().map(p -> p.id().orElseThrow()).collect(Collectors.toList());
    assertEquals(List.of("A", "B"), ids);
    assertEquals(ids, item.proposalOrder());
    assertEquals(Optional.of("A"), vote.yesFor());
    assertEquals(Optional.of("B"), vote.noFor());
  }

  @Test
  void theReservationsNameTheDecisionAndOneIsInWriting() {
    AgendaItem item = PROTOKOLL.agenda().get(1);
    assertEquals(2, item.reservations().size());
    item.reservations()
        .forEach(reservation -> assertEquals(item.decisions().get(0).id(), reservation.decision()));
    assertEquals(1, item.reservations().stream().filter(r -> r.text().isPresent()).count());
    assertEquals(3, item.decisions().get(0).clauses().size(), "numbered att-clauses");
  }

  @Test
  void attachmentsAreReferredToFromItemsAndOneParagraphIsAdjustedAtOnce() {
    List<String> numbers =
        PROTOKOLL.attachments().stream().map(a -> a.number()).collect(Collectors.toList());
    assertEquals(List.of("1", "2"), numbers);
    List<String> referred =
        PROTOKOLL.agenda().stream()
            .flatMap(item -> item.attachments().stream())
            .collect(Collectors.toList());
    assertEquals(numbers, referred);
    List<Optional<String>> adjustedAtOnce = new ArrayList<>();
    for (int i = 0; i < PROTOKOLL.agenda().size(); i++) {
      if (PROTOKOLL.agenda().get(i).adjustedImmediately()) {
        adjustedAtOnce.add(PROTOKOLL.itemNumbers().get(i));
      }
    }
    assertEquals(List.of(Optional.of("§ 117")), adjustedAtOnce);
  }

  @Test
  void theNoticeGoesUpAfterTheAdjustmentForAtLeastThreeWeeks() {
    var adjustment = PROTOKOLL.adjustment().orElseThrow();
    var notice = PROTOKOLL.notice().orElseThrow();
    assertTrue(adjustment.date().isAfter(PROTOKOLL.sessions().get(0).date()));
    assertFalse(adjustment.date().isAfter(PROTOKOLL.sessions().get(0).date().plusDays(14)));
    assertTrue(notice.posted().isAfter(adjustment.date()));
    assertFalse(notice.posted().isAfter(adjustment.date().plusDays(2)), "within two days");
    assertTrue(notice.removed().isAfter(notice.posted().plusWeeks(3).minusDays(1)));
    assertEquals(List.of(PROTOKOLL.attendees().get(1).person()), PROTOKOLL.adjusters());
    assertEquals(Optional.of(PROTOKOLL.attendees().get(0).person()), PROTOKOLL.chair());
  }

  @Test
  void theAnnualGeneralMeetingHasAMotionWithAnAmendmentPutFirstToASecretBallot() {
    assertEquals(Language.ENGLISH, AGM.language());
    assertEquals(DocumentKind.MINUTES, AGM.kind());
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7"),
        AGM.itemNumbers().stream().map(Optional::orElseThrow).collect(Collectors.toList()));
    AgendaItem motion = AGM.agenda().get(3);
    assertEquals(
        List.of(ProposalKind.APPROVAL, ProposalKind.AMENDMENT),
        motion.proposals().stream().map(p -> p.kind()).collect(Collectors.toList()));
    assertEquals(List.of("B", "A"), motion.proposalOrder(), "the amendment is put first");
    Vote ballot = motion.votes().get(0);
    assertEquals(VoteMethod.CLOSED, ballot.method());
    assertEquals(List.of(), ballot.ballots());
    assertEquals(new Tally(14, 22, 2), ballot.tally());
    assertEquals(
        38,
        ballot.tally().yes() + ballot.tally().no() + ballot.tally().abstained(),
        "every member present voted or abstained");
  }

  @Test
  void theAnnualGeneralMeetingsActionsHaveOwnersAndAllButOneADueDate() {
    List<ActionItem> actions =
        AGM.agenda().stream().flatMap(item -> item.actions().stream()).collect(Collectors.toList());
    assertEquals(5, actions.size());
    assertTrue(actions.stream().noneMatch(action -> action.owners().isEmpty()));
    assertEquals(4, actions.stream().filter(action -> action.due().isPresent()).count());
    assertTrue(
        actions.stream()
            .flatMap(action -> action.due().stream())
            .allMatch(due -> due.isAfter(AGM.sessions().get(0).date())));
    assertTrue(AGM.nextMeeting().orElseThrow().date().isAfter(AGM.date()));
  }

  @Test
  void theHandWrittenFactsAreTheModelsWhereTheyNeedNoLabelOfFormalMinutes() {
    // The labels of formal minutes ("Organ", "Vid protokollet", "Justerare") come with the
    // exporters; every other hand-written fact is text the model gives.
    Set<String> labelled = Set.of("Protokoll", "Vid protokollet", "Justerare");
    check(
        FormalReferenceMinutes.committeeProtokoll(),
        Language.SWEDISH,
        ReferenceFacts.protokoll2026InSwedish(" ").stream()
            .filter(fact -> !labelled.contains(fact) && !fact.startsWith("Organ ")
                && !fact.startsWith("Datum "))
            .collect(Collectors.toList()));
    check(
        FormalReferenceMinutes.annualGeneralMeeting(),
        Language.ENGLISH,
        ReferenceFacts.annualMeeting2026InEnglish(" ").stream()
            .filter(fact -> !fact.equals("Minutes") && !fact.startsWith("Date "))
            .collect(Collectors.toList()));
  }

  private static void check(Minutes minutes, Language language, List<String> facts) {
    String text = String.join("\n", ReferenceFacts.of(minutes, language));
    assertEquals(List.of(), ReferenceFacts.missingFrom(text, facts));
  }

  private static long count(Vote vote, VoteChoice choice) {
    return vote.ballots().stream().map(Ballot::choice).filter(choice::equals).count();
  }

  /** "Type.component" for every record component reachable from a type through the model. */
  private static void collectComponents(Type type, Set<String> components, Set<Type> seen) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collectComponents(argument, components, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> kind) || !seen.add(kind)) {
      return;
    }
    if (kind.isSealed()) {
      for (Class<?> permitted : kind.getPermittedSubclasses()) {
        collectComponents(permitted, components, seen);
      }
    }
    if (kind.isRecord() && kind.getPackageName().startsWith("io.github.minutes4j.core")) {
      for (RecordComponent component : kind.getRecordComponents()) {
        components.add(name(kind) + "." + component.getName());
        collectComponents(component.getGenericType(), components, seen);
      }
    }
  }

  /** "Type.component" for every component that holds something: present, not empty, true. */
  private static void collectUsed(Object value, Set<String> used) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collectUsed(v, used));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectUsed(v, used));
    } else if (value instanceof Record) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Object part;
        try {
          part = component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        boolean holds =
            !(part instanceof Optional<?> o && o.isEmpty())
                && !(part instanceof List<?> l && l.isEmpty())
                && !Boolean.FALSE.equals(part);
        if (holds) {
          used.add(name(value.getClass()) + "." + component.getName());
        }
        collectUsed(part, used);
      }
    }
  }

  private static String name(Class<?> kind) {
    return kind.getEnclosingClass() == null
        ? kind.getSimpleName()
        : kind.getEnclosingClass().getSimpleName() + "." + kind.getSimpleName();
  }
}
