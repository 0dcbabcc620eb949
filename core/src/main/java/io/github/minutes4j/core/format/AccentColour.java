package io.github.minutes4j.core.format;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation's accent colour, which exporters use for links, the rule under the document's
 * header and the rule beside an item's presenters. Since links are text, the colour must be
 * readable: {@link #of(String)} refuses a colour whose contrast with any of the {@link
 * #BACKGROUNDS} it is used on is below {@value #MINIMUM_CONTRAST}:1, the minimum of WCAG 2.1 AA
 * for normal text (success criterion 1.4.3).
 *
 * @param rgb the colour as {@code 0xRRGGBB}, 0 to {@code 0xFFFFFF}
 * @since 0.2.0
 */
public record AccentColour(int rgb) {

  /** The least contrast ratio with each background: {@value}, WCAG 2.1 AA for normal text. */
  public static final double MINIMUM_CONTRAST = 4.5;

  /**
   * The backgrounds the accent is used on, as {@code 0xRRGGBB}: white paper, and the light tint
   * behind an item's presenters and every other row of the participant list ({@code #f3f5f8}).
   */
  public static final List<Integer> BACKGROUNDS = List.of(0xFFFFFF, 0xF3F5F8);

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  /**
   * Creates a colour, and checks its contrast with each of the {@link #BACKGROUNDS}.
   *
   * @param rgb the colour as {@code 0xRRGGBB}
   * @throws IllegalArgumentException if {@code rgb} is outside 0 to {@code 0xFFFFFF}, or its
   *     contrast with a background is below {@value #MINIMUM_CONTRAST}:1 (the message gives the
   *     contrast and suggests a darker colour of the same hue that passes)
   */
  public AccentColour {
    if (rgb < 0 || rgb > 0xFFFFFF) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Colour 0x%X is not 0xRRGGBB: give 0 to 0xFFFFFF", rgb));
    }
    for (int background : BACKGROUNDS) {
      double contrast = contrast(rgb, background);
      if (contrast < MINIMUM_CONTRAST) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Accent colour %s has a contrast of only %.2f:1 with the background %s it is used"
                    + " on; WCAG 2.1 AA needs at least %.1f:1 for text such as links. Choose a"
                    + " darker colour, such as %s (the same hue, darkened until it passes)",
                hex(rgb),
                Math.floor(contrast * 100) / 100,
                hex(background),
                MINIMUM_CONTRAST,
                hex(darkened(rgb))));
      }
    }
  }

  /**
   * The colour written as {@code #RRGGBB}.
   *
   * @param hex such as {@code #005a8c}: a number sign and six hexadecimal digits; never null
   * @return the colour; never null
   * @throws IllegalArgumentException if {@code hex} is not written so, or the colour's contrast
   *     with one of the {@link #BACKGROUNDS} is below {@value #MINIMUM_CONTRAST}:1; the message
   *     gives the contrast and suggests a darker colour of the same hue that passes
   * @throws NullPointerException if {@code hex} is null
   */
  public static AccentColour of(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "Accent colour '" + hex + "' is not written #RRGGBB: give six hexadecimal digits after #,"
              + " such as #005a8c");
    }
    return new AccentColour(Integer.parseInt(hex.substring(1), 16));
  }

  /**
   * The colour as CSS writes it.
   *
   * @return such as {@code #005a8c}, in lower case; never null
   */
  public String hex() {
    return hex(rgb);
  }

  /**
   * The colour as CSS writes it, for logs and messages.
   *
   * @return such as {@code AccentColour[#005a8c]}; never null
   * @since 0.3.0
   */
  @Override
  public String toString() {
    return "AccentColour[" + hex() + "]";
  }

  /**
   * The WCAG 2.1 contrast ratio of two colours.
   *
   * @param first a colour as {@code 0xRRGGBB}
   * @param second another
   * @return 1 to 21
   */
  public static double contrast(int first, int second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(int rgb) {
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The colour scaled towards black until it passes against every background. */
  private static int darkened(int rgb) {
    for (int percent = 99; percent >= 0; percent--) {
      int r = (rgb >> 16 & 0xFF) * percent / 100;
      int g = (rgb >> 8 & 0xFF) * percent / 100;
      int b = (rgb & 0xFF) * percent / 100;
      int candidate = r << 16 | g << 8 | b;
      if (BACKGROUNDS.stream().allMatch(bg -> contrast(candidate, bg) >= MINIMUM_CONTRAST)) {
        return candidate;
      }
    }
    return 0;
  }

  private static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb);
  }
}
