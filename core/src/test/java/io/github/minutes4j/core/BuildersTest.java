package io.github.minutes4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.core.validation.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The builders' one convention: {@code addX} appends, the component's name replaces. */
class BuildersTest {

  private static final Organiser ORGANISER = Organiser.of("N", new Network("NUH", "Uppdrag"));
  private static final LocalDate DATE = LocalDate.of(2022, 6, 11);
  private static final Session FIRST = session(2);
  private static final Session SECOND = session(3);
  private static final Session THIRD = session(4);
  private static final AgendaItem ITEM = AgendaItem.withHeading("Punkt").build();
  private static final Person ANNA = Person.named("Anna");
  private static final Person BO = Person.named("Bo");

  private static Session session(int day) {
    return Session.on(LocalDate.of(2022, 6, day), LocalTime.of(10, 0), LocalTime.of(15, 0)).build();
  }

  private static Minutes.Builder builder() {
    return Minutes.builder(Language.SWEDISH, ORGANISER, DocumentKind.MEETING_NOTES, "Möte", DATE);
  }

  /** An iterable that is not a collection, to show the overloads take any iterable. */
  private static <T> Iterable<T> iterable(List<T> elements) {
    return () -> elements.iterator();
  }

  @Test
  void theEntryPointTakesEveryRequiredPartAndDefaultsNone() {
    Minutes minutes =
        Minutes.builder(Language.ENGLISH, ORGANISER, DocumentKind.MINUTES, "Board", DATE)
            .addSession(FIRST)
            .build();

    assertEquals(DATE, minutes.date());
    assertEquals(DocumentKind.MINUTES, minutes.kind());
    assertEquals(Language.ENGLISH, minutes.language());
    assertEquals("Board", minutes.title());
    assertEquals(List.of(), minutes.agenda());
    assertEquals(List.of(), minutes.noteTakers());
    assertEquals(Optional.empty(), minutes.participants());
  }

  @Test
  void aForgottenDateOrKindDoesNotCompile() {
    List<Method> entries =
        Arrays.stream(Minutes.class.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getReturnType() == Minutes.Builder.class)
            .collect(Collectors.toList());

    assertEquals(1, entries.size(), entries::toString);
    assertEquals(
        List.of(Language.class, Organiser.class, DocumentKind.class, String.class, LocalDate.class),
        List.of(entries.get(0).getParameterTypes()));
  }

  @Test
  void minutesWithoutASessionAreRefusedWithThePathAndAFix() {
    List<Violation> violations = MinutesValidator.shared().validate(builder().build());

    assertEquals(List.of("sessions"), violations.stream().map(Violation::path).toList());
    assertEquals(
        "must have at least one session; add the date and times of the meeting",
        violations.get(0).message());
  }

  @Test
  void addAppendsInOrder() {
    Minutes minutes =
        builder()
            .addSession(FIRST)
            .addSessions(SECOND, THIRD)
            .addSessions(iterable(List.of(FIRST)))
            .addNoteTaker(ANNA)
            .addNoteTakers(BO)
            .addNoteTakers(iterable(List.of(ANNA)))
            .addAgendaItem(ITEM)
            .addAgendaItems(iterable(List.of(ITEM)))
            .build();

    assertEquals(List.of(FIRST, SECOND, THIRD, FIRST), minutes.sessions());
    assertEquals(List.of(ANNA, BO, ANNA), minutes.noteTakers());
    assertEquals(List.of(ITEM, ITEM), minutes.agenda());
  }

  @Test
  void theComponentsNameReplacesWhatTheBuilderHolds() {
    Minutes minutes =
        builder().addSessions(FIRST, SECOND).addNoteTakers(ANNA, BO).addAgendaItem(ITEM).build();

    Minutes changed =
        minutes.toBuilder()
            .sessions(List.of(THIRD))
            .noteTakers(iterable(List.of(BO)))
            .agenda(new ArrayDeque<>(List.of(ITEM, ITEM)))
            .build();

    assertEquals(List.of(THIRD), changed.sessions());
    assertEquals(List.of(BO), changed.noteTakers());
    assertEquals(List.of(ITEM, ITEM), changed.agenda());
  }

