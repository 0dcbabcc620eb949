package io.github.minutes4j.core.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a format is: the id users name it by, its media type and its file extension. Cheap to
 * create and compare; holds no behaviour.
 *
 * @param id the format's id, such as {@code pdf}: lower-case letters, digits and hyphens
 * @param mediaType the media type, such as {@code application/pdf}, without parameters
 * @param fileExtension the file extension without the dot, such as {@code pdf}
 * @since 0.1.0
 */
public record FormatDescriptor(String id, String mediaType, String fileExtension) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9.-]{0,15}");

  /**
   * Creates a descriptor, normalising case.
   *
   * @param id the format's id, such as {@code pdf}: lower-case letters, digits and hyphens
   * @param mediaType the media type, such as {@code application/pdf}, without parameters
   * @param fileExtension the file extension without the dot, such as {@code pdf}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank or malformed; the message says which
   */
  public FormatDescriptor {
    id = check("id", id, ID, "such as pdf or markdown");
    mediaType = check("media type", mediaType, MEDIA_TYPE, "such as application/pdf");
    fileExtension = check("file extension", fileExtension, EXTENSION, "such as pdf, without dot");
  }

  private static String check(String what, String value, Pattern pattern, String example) {
    Objects.requireNonNull(value, what);
    String normal = value.trim().toLowerCase(Locale.ROOT);
    if (!pattern.matcher(normal).matches()) {
      throw new IllegalArgumentException(
          "Format " + what + " '" + value + "' is malformed; use a value " + example);
    }
    return normal;
  }
}
