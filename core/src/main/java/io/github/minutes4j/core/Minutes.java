package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.DeclaredNetworks;
import io.github.minutes4j.core.internal.FourDigitYear;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * @param sessions when and where the meeting sat; at least one
 * @param agenda the agenda items, in order; may be empty
 * @param noteTakers who took the notes ("För anteckningarna"); may be empty
 * @param participants the participant list, if the document has one
 * @since 0.1.0
 */
@DeclaredNetworks
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
    Optional<@Valid ParticipantList> participants) {

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
   * @param noteTakers who took the notes ("För anteckningarna"); may be empty
   * @param participants the participant list, if the document has one
   * @throws NullPointerException if an argument or a list element is null
   */
  public Minutes {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    sessions = List.copyOf(sessions);
    agenda = List.copyOf(agenda);
    noteTakers = List.copyOf(noteTakers);
    Objects.requireNonNull(participants, "participants");
  }

  /**
   * Starts building minutes.
   *
   * @param language the language they are written in
   * @param organiser who held the meeting
   * @param title the meeting's title
   * @return a builder of meeting notes dated {@code 1970-01-01} until {@link Builder#date} is set
   */
  public static Builder builder(Language language, Organiser organiser, String title) {
    return new Builder(language, organiser, title);
  }

  /**
   * A builder that starts from these minutes, to derive a changed copy.
   *
   * @return a builder holding everything in these minutes
   */
  public Builder toBuilder() {
    Builder builder = new Builder(language, organiser, title).kind(kind).date(date);
    builder.sessions.addAll(sessions);
    builder.agenda.addAll(agenda);
    builder.noteTakers.addAll(noteTakers);
    builder.participants = participants;
    return builder;
  }

  /**
   * Builds {@link Minutes}. Not thread-safe; {@link #build()} may be called more than once, and
   * what it built does not change when the builder is used again.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Language language;
    private Organiser organiser;
    private String title;
    private DocumentKind kind = DocumentKind.MEETING_NOTES;
    private LocalDate date = LocalDate.EPOCH;
    private final List<Session> sessions = new ArrayList<>();
    private final List<AgendaItem> agenda = new ArrayList<>();
    private final List<Person> noteTakers = new ArrayList<>();
    private Optional<ParticipantList> participants = Optional.empty();

    private Builder(Language language, Organiser organiser, String title) {
      this.language = Objects.requireNonNull(language, "language");
      this.organiser = Objects.requireNonNull(organiser, "organiser");
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Sets the language.
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the organiser.
     *
     * @param organiser the organiser
     * @return this builder
     */
    public Builder organiser(Organiser organiser) {
      this.organiser = Objects.requireNonNull(organiser, "organiser");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the kind of document; meeting notes unless set.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(DocumentKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the document's date.
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Adds sessions.
     *
     * @param sessions the sessions
     * @return this builder
     */
    public Builder sessions(Session... sessions) {
      this.sessions.addAll(Arrays.asList(sessions));
      return this;
    }

    /**
     * Adds agenda items.
     *
     * @param items the items
     * @return this builder
     */
    public Builder agenda(AgendaItem... items) {
      this.agenda.addAll(Arrays.asList(items));
      return this;
    }

    /**
     * Adds note-takers.
     *
     * @param people the note-takers
     * @return this builder
     */
    public Builder noteTakers(Person... people) {
      this.noteTakers.addAll(Arrays.asList(people));
      return this;
    }

    /**
     * Sets the participant list.
     *
     * @param heading the list's heading
     * @param entries the rows
     * @return this builder
     */
    public Builder participants(String heading, List<Participant> entries) {
      this.participants = Optional.of(new ParticipantList(heading, entries));
      return this;
    }

    /**
     * Removes the participant list.
     *
     * @return this builder
     */
    public Builder withoutParticipants() {
      this.participants = Optional.empty();
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
          language, organiser, kind, date, title, sessions, agenda, noteTakers, participants);
    }
  }
}