  @Test
  void anEmptyListClears() {
    Minutes minutes =
        builder()
            .addSessions(FIRST, SECOND)
            .addNoteTaker(ANNA)
            .addAgendaItem(ITEM)
            .participants(ParticipantList.of(List.of()))
            .build();

    Minutes cleared =
        minutes.toBuilder()
            .sessions(List.of())
            .noteTakers(List.of())
            .agenda(List.of())
            .withoutParticipants()
            .build();

    assertEquals(List.of(), cleared.sessions());
    assertEquals(List.of(), cleared.noteTakers());
    assertEquals(List.of(), cleared.agenda());
    assertEquals(Optional.empty(), cleared.participants());
  }

  @Test
  void toBuilderKeepsEverythingAndAddingToItAppends() {
    Minutes minutes =
        builder()
            .addSession(FIRST)
            .addNoteTaker(ANNA)
            .participants(ParticipantList.headed("Deltagare", List.of()))
            .build();

    assertEquals(minutes, minutes.toBuilder().build());
    assertEquals(List.of(FIRST, SECOND), minutes.toBuilder().addSession(SECOND).build().sessions());
    assertEquals(List.of(FIRST), minutes.sessions());
  }

  @Test
  void aNullElementIsRefusedAndLeavesTheBuilderAsItWas() {
    Minutes.Builder builder = builder().addSession(FIRST);

    NullPointerException added =
        assertThrows(NullPointerException.class, () -> builder.addSessions(SECOND, null, THIRD));
    NullPointerException replaced =
        assertThrows(
            NullPointerException.class, () -> builder.sessions(Arrays.asList(SECOND, null)));

    assertEquals("sessions: element 1 is null; leave it out instead", added.getMessage());
    assertEquals("sessions: element 1 is null; leave it out instead", replaced.getMessage());
    assertEquals(List.of(FIRST), builder.build().sessions());
    assertThrows(NullPointerException.class, () -> builder.addSession(null));
    assertThrows(NullPointerException.class, () -> builder.agenda(null));
  }

  @Test
  void agendaItemBuilderFollowsTheSameConvention() {
    Link slides = new Link(LinkKind.SLIDES, "Bilder", LinkTarget.placeholder());
    Link video = new Link(LinkKind.VIDEO, "Film", LinkTarget.placeholder());
    Block text = Block.paragraph("Text");
    Block more = Block.paragraph("Mer");

    AgendaItem item =
        AgendaItem.withHeading("Punkt")
            .addPresenter(ANNA)
            .addPresenters(BO)
            .addPresenters(iterable(List.of(ANNA)))
            .addBlock(text)
            .addBlocks(more, text)
            .addBlocks(iterable(List.of(more)))
            .addLink(slides)
            .addLink(LinkKind.VIDEO, "Film", LinkTarget.placeholder())
            .addLinks(slides)
            .addLinks(iterable(List.of(video)))
            .build();

    assertEquals(List.of(ANNA, BO, ANNA), item.presenters());
    assertEquals(List.of(text, more, text, more), item.content());
    assertEquals(List.of(slides, video, slides, video), item.links());

    AgendaItem replaced =
        item.toBuilder()
            .heading("Ny rubrik")
            .presenters(List.of(BO))
            .content(iterable(List.of(more)))
            .links(List.of())
            .build();

    assertEquals(new AgendaItem("Ny rubrik", List.of(BO), List.of(more), List.of()), replaced);
    assertEquals(item, item.toBuilder().build());
  }

