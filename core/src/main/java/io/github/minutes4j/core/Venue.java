package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * A place where people meet in person.
 *
 * @param name the name of the premises, such as "SKR's lokaler"
 * @param street the street address, if given, such as "Hornsgatan 20"
 * @param city the city, such as "Stockholm"
 * @since 0.1.0
 */
public record Venue(@Text String name, Optional<@Text String> street, @Text String city) {

  /**
   * Creates a venue.
   *
   * @param name the name of the premises, such as "SKR's lokaler"
   * @param street the street address, if given, such as "Hornsgatan 20"
   * @param city the city, such as "Stockholm"
   * @throws NullPointerException if an argument is null
   */
  public Venue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(city, "city");
  }

  /**
   * A venue with a street address.
   *
   * @param name the premises
   * @param street the street address
   * @param city the city
   * @return the venue
   */
  public static Venue of(String name, String street, String city) {
    return new Venue(name, Optional.of(street), city);
  }
}
