package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Who holds the meeting: a name and the networks it consists of, if any.
 *
 * @param name the organiser's name, such as "Nätverken Demokrati-Uppdrag-Hälsa"
 * @param networks the networks, in the order the document names them; may be empty
 * @since 0.1.0
 */
public record Organiser(@Text String name, @Size(max = 100) List<@Valid Network> networks) {

  /**
   * Creates an organiser; the list is copied.
   *
   * @param name the organiser's name, such as "Nätverken Demokrati-Uppdrag-Hälsa"
   * @param networks the networks, in the order the document names them; may be empty
   * @throws NullPointerException if an argument or a network is null
   */
  public Organiser {
    java.util.Objects.requireNonNull(name, "name");
    networks = NonNullLists.copyOf(networks, "networks");
  }

  /**
   * Creates an organiser.
   *
   * @param name the name
   * @param networks the networks
   * @return the organiser
   * @throws NullPointerException if an argument or a network is null
   */
  public static Organiser of(String name, Network... networks) {
    return new Organiser(name, NonNullLists.of("networks", networks));
  }
}
