package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import java.util.Objects;

/**
 * What a participant takes part as: a member of one of the organiser's networks, or a role such
 * as guest or coordinator.
 *
 * @since 0.1.0
 */
public sealed interface Affiliation {

  /**
   * A member of a network declared by the organiser.
   *
   * @param networkCode the network's code, such as {@code NUH}; must be one of the organiser's
   */
  record NetworkMember(@Text String networkCode) implements Affiliation {
    /**
     * Creates a membership. The code is kept composed (Unicode NFC), as a {@link Network}'s is, so
     * that it matches the network's however either was typed.
     *
     * @param networkCode the network's code, such as {@code NUH}; must be one of the organiser's
     * @throws NullPointerException if {@code networkCode} is null
     */
    public NetworkMember {
      networkCode = NetworkCodes.composed(Objects.requireNonNull(networkCode, "networkCode"));
    }
  }

  /** A role a participant has outside the networks. Exporters print it in the document's language. */
  enum Role implements Affiliation {
    /** A guest, such as an invited speaker ("Gäst"). */
    GUEST,
    /** One of the networks' coordinators ("Koordinator"). */
    COORDINATOR
  }

  /**
   * Membership of a network.
   *
   * @param networkCode the network's code
   * @return the affiliation
   */
  static Affiliation member(String networkCode) {
    return new NetworkMember(networkCode);
  }
}
