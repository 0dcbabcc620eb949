package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A place where people meet in person: premises with a street and a city, or only a room that
 * everybody in the body knows ("Sammanträdesrummet Tallen").
 *
 * @param name the name of the premises or the room, such as "SKR's lokaler"
 * @param street the street address, if given, such as "Hornsgatan 20"
 * @param city the city, if given, such as "Stockholm"
 * @since 0.1.0
 */
public record Venue(
    @Text String name, Optional<@Text String> street, Optional<@Text String> city) {

  /**
   * Creates a venue.
   *
   * @param name the name of the premises or the room
   * @param street the street address, if given
   * @param city the city, if given
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public Venue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(city, "city");
  }

  /**
   * Creates a venue in a city, as version 0.2 did.
   *
   * @param name the name of the premises
   * @param street the street address, if given
   * @param city the city
   * @throws NullPointerException if an argument is null
   */
  public Venue(String name, Optional<String> street, String city) {
    this(name, street, Optional.of(Objects.requireNonNull(city, "city")));
  }

  /**
   * A room or premises named on their own, with no street and no city.
   *
   * @param name the room, such as "Sammanträdesrummet Tallen"
   * @return the venue
   * @throws NullPointerException if {@code name} is null
   * @since 0.3.0
   */
  public static Venue room(String name) {
    return new Venue(name, Optional.empty(), Optional.empty());
  }

  /**
   * A venue with a street address.
   *
   * @param name the premises
   * @param street the street address
   * @param city the city
   * @return the venue
   * @throws NullPointerException if {@code street} or {@code city} is null
   */
  public static Venue of(String name, String street, String city) {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(city, "city");
    return new Venue(name, Optional.of(street), Optional.of(city));
  }
}
