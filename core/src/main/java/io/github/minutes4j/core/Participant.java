package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a participant list.
 *
 * @param name the participant's name
 * @param affiliation the network or role the participant takes part as
 * @param organisation the region or organisation, if the list gives one, such as "Halland"
 * @param link a link on the name, if the document has one; it may be a placeholder
 * @since 0.1.0
 */
public record Participant(
    @Text String name,
    @Valid Affiliation affiliation,
    Optional<@Text String> organisation,
    Optional<@Valid LinkTarget> link) {

  /**
   * Creates a participant.
   *
   * @param name the participant's name
   * @param affiliation the network or role the participant takes part as
   * @param organisation the region or organisation, if the list gives one, such as "Halland"
   * @param link a link on the name, if the document has one; it may be a placeholder
   * @throws NullPointerException if an argument is null (use {@link Optional#empty()})
   */
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(link, "link");
  }

  /**
   * A participant from a region or organisation.
   *
   * @param name the name
   * @param affiliation the network or role
   * @param organisation the region or organisation
   * @return the participant
   * @throws NullPointerException if {@code organisation} is null
   */
  public static Participant of(String name, Affiliation affiliation, String organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return new Participant(name, affiliation, Optional.of(organisation), Optional.empty());
  }

  /**
   * A participant without a region or organisation.
   *
   * @param name the name
   * @param affiliation the network or role
   * @return the participant
   */
  public static Participant of(String name, Affiliation affiliation) {
    return new Participant(name, affiliation, Optional.empty(), Optional.empty());
  }

  /**
   * This participant with a link on the name.
   *
   * @param link where the name links to
   * @return a copy with the link
   * @throws NullPointerException if {@code link} is null
   */
  public Participant withLink(LinkTarget link) {
    Objects.requireNonNull(link, "link");
    return new Participant(name, affiliation, organisation, Optional.of(link));
  }
}
