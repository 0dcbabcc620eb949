package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * One network of the organiser, such as NUH, "Nätverket Uppdrag Hälsa". Participants refer to a
 * network by its code.
 *
 * @param code the short code participants are listed under, such as {@code NUH}: letters, digits
 *     and hyphens, at most 16
 * @param name the full name
 * @since 0.1.0
 */
public record Network(
    @Text @Pattern(regexp = "[\\p{L}\\p{N}-]{1,16}", message = "must be 1 to 16 letters, digits or hyphens, such as NUH")
        String code,
    @Text String name) {

  /**
   * Creates a network. The code is kept composed (Unicode NFC): a letter written decomposed, such
   * as "Å" as A and a combining ring (U+030A), becomes the one letter, so that the code is the same
   * however it was typed, and participants' codes ({@link Affiliation.NetworkMember}) match it.
   *
   * @param code the short code participants are listed under, such as {@code NUH}: letters, digits and hyphens, at most 16
   * @param name the full name
   * @throws NullPointerException if an argument is null
   */
  public Network {
    code = NetworkCodes.composed(Objects.requireNonNull(code, "code"));
    Objects.requireNonNull(name, "name");
  }
}
