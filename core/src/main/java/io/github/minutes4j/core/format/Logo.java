package io.github.minutes4j.core.format;

import io.github.minutes4j.core.internal.LogoCheck;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An organisation's logo, given as the bytes of a PNG, JPEG or SVG image together with its
 * alternative text. Exporters embed the bytes in what they write; nothing is ever fetched, and an
 * SVG logo is only ever shown as an image (a browser neither runs scripts nor loads anything for
 * an SVG shown as an image), never inlined into a page.
 *
 * <p>{@link #of(byte[], String)} checks the bytes once, so that an exporter never meets a logo it
 * cannot use safely:
 *
 * <ul>
 *   <li>at most {@value #MAX_BYTES} bytes; PNG and JPEG images at most {@value #MAX_SIDE} pixels
 *       wide and high and {@value #MAX_PIXELS} pixels in all (read from the file's header, without
 *       decoding it), JPEG in greyscale or RGB (a CMYK JPEG cannot be shown in an sRGB archive
 *       PDF);
 *   <li>SVG: well-formed XML whose root is an {@code svg} element in the SVG namespace, without a
 *       document type declaration or entities, without {@code script}, {@code foreignObject} or
 *       embedded documents, without event-handler attributes ({@code onload}, ...), and without any
 *       reference other than to a fragment of the same file ({@code href="#a"}, {@code
 *       url(#a)}).
 * </ul>
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out.
 *
 * @since 0.2.0
 */
public final class Logo {

  /** The largest logo file, in bytes: {@value}. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The widest and highest PNG or JPEG logo, in pixels: {@value}. */
  public static final int MAX_SIDE = 4096;

  /** The most pixels of a PNG or JPEG logo: {@value}. */
  public static final int MAX_PIXELS = 4 * 1024 * 1024;

  /** The longest alternative text, in characters: {@value}. */
  public static final int MAX_ALTERNATIVE_TEXT = 250;

  /** The image formats a logo may have. */
  public enum Format {
    /** Portable Network Graphics, {@code image/png}. */
    PNG("image/png"),
    /** JPEG, {@code image/jpeg}. */
    JPEG("image/jpeg"),
    /** Scalable Vector Graphics, {@code image/svg+xml}. */
    SVG("image/svg+xml");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /**
     * The media type.
     *
     * @return such as {@code image/png}; never null
     */
    public String mediaType() {
      return mediaType;
    }
  }

  private final byte[] image;
  private final Format format;
  private final String alternativeText;

  private Logo(byte[] image, Format format, String alternativeText) {
    this.image = image;
    this.format = format;
    this.alternativeText = alternativeText;
  }

  /**
   * Checks a logo's bytes and makes the logo. The format is read from the bytes, not from a file
   * name.
   *
   * @param image the bytes of a PNG, JPEG or SVG file; copied; never null
   * @param alternativeText what the logo says to someone who cannot see it, such as {@code Region
   *     Hallands logotyp}: 1 to {@value #MAX_ALTERNATIVE_TEXT} characters, not blank (nor
   *     invisible characters only), without control characters; never null
   * @return the logo; never null
   * @throws InvalidLogoException if the bytes are not a usable PNG, JPEG or SVG image (see the
   *     class description), or the alternative text is blank, too long or has control
   *     characters; the message says what to change
   * @throws NullPointerException if an argument is null
   */
  public static Logo of(byte[] image, String alternativeText) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(alternativeText, "alternativeText");
    byte[] copy = image.clone();
    String alt = LogoCheck.alternativeText(alternativeText, MAX_ALTERNATIVE_TEXT);
    Format format = LogoCheck.check(copy, MAX_BYTES, MAX_SIDE, MAX_PIXELS);
    return new Logo(copy, format, alt);
  }

  /**
   * The image's bytes.
   *
   * @return a copy of the bytes; never null
   */
  public byte[] image() {
    return image.clone();
  }

  /**
   * The image's format, read from its bytes.
   *
   * @return the format; never null
   */
  public Format format() {
    return format;
  }

  /**
   * What the logo says to someone who cannot see it.
   *
   * @return the alternative text, stripped of surrounding white space; never null or blank
   */
  public String alternativeText() {
    return alternativeText;
  }

  /**
   * The image as a {@code data:} URI, such as {@code data:image/png;base64,iVBOR...}, for an
   * exporter that embeds it.
   *
   * @return the URI; never null
   */
  public String dataUri() {
    return "data:" + format.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image);
  }

  /**
   * Logos are equal when their bytes and alternative texts are.
   *
   * @param other another object, or null
   * @return whether it is an equal logo
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Logo
        && Arrays.equals(image, ((Logo) other).image)
        && alternativeText.equals(((Logo) other).alternativeText);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(image) + alternativeText.hashCode();
  }

  /**
   * Such as {@code Logo[PNG, 5120 bytes, "Region Hallands logotyp"]}.
   *
   * @return a description; never null
   */
  @Override
  public String toString() {
    return "Logo[" + format + ", " + image.length + " bytes, \"" + alternativeText + "\"]";
  }
}
