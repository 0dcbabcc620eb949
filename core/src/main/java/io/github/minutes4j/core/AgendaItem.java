package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item on the agenda: its number if the document gives one, a heading, who presented it, what
 * was said, and links to slides and recordings; in formal minutes also the case it concerns, the
 * proposals, the votes, the decisions, the reservations against them and the notes entered, who
 * stayed out because of a conflict of interest, the attachments it refers to, who the decision is
 * sent to, and whether the item was adjusted at once; and, for any minutes, what is to be done.
 *
 * <p>Everything added in 0.3.0 is optional (empty lists, empty values, {@code false}): minutes of
 * version 0.2 are still valid. {@link io.github.minutes4j.core.validation.MinutesValidator} checks
 * that the references between the parts hold: proposal ids in votes and in the order of putting,
 * decision ids in reservations, attachment numbers, and that an open vote's totals match its
 * ballots.
 *
 * @param number the item's number as the document writes it, such as "3.1" or "§ 12", if it has
 *     one; exporters show it before the heading
 * @param heading the heading, such as "Introduktion till dagen"
 * @param presenters who presented or led the item, in the order the document names them; may be
 *     empty
 * @param content what was said, in reading order; may be empty
 * @param links links to slides, recordings and documents, in the document's order; may be empty
 * @param caseReference the case the item concerns ("diarienummer"), such as "KS 2026/114", if
 *     given
 * @param conflictsOfInterest members who did not take part because of a conflict of interest
 *     ("jäv"); may be empty
 * @param proposals the proposals made and not withdrawn ("yrkanden"), in the order they were
 *     made; may be empty
 * @param proposalOrder the ids of the proposals in the order the chair put them
 *     ("propositionsordning"); may be empty
 * @param votes the votes taken, in order; may be empty
 * @param decisions the decisions, in order; may be empty
 * @param reservations the reservations against the decisions; may be empty
 * @param protocolNotes notes entered at a member's request ("protokollsanteckningar"); may be
 *     empty
 * @param actions what is to be done after the meeting; may be empty
 * @param attachments the numbers of the {@linkplain Minutes#attachments() attachments} the item
 *     refers to, in order; may be empty
 * @param recipients who the decision is sent to ("Beslutet skickas till"), in order; may be empty
 * @param adjustedImmediately whether the item was adjusted at once, at the meeting ("omedelbar
 *     justering")
 * @since 0.1.0
 */
public record AgendaItem(
    Optional<@Text String> number,
    @Text String heading,
    @Size(max = 1_000) List<@Valid Person> presenters,
    @Size(max = 10_000) List<@Valid Block> content,
    @Size(max = 1_000) List<@Valid Link> links,
    Optional<@Text String> caseReference,
    @Size(max = 1_000) List<@Valid ConflictOfInterest> conflictsOfInterest,
    @Size(max = 1_000) List<@Valid Proposal> proposals,
    @Size(max = 1_000) List<@Text String> proposalOrder,
    @Size(max = 100) List<@Valid Vote> votes,
    @Size(max = 1_000) List<@Valid Decision> decisions,
    @Size(max = 1_000) List<@Valid Reservation> reservations,
    @Size(max = 1_000) List<@Valid ProtocolNote> protocolNotes,
    @Size(max = 1_000) List<@Valid ActionItem> actions,
    @Size(max = 1_000) List<@Text String> attachments,
    @Size(max = 1_000) List<@Text String> recipients,
    boolean adjustedImmediately) {

  /**
   * Creates an agenda item; the lists are copied.
   *
   * @param number the item's number as the document writes it, such as "3.1" or "§ 12", if it has
   *     one
   * @param heading the heading, such as "Introduktion till dagen"
   * @param presenters who presented or led the item, in the order the document names them; may be empty
   * @param content what was said, in reading order; may be empty
   * @param links links to slides, recordings and documents, in the document's order; may be empty
   * @param caseReference the case the item concerns, if given
   * @param conflictsOfInterest members who stayed out because of a conflict of interest
   * @param proposals the proposals made and not withdrawn
   * @param proposalOrder the ids of the proposals in the order the chair put them
   * @param votes the votes taken
   * @param decisions the decisions
   * @param reservations the reservations against the decisions
   * @param protocolNotes notes entered at a member's request
   * @param actions what is to be done after the meeting
   * @param attachments the numbers of the attachments the item refers to
   * @param recipients who the decision is sent to
   * @param adjustedImmediately whether the item was adjusted at once
   * @throws NullPointerException if an argument or an element is null (use {@link
   *     Optional#empty()} for no value)
   * @since 0.3.0
   */
  public AgendaItem {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(heading, "heading");
    presenters = NonNullLists.copyOf(presenters, "presenters");
    content = NonNullLists.copyOf(content, "content");
    links = NonNullLists.copyOf(links, "links");
    Objects.requireNonNull(caseReference, "caseReference");
    conflictsOfInterest = NonNullLists.copyOf(conflictsOfInterest, "conflictsOfInterest");
    proposals = NonNullLists.copyOf(proposals, "proposals");
    proposalOrder = NonNullLists.copyOf(proposalOrder, "proposalOrder");
    votes = NonNullLists.copyOf(votes, "votes");
    decisions = NonNullLists.copyOf(decisions, "decisions");
    reservations = NonNullLists.copyOf(reservations, "reservations");
    protocolNotes = NonNullLists.copyOf(protocolNotes, "protocolNotes");
    actions = NonNullLists.copyOf(actions, "actions");
    attachments = NonNullLists.copyOf(attachments, "attachments");
    recipients = NonNullLists.copyOf(recipients, "recipients");
  }

  /**
   * Creates an agenda item as in version 0.2.0, with none of the parts of formal minutes; the
   * lists are copied.
   *
   * @param number the item's number as the document writes it, if it has one
   * @param heading the heading
   * @param presenters who presented or led the item; may be empty
   * @param content what was said, in reading order; may be empty
   * @param links links to slides, recordings and documents; may be empty
   * @throws NullPointerException if an argument or an element is null
   * @since 0.2.0
   */
  public AgendaItem(
      Optional<String> number,
      String heading,
      List<Person> presenters,
      List<Block> content,
      List<Link> links) {
    this(
        number,
        heading,
        presenters,
        content,
        links,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false);
  }

  /**
   * Creates an agenda item without a number, as in version 0.1.0; the lists are copied.
   *
   * @param heading the heading, such as "Introduktion till dagen"
   * @param presenters who presented or led the item; may be empty
   * @param content what was said, in reading order; may be empty
   * @param links links to slides, recordings and documents; may be empty
   * @throws NullPointerException if an argument or an element is null
   */
  public AgendaItem(
      String heading, List<Person> presenters, List<Block> content, List<Link> links) {
    this(Optional.empty(), heading, presenters, content, links);
  }

  /**
   * Starts an agenda item.
   *
   * @param heading the heading
   * @return a builder with no presenters, no content and no links
   * @throws NullPointerException if {@code heading} is null
   */
  public static Builder withHeading(String heading) {
    return new Builder(heading);
  }

  /**
   * A builder that starts from this item, to derive a changed copy. {@code addX} methods append to
   * this item's lists, the methods named after a component replace them; {@code
   * number(Optional.empty())} and {@code caseReference(Optional.empty())} remove a value.
   *
   * @return a builder holding everything in this item; never null
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder(heading)
        .number(number)
        .presenters(presenters)
        .content(content)
        .links(links)
        .conflictsOfInterest(conflictsOfInterest)
        .proposals(proposals)
        .proposalOrder(proposalOrder)
        .votes(votes)
        .decisions(decisions)
        .reservations(reservations)
        .protocolNotes(protocolNotes)
        .actions(actions)
        .attachments(attachments)
        .recipients(recipients)
        .caseReference(caseReference)
        .adjustedImmediately(adjustedImmediately);
  }

  /**
   * Builds an {@link AgendaItem}. Not thread-safe; {@link #build()} may be called more than once,
   * and what it built does not change when the builder is used again.
   *
   * <p>As every builder of this package: {@code addX(x)} and {@code addXs(...)} append, the method
   * named after the component ({@code presenters(...)}, {@code content(...)}, {@code links(...)})
   * replaces, and replacing with an empty list clears; an optional value ({@code number}, {@code
   * caseReference}) is replaced by its method taking the value or an {@link Optional}, and removed
   * with {@link Optional#empty()}. Arguments and their elements must not be null, and a null
   * never means "none": a method that throws {@link NullPointerException} leaves the builder as it
   * was.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String heading;
    private Optional<String> number = Optional.empty();
    private final List<Person> presenters = new ArrayList<>();
    private final List<Block> content = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Optional<String> caseReference = Optional.empty();
    private final List<ConflictOfInterest> conflictsOfInterest = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<String> proposalOrder = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Reservation> reservations = new ArrayList<>();
    private final List<ProtocolNote> protocolNotes = new ArrayList<>();
    private final List<ActionItem> actions = new ArrayList<>();
    private final List<String> attachments = new ArrayList<>();
    private final List<String> recipients = new ArrayList<>();
    private boolean adjustedImmediately;

    private Builder(String heading) {
      heading(heading);
    }

    /**
     * Replaces the heading.
     *
     * @param heading the heading
     * @return this builder
     * @throws NullPointerException if {@code heading} is null
     * @since 0.2.0
     */
    public Builder heading(String heading) {
      this.heading = Objects.requireNonNull(heading, "heading");
      return this;
    }

    /**
     * Replaces the item's number, such as "3.1" or "§ 12".
     *
     * @param number the number as the document writes it
     * @return this builder
     * @throws NullPointerException if {@code number} is null
     * @since 0.2.0
     */
    public Builder number(String number) {
      return number(Optional.of(Objects.requireNonNull(number, "number")));
    }

    /**
     * Replaces the item's number, or removes it with {@link Optional#empty()}.
     *
     * @param number the number as the document writes it, if it has one
     * @return this builder
     * @throws NullPointerException if {@code number} is null
     * @since 0.3.0
     */
    public Builder number(Optional<String> number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * Appends a presenter after those already added.
     *
     * @param presenter the presenter
     * @return this builder
     * @throws NullPointerException if {@code presenter} is null
     * @since 0.2.0
     */
    public Builder addPresenter(Person presenter) {
      return addPresenters(List.of(Objects.requireNonNull(presenter, "presenter")));
    }

    /**
     * Appends presenters after those already added.
     *
     * @param presenters the presenters, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addPresenters(Person... presenters) {
      return addPresenters(NonNullLists.of("presenters", presenters));
    }

    /**
     * Appends presenters after those already added.
     *
     * @param presenters the presenters, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addPresenters(Iterable<? extends Person> presenters) {
      BuilderLists.append(this.presenters, presenters, "presenters");
      return this;
    }

    /**
     * Replaces the presenters with these; an empty list clears them.
     *
     * @param presenters the presenters, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder presenters(Iterable<? extends Person> presenters) {
      BuilderLists.replace(this.presenters, presenters, "presenters");
      return this;
    }

    /**
     * Appends a content block after those already added.
     *
     * @param block the block
     * @return this builder
     * @throws NullPointerException if {@code block} is null
     * @since 0.2.0
     */
    public Builder addBlock(Block block) {
      return addBlocks(List.of(Objects.requireNonNull(block, "block")));
    }

    /**
     * Appends content blocks after those already added.
     *
     * @param blocks the blocks, in reading order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addBlocks(Block... blocks) {
      return addBlocks(NonNullLists.of("blocks", blocks));
    }

    /**
     * Appends content blocks after those already added.
     *
     * @param blocks the blocks, in reading order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addBlocks(Iterable<? extends Block> blocks) {
      BuilderLists.append(this.content, blocks, "blocks");
      return this;
    }

    /**
     * Replaces the content with these blocks; an empty list clears it.
     *
     * @param blocks the blocks, in reading order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder content(Iterable<? extends Block> blocks) {
      BuilderLists.replace(this.content, blocks, "blocks");
      return this;
    }

    /**
     * Appends a link after those already added.
     *
     * @param kind what it leads to
     * @param label the text shown
     * @param target where it leads
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @since 0.2.0
     */
    public Builder addLink(LinkKind kind, String label, LinkTarget target) {
      return addLink(new Link(kind, label, target));
    }

    /**
     * Appends a link after those already added.
     *
     * @param link the link
     * @return this builder
     * @throws NullPointerException if {@code link} is null
     * @since 0.2.0
     */
    public Builder addLink(Link link) {
      return addLinks(List.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Appends links after those already added.
     *
     * @param links the links, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addLinks(Link... links) {
      return addLinks(NonNullLists.of("links", links));
    }

    /**
     * Appends links after those already added.
     *
     * @param links the links, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addLinks(Iterable<? extends Link> links) {
      BuilderLists.append(this.links, links, "links");
      return this;
    }

    /**
     * Replaces the links with these; an empty list clears them.
     *
     * @param links the links, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder links(Iterable<? extends Link> links) {
      BuilderLists.replace(this.links, links, "links");
      return this;
    }

    /**
     * Appends a member who stayed out because of a conflict of interest after those already added.
     *
     * @param conflictOfInterest the conflict of interest
     * @return this builder
     * @throws NullPointerException if {@code conflictOfInterest} is null
     * @since 0.3.0
     */
    public Builder addConflictOfInterest(ConflictOfInterest conflictOfInterest) {
      return addConflictsOfInterest(List.of(Objects.requireNonNull(conflictOfInterest, "conflictOfInterest")));
    }

    /**
     * Appends these after those already added.
     *
     * @param conflictsOfInterest the conflict of interests, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addConflictsOfInterest(ConflictOfInterest... conflictsOfInterest) {
      return addConflictsOfInterest(NonNullLists.of("conflictsOfInterest", conflictsOfInterest));
    }

    /**
     * Appends these after those already added.
     *
     * @param conflictsOfInterest the conflict of interests, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addConflictsOfInterest(Iterable<? extends ConflictOfInterest> conflictsOfInterest) {
      BuilderLists.append(this.conflictsOfInterest, conflictsOfInterest, "conflictsOfInterest");
      return this;
    }

    /**
     * Replaces the conflicts of interest with these; an empty list clears them.
     *
     * @param conflictsOfInterest the conflict of interests, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder conflictsOfInterest(Iterable<? extends ConflictOfInterest> conflictsOfInterest) {
      BuilderLists.replace(this.conflictsOfInterest, conflictsOfInterest, "conflictsOfInterest");
      return this;
    }

    /**
     * Appends a proposal after those already added.
     *
     * @param proposal the proposal
     * @return this builder
     * @throws NullPointerException if {@code proposal} is null
     * @since 0.3.0
     */
    public Builder addProposal(Proposal proposal) {
      return addProposals(List.of(Objects.requireNonNull(proposal, "proposal")));
    }

    /**
     * Appends these after those already added.
     *
     * @param proposals the proposals, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addProposals(Proposal... proposals) {
      return addProposals(NonNullLists.of("proposals", proposals));
    }

    /**
     * Appends these after those already added.
     *
     * @param proposals the proposals, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addProposals(Iterable<? extends Proposal> proposals) {
      BuilderLists.append(this.proposals, proposals, "proposals");
      return this;
    }

    /**
     * Replaces the proposals with these; an empty list clears them.
     *
     * @param proposals the proposals, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder proposals(Iterable<? extends Proposal> proposals) {
      BuilderLists.replace(this.proposals, proposals, "proposals");
      return this;
    }

    /**
     * Appends the id of the next proposal the chair put after those already added.
     *
     * @param proposalId the proposal id
     * @return this builder
     * @throws NullPointerException if {@code proposalId} is null
     * @since 0.3.0
     */
    public Builder addToProposalOrder(String proposalId) {
      return addToProposalOrder(List.of(Objects.requireNonNull(proposalId, "proposalId")));
    }

    /**
     * Appends these after those already added.
     *
     * @param proposalIds the proposal ids, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addToProposalOrder(String... proposalIds) {
      return addToProposalOrder(NonNullLists.of("proposalIds", proposalIds));
    }

    /**
     * Appends these after those already added.
     *
     * @param proposalIds the proposal ids, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addToProposalOrder(Iterable<? extends String> proposalIds) {
      BuilderLists.append(this.proposalOrder, proposalIds, "proposalIds");
      return this;
    }

    /**
     * Replaces the proposal order with these; an empty list clears them.
     *
     * @param proposalIds the proposal ids, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder proposalOrder(Iterable<? extends String> proposalIds) {
      BuilderLists.replace(this.proposalOrder, proposalIds, "proposalIds");
      return this;
    }

    /**
     * Appends a vote after those already added.
     *
     * @param vote the vote
     * @return this builder
     * @throws NullPointerException if {@code vote} is null
     * @since 0.3.0
     */
    public Builder addVote(Vote vote) {
      return addVotes(List.of(Objects.requireNonNull(vote, "vote")));
    }

    /**
     * Appends these after those already added.
     *
     * @param votes the votes, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addVotes(Vote... votes) {
      return addVotes(NonNullLists.of("votes", votes));
    }

    /**
     * Appends these after those already added.
     *
     * @param votes the votes, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addVotes(Iterable<? extends Vote> votes) {
      BuilderLists.append(this.votes, votes, "votes");
      return this;
    }

    /**
     * Replaces the votes with these; an empty list clears them.
     *
     * @param votes the votes, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder votes(Iterable<? extends Vote> votes) {
      BuilderLists.replace(this.votes, votes, "votes");
      return this;
    }

    /**
     * Appends a decision after those already added.
     *
     * @param decision the decision
     * @return this builder
     * @throws NullPointerException if {@code decision} is null
     * @since 0.3.0
     */
    public Builder addDecision(Decision decision) {
      return addDecisions(List.of(Objects.requireNonNull(decision, "decision")));
    }

    /**
     * Appends these after those already added.
     *
     * @param decisions the decisions, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addDecisions(Decision... decisions) {
      return addDecisions(NonNullLists.of("decisions", decisions));
    }

    /**
     * Appends these after those already added.
     *
     * @param decisions the decisions, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addDecisions(Iterable<? extends Decision> decisions) {
      BuilderLists.append(this.decisions, decisions, "decisions");
      return this;
    }

    /**
     * Replaces the decisions with these; an empty list clears them.
     *
     * @param decisions the decisions, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder decisions(Iterable<? extends Decision> decisions) {
      BuilderLists.replace(this.decisions, decisions, "decisions");
      return this;
    }

    /**
     * Appends a reservation after those already added.
     *
     * @param reservation the reservation
     * @return this builder
     * @throws NullPointerException if {@code reservation} is null
     * @since 0.3.0
     */
    public Builder addReservation(Reservation reservation) {
      return addReservations(List.of(Objects.requireNonNull(reservation, "reservation")));
    }

    /**
     * Appends these after those already added.
     *
     * @param reservations the reservations, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addReservations(Reservation... reservations) {
      return addReservations(NonNullLists.of("reservations", reservations));
    }

    /**
     * Appends these after those already added.
     *
     * @param reservations the reservations, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addReservations(Iterable<? extends Reservation> reservations) {
      BuilderLists.append(this.reservations, reservations, "reservations");
      return this;
    }

    /**
     * Replaces the reservations with these; an empty list clears them.
     *
     * @param reservations the reservations, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder reservations(Iterable<? extends Reservation> reservations) {
      BuilderLists.replace(this.reservations, reservations, "reservations");
      return this;
    }

    /**
     * Appends a protocol note after those already added.
     *
     * @param protocolNote the protocol note
     * @return this builder
     * @throws NullPointerException if {@code protocolNote} is null
     * @since 0.3.0
     */
    public Builder addProtocolNote(ProtocolNote protocolNote) {
      return addProtocolNotes(List.of(Objects.requireNonNull(protocolNote, "protocolNote")));
    }

    /**
     * Appends these after those already added.
     *
     * @param protocolNotes the protocol notes, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addProtocolNotes(ProtocolNote... protocolNotes) {
      return addProtocolNotes(NonNullLists.of("protocolNotes", protocolNotes));
    }

    /**
     * Appends these after those already added.
     *
     * @param protocolNotes the protocol notes, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addProtocolNotes(Iterable<? extends ProtocolNote> protocolNotes) {
      BuilderLists.append(this.protocolNotes, protocolNotes, "protocolNotes");
      return this;
    }

    /**
     * Replaces the protocol notes with these; an empty list clears them.
     *
     * @param protocolNotes the protocol notes, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder protocolNotes(Iterable<? extends ProtocolNote> protocolNotes) {
      BuilderLists.replace(this.protocolNotes, protocolNotes, "protocolNotes");
      return this;
    }

    /**
     * Appends an action item after those already added.
     *
     * @param action the action
     * @return this builder
     * @throws NullPointerException if {@code action} is null
     * @since 0.3.0
     */
    public Builder addAction(ActionItem action) {
      return addActions(List.of(Objects.requireNonNull(action, "action")));
    }

    /**
     * Appends these after those already added.
     *
     * @param actions the actions, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addActions(ActionItem... actions) {
      return addActions(NonNullLists.of("actions", actions));
    }

    /**
     * Appends these after those already added.
     *
     * @param actions the actions, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addActions(Iterable<? extends ActionItem> actions) {
      BuilderLists.append(this.actions, actions, "actions");
      return this;
    }

    /**
     * Replaces the actions with these; an empty list clears them.
     *
     * @param actions the actions, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder actions(Iterable<? extends ActionItem> actions) {
      BuilderLists.replace(this.actions, actions, "actions");
      return this;
    }

    /**
     * Appends the number of an attachment the item refers to after those already added.
     *
     * @param attachment the attachment
     * @return this builder
     * @throws NullPointerException if {@code attachment} is null
     * @since 0.3.0
     */
    public Builder addAttachment(String attachment) {
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
    public Builder addAttachments(String... attachments) {
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
    public Builder addAttachments(Iterable<? extends String> attachments) {
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
    public Builder attachments(Iterable<? extends String> attachments) {
      BuilderLists.replace(this.attachments, attachments, "attachments");
      return this;
    }

    /**
     * Appends someone the decision is sent to after those already added.
     *
     * @param recipient the recipient
     * @return this builder
     * @throws NullPointerException if {@code recipient} is null
     * @since 0.3.0
     */
    public Builder addRecipient(String recipient) {
      return addRecipients(List.of(Objects.requireNonNull(recipient, "recipient")));
    }

    /**
     * Appends these after those already added.
     *
     * @param recipients the recipients, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.3.0
     */
    public Builder addRecipients(String... recipients) {
      return addRecipients(NonNullLists.of("recipients", recipients));
    }

    /**
     * Appends these after those already added.
     *
     * @param recipients the recipients, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder addRecipients(Iterable<? extends String> recipients) {
      BuilderLists.append(this.recipients, recipients, "recipients");
      return this;
    }

    /**
     * Replaces the recipients with these; an empty list clears them.
     *
     * @param recipients the recipients, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.3.0
     */
    public Builder recipients(Iterable<? extends String> recipients) {
      BuilderLists.replace(this.recipients, recipients, "recipients");
      return this;
    }

    /**
     * Replaces the case reference ("diarienummer").
     *
     * @param caseReference the case the item concerns, such as "KS 2026/114"
     * @return this builder
     * @throws NullPointerException if {@code caseReference} is null
     * @since 0.3.0
     */
    public Builder caseReference(String caseReference) {
      return caseReference(Optional.of(Objects.requireNonNull(caseReference, "caseReference")));
    }

    /**
     * Replaces the case reference, or removes it with {@link Optional#empty()}.
     *
     * @param caseReference the case the item concerns, if given
     * @return this builder
     * @throws NullPointerException if {@code caseReference} is null
     * @since 0.3.0
     */
    public Builder caseReference(Optional<String> caseReference) {
      this.caseReference = Objects.requireNonNull(caseReference, "caseReference");
      return this;
    }

    /**
     * Sets whether the item was adjusted at once, at the meeting.
     *
     * @param adjustedImmediately true for "omedelbar justering"
     * @return this builder
     * @since 0.3.0
     */
    public Builder adjustedImmediately(boolean adjustedImmediately) {
      this.adjustedImmediately = adjustedImmediately;
      return this;
    }

    /**
     * Builds the item.
     *
     * @return the item
     */
    public AgendaItem build() {
      return new AgendaItem(
          number,
          heading,
          presenters,
          content,
          links,
          caseReference,
          conflictsOfInterest,
          proposals,
          proposalOrder,
          votes,
          decisions,
          reservations,
          protocolNotes,
          actions,
          attachments,
          recipients,
          adjustedImmediately);
    }
  }
}