  @Test
  void sessionBuilderDerivesAChangedCopyFromASession() {
    Session session =
        Session.on(LocalDate.of(2022, 6, 2))
            .start(LocalTime.of(10, 0))
            .venue(Venue.room("Tallen"))
            .online(true)
            .attendance(Attendance.onSite(HeadCount.about(10)))
            .addAdjournment(LocalTime.of(12, 0), LocalTime.of(13, 0))
            .build();

    Session ended = session.toBuilder().end(LocalTime.of(15, 0)).build();

    assertEquals(session, session.toBuilder().build());
    assertEquals(Optional.of(LocalTime.of(15, 0)), ended.end());
    assertEquals(
        new Session(
            session.date(),
            session.start(),
            Optional.of(LocalTime.of(15, 0)),
            session.venue(),
            true,
            session.attendance(),
            session.adjournments()),
        ended);
    assertEquals(List.of(), session.toBuilder().adjournments(List.of()).build().adjournments());
    assertEquals(1, session.adjournments().size());
  }

  /**
   * A session from {@code toBuilder()} kept its venue and times: {@code venue(Venue)}, {@code
   * start(LocalTime)} and {@code end(LocalTime)} refuse null, and nothing else removed them.
   */
  @Test
  void optionalEmptyRemovesAValueAsInEveryBuilder() {
    Session session =
        Session.on(DATE, LocalTime.of(10, 0), LocalTime.of(15, 0)).venue(Venue.room("Tallen")).build();
    AgendaItem item = AgendaItem.withHeading("Punkt").number("3.1").caseReference("KS 1").build();
    Minutes minutes = builder().addSession(session).chair(ANNA).firstParagraph(12).build();

    assertEquals(
        Session.on(DATE).build(),
        session.toBuilder().start(Optional.empty()).end(Optional.empty()).venue(Optional.empty()).build());
    assertEquals(
        AgendaItem.withHeading("Punkt").build(),
        item.toBuilder().number(Optional.empty()).caseReference(Optional.empty()).build());
    assertEquals(
        builder().addSession(session).build(),
        minutes.toBuilder().chair(Optional.empty()).firstParagraph(Optional.empty()).build());
  }

  @Test
  void anOptionalComponentIsCopiedFromAnotherValueAsItIs() {
    Session session =
        Session.on(DATE).start(LocalTime.of(18, 0)).venue(Venue.room("Tallen")).build();
    AgendaItem item = AgendaItem.withHeading("Punkt").caseReference("KS 1").build();

    assertEquals(
        session,
        Session.on(DATE).start(session.start()).end(session.end()).venue(session.venue()).build());
    assertEquals(
        item,
        AgendaItem.withHeading("Punkt").number(item.number()).caseReference(item.caseReference()).build());
  }

