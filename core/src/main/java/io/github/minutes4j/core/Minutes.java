package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.ConsistentProceedings;
import io.github.minutes4j.core.validation.DeclaredNetworks;
import io.github.minutes4j.core.validation.FourDigitYear;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One set of meeting minutes: who met, when and where, what was on the agenda and said, who took
 * the notes, and who took part. This is the value every exporter writes and every reader returns.
 *
 * <p>Deeply immutable, with value equality: two {@code Minutes} with the same content are {@code
 * equal}, so a JSON round trip can be checked with {@code equals}. Construction refuses null but
 * accepts anything else; {@link io.github.minutes4j.core.validation.MinutesValidator} reports
 * everything else that is wrong at once.
 *
 * <p>Not {@link java.io.Serializable}, on purpose. Java serialisation of records with {@code
 * Optional} components fails ({@code Optional} is not serialisable), and making it work would
 * freeze the private shape of every model type as a second wire format, one that deserialises
 * without validation. To store or send minutes, write them with the JSON exporter ({@code
 * minutes4j-export-json}): a documented, versioned format with a schema, which its reader checks
 * and turns back into equal {@code Minutes}.
 *
 * @param language the language the minutes are written in
 * @param organiser who held the meeting
 * @param kind what kind of document this is
 * @param date the date of the document (not necessarily of the meeting); its year from 1 to 9999
 * @param title the meeting's title
 * @param sessions when and where the meeting sat; at least one, shown in the order given (not
 *     sorted, nor checked to be in time order: minutes written afterwards sometimes list a sitting
 *     out of order, and every exporter keeps the document's order)
 * @param agenda the agenda items, in order; may be empty
 * @param noteTakers who took the notes ("För anteckningarna"; in formal minutes the secretary, "Vid protokollet"); may be empty
 * @param participants the participant list, if the document has one
 * @param firstParagraph the number of the first agenda item, when the body numbers its items
 *     ("paragraphs") across the year: items without a {@linkplain AgendaItem#number() number} of
 *     their own are numbered "§ n" by their place, see {@link #itemNumbers()}; from 1
 * @param chair who chaired the meeting ("ordförande"), if the minutes say; in minutes with
 *     attendees, a present attendee
 * @param adjusters who adjust the minutes with the chair ("justerare"), in order; in minutes with
 *     attendees, present attendees who take part in decisions; may be empty
 * @param attendees the attendance of the body's members, substitutes, officials and others, in the
 *     minutes' order; may be empty
 * @param attachments the documents attached ("bilagor"), in order; may be empty
 * @param adjustment where and when the minutes are adjusted, if the minutes say
 * @param notice the notice of the adjustment ("anslag"), if the minutes give it
 * @param nextMeeting when and where the body meets next, if the minutes say
 * @since 0.1.0
 */
@DeclaredNetworks
@ConsistentProceedings
public record Minutes(
    Language language,
    @Valid Organiser organiser,
    DocumentKind kind,
    @FourDigitYear LocalDate date,
    @Text String title,
    @NotEmpty(message = "must have at least one session; add the date and times of the meeting")
        @Size(max = 100)
        List<@Valid Session> sessions,
    @Size(max = 10_000) List<@Valid AgendaItem> agenda,
    @Size(max = 100) List<@Valid Person> noteTakers,
    Optional<@Valid ParticipantList> participants,
    Optional<
            @Positive(message = "must be 1 or more: paragraphs are numbered from § 1")
            @Max(value = 1_000_000, message = "must be at most 1000000")
            Integer>
        firstParagraph,
    Optional<@Valid Person> chair,
    @Size(max = 100) List<@Valid Person> adjusters,
    @Size(max = 10_000) List<@Valid Attendee> attendees,
    @Size(max = 1_000) List<@Valid Attachment> attachments,
    Optional<@Valid Adjustment> adjustment,
    Optional<@Valid Notice> notice,
    Optional<@Valid NextMeeting> nextMeeting) {

  /**
   * Creates minutes; the lists are copied.
   *
   * @param language the language the minutes are written in
   * @param organiser who held the meeting
   * @param kind what kind of document this is
   * @param date the date of the document (not necessarily of the meeting)
   * @param title the meeting's title
   * @param sessions when and where the meeting sat; at least one
   * @param agenda the agenda items, in order; may be empty
   * @param noteTakers who took the notes ("För anteckningarna"; in formal minutes the secretary, "Vid protokollet"); may be empty
   * @param participants the participant list, if the document has one
   * @param firstParagraph the number of the first agenda item, if items are numbered from it
   * @param chair who chaired the meeting, if the minutes say
   * @param adjusters who adjust the minutes with the chair
   * @param attendees the attendance of the body
   * @param attachments the documents attached
   * @param adjustment where and when the minutes are adjusted, if the minutes say
   * @param notice the notice of the adjustment, if given
   * @param nextMeeting when and where the body meets next, if the minutes say
   * @throws NullPointerException if an argument or a list element is null
   * @since 0.3.0
   */
  public Minutes {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    sessions = NonNullLists.copyOf(sessions, "sessions");
    agenda = NonNullLists.copyOf(agenda, "agenda");
    noteTakers = NonNullLists.copyOf(noteTakers, "noteTakers");
    Objects.requireNonNull(participants, "participants");
    Objects.requireNonNull(firstParagraph, "firstParagraph");
    Objects.requireNonNull(chair, "chair");
    adjusters = NonNullLists.copyOf(adjusters, "adjusters");
    attendees = NonNullLists.copyOf(attendees, "attendees");
    attachments = NonNullLists.copyOf(attachments, "attachments");
    Objects.requireNonNull(adjustment, "adjustment");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(nextMeeting, "nextMeeting");
  }

  /**
   * Creates minutes as version 0.2 did, with none of the parts of formal minutes; the lists are
   * copied.
   *
   * @param language the language the minutes are written in
   * @param organiser who held the meeting
   * @param kind what kind of document this is
   * @param date the date of the document
   * @param title the meeting's title
   * @param sessions when and where the meeting sat; at least one
   * @param agenda the agenda items, in order
   * @param noteTakers who took the notes
   * @param participants the participant list, if the document has one
   * @throws NullPointerException if an argument or a list element is null
   */
  public Minutes(
      Language language,
      Organiser organiser,
      DocumentKind kind,
      LocalDate date,
      String title,
      List<Session> sessions,
      List<AgendaItem> agenda,
      List<Person> noteTakers,
      Optional<ParticipantList> participants) {
    this(
        language,
        organiser,
        kind,
        date,
        title,
        sessions,
        agenda,
        noteTakers,
        participants,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The number each agenda item is shown with, in the agenda's order: its own {@linkplain
   * AgendaItem#number() number} if it has one; otherwise, when {@link #firstParagraph()} is set,
   * "§ n", where n counts from the first paragraph by the item's place in the agenda (the third
   * item of minutes that start at § 41 is "§ 43"); otherwise none. References to an item (a
   * {@link Moment#paragraph()}) use this number.
   *
   * @return one entry per agenda item; never null
   * @since 0.3.0
   */
  public List<Optional<String>> itemNumbers() {
    List<Optional<String>> numbers = new ArrayList<>(agenda.size());
    for (int i = 0; i < agenda.size(); i++) {
      Optional<String> own = agenda.get(i).number();
      if (own.isEmpty() && firstParagraph.isPresent()) {
        numbers.add(Optional.of("§ " + ((long) firstParagraph.get() + i)));
      } else {
        numbers.add(own);
      }
    }
    return List.copyOf(numbers);
  }

  /**
   * Starts building minutes. Everything a document cannot exist without, and the builder cannot
   * guess, is an argument here; there is no default date or kind. The sessions, which the minutes
   * need at least one of, are added with {@link Builder#addSession(Session)}; minutes built without
   * one are refused by {@link io.github.minutes4j.core.validation.MinutesValidator} at the path
   * {@code sessions}.
   *
   * @param language the language they are written in
   * @param organiser who held the meeting
   * @param kind what kind of document this is, such as {@link DocumentKind#MEETING_NOTES}
   * @param title the meeting's title
   * @param date the date of the document (not necessarily of the meeting)
   * @return a builder with these parts, no sessions, no agenda items, no note-takers and no
   *     participant list
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public static Builder builder(
      Language language, Organiser organiser, DocumentKind kind, String title, LocalDate date) {
    return new Builder(language, organiser, kind, title, date);
  }

  /**
   * A builder that starts from these minutes, to derive a changed copy. The builder's lists hold
   * these minutes' elements: {@code addX} methods append to them, the methods named after a
   * component replace them; {@code chair(Optional.empty())} and the like remove a value.
   *
   * @return a builder holding everything in these minutes; never null
   */
  public Builder toBuilder() {
    return new Builder(language, organiser, kind, title, date)
        .sessions(sessions)
        .agenda(agenda)
        .noteTakers(noteTakers)
        .participants(participants)
        .firstParagraph(firstParagraph)
        .chair(chair)
        .adjusters(adjusters)
        .attendees(attendees)
        .attachments(attachments)
        .adjustment(adjustment)
        .notice(notice)
        .nextMeeting(nextMeeting);
  }

  /**
   * Builds {@link Minutes}. Not thread-safe; {@link #build()} may be called more than once, and
   * what it built does not change when the builder is used again.
   *
   * <p>As every builder of this package: {@code addX(x)} and {@code addXs(...)} append, the method
   * named after the component ({@code sessions(...)}, {@code agenda(...)}) replaces, and replacing
   * with an empty list clears. An optional value ({@code chair}, {@code participants}, {@code
   * firstParagraph}, {@code adjustment}, {@code notice}, {@code nextMeeting}) is replaced by its
   * method taking the value or an {@link Optional}, and removed with {@link Optional#empty()}:
   * {@code chair(Optional.empty())}. Arguments and their elements must not be null, and a null
   * never means "none": {@code chair(null)} does not compile (it fits both methods), and {@code
   * chair((Person) null)} throws. A method that throws {@link NullPointerException} leaves the
   * builder as it was.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Language language;
    private Organiser organiser;
    private DocumentKind kind;
    private String title;
    private LocalDate date;
    private final List<Session> sessions = new ArrayList<>();
    private final List<AgendaItem> agenda = new ArrayList<>();
    private final List<Person> noteTakers = new ArrayList<>();
    private Optional<ParticipantList> participants = Optional.empty();
    private Optional<Integer> firstParagraph = Optional.empty();
    private Optional<Person> chair = Optional.empty();
    private final List<Person> adjusters = new ArrayList<>();
    private final List<Attendee> attendees = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private Optional<Adjustment> adjustment = Optional.empty();
    private Optional<Notice> notice = Optional.empty();
    private Optional<NextMeeting> nextMeeting = Optional.empty();

    private Builder(
        Language language, Organiser organiser, DocumentKind kind, String title, LocalDate date) {
      language(language).organiser(organiser).kind(kind).title(title).date(date);
    }

    /**
     * Replaces the language.
     *
     * @param language the language
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Replaces the organiser.
     *
     * @param organiser the organiser
     * @return this builder
     * @throws NullPointerException if {@code organiser} is null
     */
    public Builder organiser(Organiser organiser) {
      this.organiser = Objects.requireNonNull(organiser, "organiser");
      return this;
    }

    /**
     * Replaces the kind of document.
     *
     * @param kind the kind
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder kind(DocumentKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Replaces the title.
     *
     * @param title the title
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Replaces the document's date.
     *
     * @param date the date
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Appends a session after those already added.
     *
     * @param session the session
     * @return this builder
     * @throws NullPointerException if {@code session} is null
     * @since 0.2.0
     */
    public Builder addSession(Session session) {
      return addSessions(List.of(Objects.requireNonNull(session, "session")));
    }

    /**
     * Appends sessions after those already added.
     *
     * @param sessions the sessions, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addSessions(Session... sessions) {
      return addSessions(NonNullLists.of("sessions", sessions));
    }

    /**
     * Appends sessions after those already added.
     *
     * @param sessions the sessions, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addSessions(Iterable<? extends Session> sessions) {
      BuilderLists.append(this.sessions, sessions, "sessions");
      return this;
    }

    /**
     * Replaces the sessions with these; an empty list clears them.
     *
     * @param sessions the sessions, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder sessions(Iterable<? extends Session> sessions) {
      BuilderLists.replace(this.sessions, sessions, "sessions");
      return this;
    }

    /**
     * Appends an agenda item after those already added.
     *
     * @param item the item
     * @return this builder
     * @throws NullPointerException if {@code item} is null
     * @since 0.2.0
     */
    public Builder addAgendaItem(AgendaItem item) {
      return addAgendaItems(List.of(Objects.requireNonNull(item, "item")));
    }

    /**
     * Appends agenda items after those already added.
     *
     * @param items the items, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addAgendaItems(AgendaItem... items) {
      return addAgendaItems(NonNullLists.of("items", items));
    }

    /**
     * Appends agenda items after those already added.
     *
     * @param items the items, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addAgendaItems(Iterable<? extends AgendaItem> items) {
      BuilderLists.append(this.agenda, items, "items");
      return this;
    }

    /**
     * Replaces the agenda with these items; an empty list clears it.
     *
     * @param items the items, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder agenda(Iterable<? extends AgendaItem> items) {
      BuilderLists.replace(this.agenda, items, "items");
      return this;
    }

    /**
     * Appends a note-taker after those already added.
     *
     * @param person the note-taker
     * @return this builder
     * @throws NullPointerException if {@code person} is null
     * @since 0.2.0
     */
    public Builder addNoteTaker(Person person) {
      return addNoteTakers(List.of(Objects.requireNonNull(person, "person")));
    }

    /**
     * Appends note-takers after those already added.
     *
     * @param people the note-takers, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addNoteTakers(Person... people) {
      return addNoteTakers(NonNullLists.of("people", people));
    }

    /**
     * Appends note-takers after those already added.
     *
     * @param people the note-takers, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addNoteTakers(Iterable<? extends Person> people) {
      BuilderLists.append(this.noteTakers, people, "people");
      return this;
    }

    /**
     * Replaces the note-takers with these; an empty list clears them.
     *
     * @param people the note-takers, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder noteTakers(Iterable<? extends Person> people) {
      BuilderLists.replace(this.noteTakers, people, "people");
      return this;
    }

    /**
     * Replaces the participant list. Make one with {@link ParticipantList#of(List)}, which is
     * headed by the language's label ("Deltagarförteckning"), or {@link
     * ParticipantList#headed(String, List)} for the document's own heading.
     *
     * @param list the participant list
     * @return this builder
     * @throws NullPointerException if {@code list} is null
     * @since 0.2.0
     */
    public Builder participants(ParticipantList list) {
      return participants(Optional.of(Objects.requireNonNull(list, "list")));
    }

    /**
     * Replaces the participant list, or removes it with {@link Optional#empty()}.
     *
     * @param list the participant list, if the minutes have one
     * @return this builder
     * @throws NullPointerException if {@code list} is null
     * @since 0.2.0
     */
    public Builder participants(Optional<ParticipantList> list) {
      this.participants = Objects.requireNonNull(list, "list");
      return this;
    }

    /**
     * Removes the participant list; the same as {@code participants(Optional.empty())}, kept from
     * version 0.1.
     *
     * @return this builder
     */
    public Builder withoutParticipants() {
      return participants(Optional.empty());
    }

    /**
     * Replaces the number of the first agenda item.
     *
     * @param firstParagraph the number of the first agenda item, from which items without a number
     *     of their own are numbered
     * @return this builder
     * @throws NullPointerException if {@code firstParagraph} is null
     * @since 0.3.0
     */
    public Builder firstParagraph(Integer firstParagraph) {
      return firstParagraph(Optional.of(Objects.requireNonNull(firstParagraph, "firstParagraph")));
    }

    /**
     * Replaces the number of the first agenda item, or removes it with {@link Optional#empty()}.
     *
     * @param firstParagraph the number of the first agenda item, if any
     * @return this builder
     * @throws NullPointerException if {@code firstParagraph} is null
     * @since 0.3.0
     */
    public Builder firstParagraph(Optional<Integer> firstParagraph) {
      this.firstParagraph = Objects.requireNonNull(firstParagraph, "firstParagraph");
      return this;
    }

    /**
     * Replaces who chaired the meeting.
     *
     * @param chair who chaired the meeting
     * @return this builder
     * @throws NullPointerException if {@code chair} is null
     * @since 0.3.0
     */
    public Builder chair(Person chair) {
      return chair(Optional.of(Objects.requireNonNull(chair, "chair")));
    }

    /**
     * Replaces who chaired the meeting, or removes it with {@link Optional#empty()}.
     *
     * @param chair who chaired the meeting, if any
     * @return this builder
     * @throws NullPointerException if {@code chair} is null
     * @since 0.3.0
     */
    public Builder chair(Optional<Person> chair) {
      this.chair = Objects.requireNonNull(chair, "chair");
      return this;
    }

    /**
     * Appends an adjuster after those already added.
     *
     * @param adjuster the adjuster
     * @return this builder
     * @throws NullPointerException if {@code adjuster} is null
     * @since 0.3.0
     */
    public Builder addAdjuster(Person adjuster) {
      return addAdjusters(List.of(Objects.requireNonNull(adjuster, "adjuster")));
    }

    /**
     * Appends these after those already added.
     *
     * @param adjusters the adjusters, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addAdjusters(Person... adjusters) {
      return addAdjusters(NonNullLists.of("adjusters", adjusters));
    }

    /**
     * Appends these after those already added.
     *
     * @param adjusters the adjusters, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addAdjusters(Iterable<? extends Person> adjusters) {
      BuilderLists.append(this.adjusters, adjusters, "adjusters");
      return this;
    }

    /**
     * Replaces the adjusters with these; an empty list clears them.
     *
     * @param adjusters the adjusters, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder adjusters(Iterable<? extends Person> adjusters) {
      BuilderLists.replace(this.adjusters, adjusters, "adjusters");
      return this;
    }

    /**
     * Appends an attendee after those already added.
     *
     * @param attendee the attendee
     * @return this builder
     * @throws NullPointerException if {@code attendee} is null
     * @since 0.3.0
     */
    public Builder addAttendee(Attendee attendee) {
      return addAttendees(List.of(Objects.requireNonNull(attendee, "attendee")));
    }

    /**
     * Appends these after those already added.
     *
     * @param attendees the attendees, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addAttendees(Attendee... attendees) {
      return addAttendees(NonNullLists.of("attendees", attendees));
    }

    /**
     * Appends these after those already added.
     *
     * @param attendees the attendees, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addAttendees(Iterable<? extends Attendee> attendees) {
      BuilderLists.append(this.attendees, attendees, "attendees");
      return this;
    }

    /**
     * Replaces the attendees with these; an empty list clears them.
     *
     * @param attendees the attendees, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder attendees(Iterable<? extends Attendee> attendees) {
      BuilderLists.replace(this.attendees, attendees, "attendees");
      return this;
    }

    /**
     * Appends an attachment after those already added.
     *
     * @param attachment the attachment
     * @return this builder
     * @throws NullPointerException if {@code attachment} is null
     * @since 0.3.0
     */
    public Builder addAttachment(Attachment attachment) {
      return addAttachments(List.of(Objects.requireNonNull(attachment, "attachment")));
    }

    /**
     * Appends these after those already added.
     *
     * @param attachments the attachments, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addAttachments(Attachment... attachments) {
      return addAttachments(NonNullLists.of("attachments", attachments));
    }

    /**
     * Appends these after those already added.
     *
     * @param attachments the attachments, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addAttachments(Iterable<? extends Attachment> attachments) {
      BuilderLists.append(this.attachments, attachments, "attachments");
      return this;
    }

    /**
     * Replaces the attachments with these; an empty list clears them.
     *
     * @param attachments the attachments, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder attachments(Iterable<? extends Attachment> attachments) {
      BuilderLists.replace(this.attachments, attachments, "attachments");
      return this;
    }

    /**
     * Replaces where and when the minutes are adjusted.
     *
     * @param adjustment where and when the minutes are adjusted
     * @return this builder
     * @throws NullPointerException if {@code adjustment} is null
     * @since 0.3.0
     */
    public Builder adjustment(Adjustment adjustment) {
      return adjustment(Optional.of(Objects.requireNonNull(adjustment, "adjustment")));
    }

    /**
     * Replaces where and when the minutes are adjusted, or removes it with {@link Optional#empty()}.
     *
     * @param adjustment where and when the minutes are adjusted, if any
     * @return this builder
     * @throws NullPointerException if {@code adjustment} is null
     * @since 0.3.0
     */
    public Builder adjustment(Optional<Adjustment> adjustment) {
      this.adjustment = Objects.requireNonNull(adjustment, "adjustment");
      return this;
    }

    /**
     * Replaces the notice of the adjustment.
     *
     * @param notice the notice of the adjustment
     * @return this builder
     * @throws NullPointerException if {@code notice} is null
     * @since 0.3.0
     */
    public Builder notice(Notice notice) {
      return notice(Optional.of(Objects.requireNonNull(notice, "notice")));
    }

    /**
     * Replaces the notice of the adjustment, or removes it with {@link Optional#empty()}.
     *
     * @param notice the notice of the adjustment, if any
     * @return this builder
     * @throws NullPointerException if {@code notice} is null
     * @since 0.3.0
     */
    public Builder notice(Optional<Notice> notice) {
      this.notice = Objects.requireNonNull(notice, "notice");
      return this;
    }

    /**
     * Replaces when and where the body meets next.
     *
     * @param nextMeeting when and where the body meets next
     * @return this builder
     * @throws NullPointerException if {@code nextMeeting} is null
     * @since 0.3.0
     */
    public Builder nextMeeting(NextMeeting nextMeeting) {
      return nextMeeting(Optional.of(Objects.requireNonNull(nextMeeting, "nextMeeting")));
    }

    /**
     * Replaces when and where the body meets next, or removes it with {@link Optional#empty()}.
     *
     * @param nextMeeting when and where the body meets next, if any
     * @return this builder
     * @throws NullPointerException if {@code nextMeeting} is null
     * @since 0.3.0
     */
    public Builder nextMeeting(Optional<NextMeeting> nextMeeting) {
      this.nextMeeting = Objects.requireNonNull(nextMeeting, "nextMeeting");
      return this;
    }

    /**
     * Builds the minutes. Does not validate; see {@link
     * io.github.minutes4j.core.validation.MinutesValidator}.
     *
     * @return the minutes
     */
    public Minutes build() {
      return new Minutes(
          language,
          organiser,
          kind,
          date,
          title,
          sessions,
          agenda,
          noteTakers,
          participants,
          firstParagraph,
          chair,
          adjusters,
          attendees,
          attachments,
          adjustment,
          notice,
          nextMeeting);
    }
  }
}
