package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.NameOrRole;
import io.github.minutes4j.core.validation.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who presents, chairs or takes notes. A person may be known only by role, such as the
 * chair of a network whose name the document does not give.
 *
 * @param name the person's name, if the document gives it
 * @param role the person's role or title, such as "handläggare" or "Koordinator"
 * @param organisation the organisation the person represents, such as "SKR"
 * @since 0.1.0
 */
@NameOrRole
public record Person(
    Optional<@Text String> name, Optional<@Text String> role, Optional<@Text String> organisation) {

  /**
   * Creates a person.
   *
   * @param name the person's name, if the document gives it
   * @param role the person's role or title, such as "handläggare" or "Koordinator"
   * @param organisation the organisation the person represents, such as "SKR"
   * @throws NullPointerException if an argument is null (use {@link Optional#empty()})
   */
  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
  }

  /**
   * A person known by name only.
   *
   * @param name the name
   * @return the person
   * @throws NullPointerException if {@code name} is null
   */
  public static Person named(String name) {
    Objects.requireNonNull(name, "name");
    return new Person(Optional.of(name), Optional.empty(), Optional.empty());
  }

  /**
   * A person known by role only, such as an unnamed chair.
   *
   * @param role the role
   * @return the person
   * @throws NullPointerException if {@code role} is null
   */
  public static Person byRole(String role) {
    Objects.requireNonNull(role, "role");
    return new Person(Optional.empty(), Optional.of(role), Optional.empty());
  }

  /**
   * This person with a role.
   *
   * @param role the role
   * @return a copy with the role set
   * @throws NullPointerException if {@code role} is null
   */
  public Person withRole(String role) {
    return new Person(name, Optional.of(Objects.requireNonNull(role, "role")), organisation);
  }

  /**
   * This person with an organisation.
   *
   * @param organisation the organisation
   * @return a copy with the organisation set
   * @throws NullPointerException if {@code organisation} is null
   */
  public Person withOrganisation(String organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return new Person(name, role, Optional.of(organisation));
  }
}
