package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.format.ProviderFailure;
import io.github.minutes4j.core.internal.Discovery;
import io.github.minutes4j.pdf.FontProvider;
import io.github.minutes4j.pdf.UnsupportedCharacterException.Reason;
import io.github.minutes4j.pdf.UnsupportedCharacterException.UnsupportedCharacter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The faces of {@link FontProvider}s, ready for a {@link FontSet}: each is parsed when a character
 * of its scripts first needs it, once for every font set that shares this instance. The installed
 * providers are discovered once per JVM ({@link #installed()}), so that every exporter that
 * consults them parses a face at most once.
 *
 * <p>Also the table of the font artifacts minutes4j publishes, by the scripts they cover, so that a
 * character refused for want of a font can name the artifact that would print it ({@link
 * #knownArtifact}).
 *
 * <p>Immutable and thread-safe. Internal to the module; no compatibility promise.
 *
 * @since 0.3.0
 */
public final class FallbackFonts {

  /** No provider. */
  public static final FallbackFonts NONE = new FallbackFonts(List.of(), List.of());

  /** The artifact with the fonts for Chinese, Japanese and Korean. */
  public static final String CJK_ARTIFACT = "io.github.minutes4j:minutes4j-fonts-cjk";

  /** The font artifacts minutes4j publishes, by the scripts whose letters they have. */
  private static final Map<Character.UnicodeScript, String> KNOWN =
      Map.of(
          Character.UnicodeScript.HAN, CJK_ARTIFACT,
          Character.UnicodeScript.HIRAGANA, CJK_ARTIFACT,
          Character.UnicodeScript.KATAKANA, CJK_ARTIFACT,
          Character.UnicodeScript.HANGUL, CJK_ARTIFACT,
          Character.UnicodeScript.BOPOMOFO, CJK_ARTIFACT);

  private static final Logger LOG = Logger.getLogger("io.github.minutes4j.pdf");

  private final List<FontSet.Face> faces;
  private final List<String> artifacts;

  private FallbackFonts(List<FontSet.Face> faces, List<String> artifacts) {
    this.faces = List.copyOf(faces);
    this.artifacts = List.copyOf(artifacts);
  }

  /**
   * The providers that {@link ServiceLoader} finds on the class path and module path, discovered
   * once per JVM, at the first call, through the context class loader of that call. A provider
   * that fails to load or to describe itself is left out, and logged as a warning (logger {@code
   * io.github.minutes4j.pdf}).
   *
   * @return the installed providers' faces
   */
  public static FallbackFonts installed() {
    return Installed.FONTS;
  }

  /**
   * The faces of some providers, given by hand.
   *
   * @param providers the providers, in order
   * @return their faces
   * @throws IllegalArgumentException if a provider names no artifact or no face; the message names
   *     its class
   * @throws NullPointerException if the list, a provider or what it returns is null
   */
  public static FallbackFonts of(List<? extends FontProvider> providers) {
    List<FontSet.Face> faces = new ArrayList<>();
    List<String> artifacts = new ArrayList<>();
    for (FontProvider provider : providers) {
      artifacts.add(artifactOf(Objects.requireNonNull(provider, "provider")));
      for (FontProvider.Face face : facesOf(provider)) {
        faces.add(
            new FontSet.Face(
                new FontSet.Source(
                    face.data(),
                    face.family(),
                    face.weight(),
                    face.italic(),
                    "a face of the font provider " + provider.getClass().getName()),
                null,
                face.scripts()));
      }
    }
    return faces.isEmpty() ? NONE : new FallbackFonts(faces, artifacts);
  }

  /**
   * These faces, then those of others.
   *
   * @param others more faces
   * @return both
   */
  public FallbackFonts plus(FallbackFonts others) {
    if (others.faces.isEmpty()) {
      return this;
    }
    if (faces.isEmpty()) {
      return others;
    }
    List<FontSet.Face> both = new ArrayList<>(faces);
    both.addAll(others.faces);
    List<String> names = new ArrayList<>(artifacts);
    names.addAll(others.artifacts);
    return new FallbackFonts(both, names);
  }

  /**
   * The artifacts of the providers, in order.
   *
   * @return such as {@code [io.github.minutes4j:minutes4j-fonts-cjk]}
   */
  public List<String> artifacts() {
    return artifacts;
  }

  List<FontSet.Face> faces() {
    return faces;
  }

  /**
   * The artifact of minutes4j's with fonts for the script of a character that no font has.
   *
   * @param character a character that cannot be printed
   * @return such as {@link #CJK_ARTIFACT} for a Han character; empty if none has, or if the
   *     character is refused for another reason than a missing glyph
   */
  public static Optional<String> knownArtifact(UnsupportedCharacter character) {
    return character.reason() == Reason.NO_GLYPH
        ? Optional.ofNullable(KNOWN.get(Character.UnicodeScript.of(character.codePoint())))
        : Optional.empty();
  }

  /**
   * The artifacts of minutes4j's with fonts for the scripts of characters that no font has.
   *
   * @param characters characters that cannot be printed
   * @return the artifacts' Maven coordinates, each once, in the order of the characters
   */
  public static List<String> knownArtifacts(List<UnsupportedCharacter> characters) {
    Set<String> artifacts = new LinkedHashSet<>();
    for (UnsupportedCharacter character : characters) {
      knownArtifact(character).ifPresent(artifacts::add);
    }
    return List.copyOf(artifacts);
  }

  private static String artifactOf(FontProvider provider) {
    String artifact = provider.artifact();
    if (artifact == null
        || artifact.isBlank()
        || artifact.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "The font provider "
              + provider.getClass().getName()
              + " names no artifact; artifact() must give its Maven coordinates, such as"
              + " org.example:fonts-ethiopic");
    }
    return artifact.strip();
  }

  private static List<FontProvider.Face> facesOf(FontProvider provider) {
    List<FontProvider.Face> faces = List.copyOf(provider.fonts());
    if (faces.isEmpty()) {
      throw new IllegalArgumentException(
          "The font provider " + provider.getClass().getName() + " gives no font");
    }
    return faces;
  }

  /** The installed providers, discovered once. */
  private static final class Installed {
    static final FallbackFonts FONTS = discover();

    private static FallbackFonts discover() {
      List<FallbackFonts> found = new ArrayList<>();
      Discovery.Found<FontProvider> providers =
          Discovery.load(
              "font provider",
              ServiceLoader.load(FontProvider.class),
              provider -> found.add(of(List.of(provider))));
      for (ProviderFailure failure : providers.failures()) {
        LOG.log(Level.WARNING, failure.description() + "; its fonts are not used", failure.cause());
      }
      FallbackFonts all = NONE;
      for (FallbackFonts fonts : found) {
        all = all.plus(fonts);
      }
      return all;
    }
  }
}
