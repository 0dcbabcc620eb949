package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.format.FormatRegistry;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a format is: the id users name it by, its media type and its file extension. Cheap to
 * create and compare; holds no behaviour.
 *
 * <p>The media type is what an HTTP response's {@code Content-Type} should say. A text format
 * ({@code text/...}) names its character encoding: {@code charset=utf-8} unless the exporter says
 * otherwise, since minutes4j writes all text in UTF-8 (without it, a reader of {@code text/plain}
 * must assume US-ASCII). Look-ups by media type ({@link FormatRegistry#byMediaType}) compare
 * {@link #mediaTypeWithoutParameters()} and ignore parameters.
 *
 * @param id the format's id, such as {@code pdf}: lower-case letters, digits and hyphens
 * @param mediaType the media type, such as {@code application/pdf} or {@code text/html;
 *     charset=utf-8}: type, subtype and parameters in lower case (except parameter values other
 *     than the charset), each parameter after {@code "; "}
 * @param fileExtension the file extension without the dot, such as {@code pdf}
 * @since 0.1.0
 */
public record FormatDescriptor(String id, String mediaType, String fileExtension) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9.-]{0,15}");

  private static final Pattern PARAMETER = Pattern.compile("[a-z0-9!#$&^_.+-]+=[^\\s;\"=]+");

  /**
   * Creates a descriptor, normalising case and adding {@code charset=utf-8} to a text type that
   * has no charset.
   *
   * @param id the format's id, such as {@code pdf}: lower-case letters, digits and hyphens
   * @param mediaType the media type, such as {@code application/pdf}, {@code text/html} or {@code
   *     text/plain; charset=iso-8859-1}; parameters are {@code name=value}, separated by {@code ;}
   * @param fileExtension the file extension without the dot, such as {@code pdf}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank or malformed; the message says which
   */
  public FormatDescriptor {
    id = check("id", id, ID, "such as pdf or markdown");
    mediaType = normaliseMediaType(mediaType);
    fileExtension = check("file extension", fileExtension, EXTENSION, "such as pdf, without dot");
  }

  /**
   * The media type's type and subtype without parameters, such as {@code text/html}: what
   * look-ups by media type compare.
   *
   * @return the type and subtype; never null
   * @since 0.2.0
   */
  public String mediaTypeWithoutParameters() {
    int semicolon = mediaType.indexOf(';');
    return semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
  }

  private static String normaliseMediaType(String value) {
    Objects.requireNonNull(value, "media type");
    String[] parts = value.split(";", -1);
    String essence = check("media type", parts[0], MEDIA_TYPE, "such as application/pdf");
    StringBuilder normal = new StringBuilder(essence);
    boolean charset = false;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (!PARAMETER.matcher(parameter.toLowerCase(Locale.ROOT)).matches()) {
        throw new IllegalArgumentException(
            "Format media type '"
                + value
                + "' has a malformed parameter '"
                + parameter
                + "'; write parameters as name=value after a semicolon, such as text/plain;"
                + " charset=utf-8");
      }
      String name = parameter.substring(0, equals).toLowerCase(Locale.ROOT);
      String parameterValue = parameter.substring(equals + 1);
      if (name.equals("charset")) {
        if (charset) {
          throw new IllegalArgumentException(
              "Format media type '" + value + "' names two charsets; keep one");
        }
        charset = true;
        parameterValue = parameterValue.toLowerCase(Locale.ROOT);
      }
      normal.append("; ").append(name).append('=').append(parameterValue);
    }
    if (!charset && essence.startsWith("text/")) {
      normal.append("; charset=utf-8");
    }
    return normal.toString();
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
