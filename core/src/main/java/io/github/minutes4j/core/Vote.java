package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vote on an agenda item ("omröstning", "votering"): what yes and no stood for, how it was
 * taken, each member's vote in an open vote, and the totals.
 *
 * <p>{@link io.github.minutes4j.core.validation.MinutesValidator} checks that an open vote's
 * totals match its ballots, that a closed vote has no ballots, and that {@code yesFor} and {@code
 * noFor} name proposals of the item.
 *
 * @param yesFor the {@linkplain Proposal#id() id} of the proposal a yes vote supports, if the
 *     minutes say
 * @param noFor the id of the proposal a no vote supports, if the minutes say
 * @param method open (roll call) or closed (secret ballot)
 * @param ballots each member's vote, in the minutes' order, for an open vote; empty for a closed
 *     one
 * @param tally the totals
 * @since 0.3.0
 */
public record Vote(
    Optional<@Text String> yesFor,
    Optional<@Text String> noFor,
    VoteMethod method,
    @Size(max = 10_000) List<@Valid Ballot> ballots,
    @Valid Tally tally) {

  /**
   * Creates a vote; the list is copied.
   *
   * @param yesFor the proposal a yes vote supports, if given
   * @param noFor the proposal a no vote supports, if given
   * @param method open or closed
   * @param ballots each member's vote in an open vote
   * @param tally the totals
   * @throws NullPointerException if an argument or a list element is null
   */
  public Vote {
    Objects.requireNonNull(yesFor, "yesFor");
    Objects.requireNonNull(noFor, "noFor");
    Objects.requireNonNull(method, "method");
    ballots = NonNullLists.copyOf(ballots, "ballots");
    Objects.requireNonNull(tally, "tally");
  }

  /**
   * An open vote between two proposals, with its ballots; the totals are counted from them.
   *
   * @param yesFor the id of the proposal a yes vote supports
   * @param noFor the id of the proposal a no vote supports
   * @param ballots each member's vote
   * @return the vote
   * @throws NullPointerException if an argument or a ballot is null
   */
  public static Vote open(String yesFor, String noFor, List<Ballot> ballots) {
    Optional<String> yes = Optional.of(Objects.requireNonNull(yesFor, "yesFor"));
    Optional<String> no = Optional.of(Objects.requireNonNull(noFor, "noFor"));
    List<Ballot> cast = NonNullLists.copyOf(ballots, "ballots");
    int[] counts = new int[VoteChoice.values().length];
    for (Ballot ballot : cast) {
      counts[ballot.choice().ordinal()]++;
    }
    return new Vote(
        yes,
        no,
        VoteMethod.OPEN,
        cast,
        new Tally(
            counts[VoteChoice.YES.ordinal()],
            counts[VoteChoice.NO.ordinal()],
            counts[VoteChoice.ABSTAIN.ordinal()]));
  }

  /**
   * A closed vote between two proposals, with its totals.
   *
   * @param yesFor the id of the proposal a yes vote supports
   * @param noFor the id of the proposal a no vote supports
   * @param tally the totals
   * @return the vote
   * @throws NullPointerException if an argument is null
   */
  public static Vote closed(String yesFor, String noFor, Tally tally) {
    Objects.requireNonNull(yesFor, "yesFor");
    Objects.requireNonNull(noFor, "noFor");
    return new Vote(
        Optional.of(yesFor), Optional.of(noFor), VoteMethod.CLOSED, List.of(), tally);
  }
}