  /**
   * Every optional component of a value with a builder is replaced or removed by the builder's
   * method of the component's name taking an {@link Optional}, so that no component is left that
   * a builder from {@code toBuilder()} cannot clear.
   */
  @Test
  void everyOptionalComponentHasAMethodThatTakesAnOptional() throws NoSuchMethodException {
    for (Class<?> type : List.of(Minutes.class, Session.class, AgendaItem.class)) {
      Class<?> builder = type.getMethod("toBuilder").getReturnType();
      for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
        if (component.getType() == Optional.class) {
          assertEquals(
              builder,
              builder.getMethod(component.getName(), Optional.class).getReturnType(),
              type.getSimpleName() + "." + component.getName());
        }
      }
    }
  }

  @Test
  void anAttendeesGroupArrivalAndDepartureAreRemovedWithOptionalEmpty() {
    Attendee plain = Attendee.present("Anna", MemberRole.MEMBER);
    Attendee full =
        plain
            .withGroup("S")
            .withArrival(Moment.atParagraph("§ 3"))
            .withDeparture(Moment.at(LocalTime.of(11, 0)));

    assertEquals(
        plain,
        full.withGroup(Optional.empty()).withArrival(Optional.empty()).withDeparture(Optional.empty()));
    assertEquals(full, plain.withGroup(full.group()).withArrival(full.arrived()).withDeparture(full.left()));
  }

  @Test
  void anAttendeeWithATitleNeedsNoConstructorOfSevenArguments() {
    Person official = Person.named("Karl Ström").withRole("förvaltningschef");

    assertEquals(
        new Attendee(
            official,
            MemberRole.OFFICIAL,
            Optional.empty(),
            Optional.empty(),
            true,
            Optional.empty(),
            Optional.empty()),
        Attendee.present(official, MemberRole.OFFICIAL));
    assertEquals(
        Attendee.present(Person.named("Anna"), MemberRole.MEMBER),
        Attendee.present("Anna", MemberRole.MEMBER));
  }

  /**
   * A null never means "none": {@code chair((Person) null)} fails, naming the parameter, and the
   * builder keeps its chair; {@code Optional.empty()} removes it.
   */
  @Test
  void aNullArgumentFailsAndNeverRemovesAValue() {
    Minutes.Builder minutes = builder().addSession(FIRST).chair(ANNA);
    Session.Builder session = FIRST.toBuilder().venue(Venue.room("Tallen"));
    AgendaItem.Builder item = AgendaItem.withHeading("Punkt").number("1");

    assertEquals("chair", assertThrows(NullPointerException.class, () -> minutes.chair((Person) null)).getMessage());
    assertEquals(
        "chair",
        assertThrows(NullPointerException.class, () -> minutes.chair((Optional<Person>) null)).getMessage());
    assertEquals("venue", assertThrows(NullPointerException.class, () -> session.venue((Venue) null)).getMessage());
    assertEquals(
        "venue",
        assertThrows(NullPointerException.class, () -> session.venue((Optional<Venue>) null)).getMessage());
    assertEquals("end", assertThrows(NullPointerException.class, () -> session.end((Optional<LocalTime>) null)).getMessage());
    assertEquals(
        "number", assertThrows(NullPointerException.class, () -> item.number((Optional<String>) null)).getMessage());
    assertEquals(Optional.of(ANNA), minutes.build().chair());
    assertEquals(Optional.of(Venue.room("Tallen")), session.build().venue());
    assertEquals(Optional.of("1"), item.build().number());
  }

  @Test
  void aBuilderFromToBuilderDoesNotChangeTheOriginal() {
    AgendaItem item = AgendaItem.withHeading("Punkt").addPresenter(ANNA).build();

    item.toBuilder().addPresenter(BO).presenters(List.of()).build();

    assertEquals(List.of(ANNA), item.presenters());
  }

  @Test
  void oneSidedAttendanceNeedsNoNull() {
    assertEquals(
        new Attendance(Optional.of(HeadCount.about(25)), Optional.empty()),
        Attendance.onSite(HeadCount.about(25)));
    assertEquals(
        new Attendance(Optional.empty(), Optional.of(HeadCount.exactly(13))),
        Attendance.remote(HeadCount.exactly(13)));
    assertEquals(
        new Attendance(Optional.of(HeadCount.about(10)), Optional.of(HeadCount.exactly(13))),
        Attendance.of(HeadCount.about(10), HeadCount.exactly(13)));
    assertThrows(NullPointerException.class, () -> Attendance.onSite(null));
    assertThrows(NullPointerException.class, () -> Attendance.remote(null));
  }

  @Test
  void numberedListsBesideBulletedOnes() {
    Block.Paragraph one = Block.paragraph("Ett");
    Block.Paragraph two = Block.paragraph("Två");

    assertEquals(new Block.ItemList(true, List.of(one, two)), Block.numbered(one, two));
    assertEquals(new Block.ItemList(false, List.of(one, two)), Block.bulleted(one, two));
  }

  @Test
  void aParticipantListHasItsOwnHeadingOnlyIfGiven() {
    Participant anna = Participant.of("Anna", Affiliation.member("NUH"));

    assertEquals(
        new ParticipantList(Optional.empty(), List.of(anna)), ParticipantList.of(List.of(anna)));
    assertEquals(
        new ParticipantList(Optional.of("Deltagarförteckning 28/4"), List.of(anna)),
        ParticipantList.headed("Deltagarförteckning 28/4", List.of(anna)));
    assertThrows(NullPointerException.class, () -> ParticipantList.headed(null, List.of()));
    assertTrue(ParticipantList.of(List.of()).heading().isEmpty());
  }
}
