package io.github.minutes4j.core.format;

import io.github.minutes4j.core.internal.Discovery;
import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.internal.Suggestions;
import io.github.minutes4j.core.spi.FormatProvider;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The installed providers of one kind (exporters or readers), found by format id, media type or
 * file name, ignoring case. Immutable and thread-safe.
 *
 * <p>Create one by discovery ({@link #exporters()}, {@link #readers()}, which use {@link
 * ServiceLoader} on the class path and the module path) or without it ({@link #of}), and add
 * providers by hand with {@link #with}. Two providers of the same id are an error at creation,
 * naming both classes, whether both were discovered or one was added with {@code with}: a jar
 * cannot silently shadow another. To use a provider configured by the application instead of the
 * discovered one of the same id (an exporter with the application's own fonts, say), say so with
 * {@link #replacing}. A provider that fails to load is kept in {@link #failures()} and does not
 * hide the others. A lookup that finds nothing throws {@link UnknownFormatException}, listing what
 * is installed; it never returns null.
 *
 * <p>Discovery is cached: it reads the class path and creates each provider once per class loader
 * (or module layer), and later calls return the same registry, with the same provider instances,
 * which are stateless and thread-safe. Each class loader has its own: a web application or a
 * Spring Boot devtools restart loader gets its own providers, and the cache does not keep a
 * discarded loader alive. A registry discovered through a loader other than minutes4j core's own
 * or one of its parents is held softly, so the garbage collector may drop it under memory
 * pressure; the next call then discovers again. The cache never changes a registry: one that has
 * been discovered stays as it is, and a jar added to a running class loader is not seen.
 *
 * @param <P> the kind of provider
 * @since 0.1.0
 */
public final class FormatRegistry<P extends FormatProvider> {

  /** How to mend two discovered providers of one id. */
  private static final String REMOVE_ONE =
      "Remove one of them from the class path or module path, or register the providers by hand,"
          + " without discovery, with FormatRegistry.of(...).";

  private static final DiscoveryCache<MinutesExporter> EXPORTERS = new DiscoveryCache<>();
  private static final DiscoveryCache<MinutesReader> READERS = new DiscoveryCache<>();

  private final String kind;
  private final Map<String, P> byId;
  private final List<ProviderFailure> failures;

  private FormatRegistry(String kind, Map<String, P> byId, List<ProviderFailure> failures) {
    this.kind = kind;
    this.byId = byId;
    this.failures = List.copyOf(failures);
  }

  /**
   * The exporters that {@link ServiceLoader} finds through the current thread's context class
   * loader (or the system class loader, if it has none) and the module path: {@link
   * #exporters(ClassLoader)} with that loader.
   *
   * @return the registry, discovered once per class loader; never null
   * @throws ProviderConfigurationException if two exporters have the same id
   */
  public static FormatRegistry<MinutesExporter> exporters() {
    return exporters(Thread.currentThread().getContextClassLoader());
  }

  /**
   * The exporters that {@link ServiceLoader} finds through a class loader, discovered on the first
   * call for that loader and the same registry afterwards (see the class description).
   *
   * @param loader the class loader; null for the system class loader
   * @return the registry; never null
   * @throws ProviderConfigurationException if two exporters have the same id; not cached, so
   *     every call throws it again
   */
  public static FormatRegistry<MinutesExporter> exporters(ClassLoader loader) {
    ClassLoader key = loader == null ? ClassLoader.getSystemClassLoader() : loader;
    return EXPORTERS.get(
        key, () -> discover("exporter", ServiceLoader.load(MinutesExporter.class, key)));
  }

  /**
   * The exporters that {@link ServiceLoader} finds in a module layer and its parents, discovered
   * on the first call for that layer and the same registry afterwards.
   *
   * @param layer the module layer
   * @return the registry; never null
   * @throws ProviderConfigurationException if two exporters have the same id
   * @throws NullPointerException if {@code layer} is null
   */
  public static FormatRegistry<MinutesExporter> exporters(ModuleLayer layer) {
    Objects.requireNonNull(layer, "layer");
    return EXPORTERS.get(
        layer, () -> discover("exporter", ServiceLoader.load(layer, MinutesExporter.class)));
  }

  /**
   * The readers that {@link ServiceLoader} finds through the current thread's context class loader
   * (or the system class loader, if it has none) and the module path: {@link
   * #readers(ClassLoader)} with that loader.
   *
   * @return the registry, discovered once per class loader; never null
   * @throws ProviderConfigurationException if two readers have the same id
   */
  public static FormatRegistry<MinutesReader> readers() {
    return readers(Thread.currentThread().getContextClassLoader());
  }

  /**
   * The readers that {@link ServiceLoader} finds through a class loader, discovered on the first
   * call for that loader and the same registry afterwards.
   *
   * @param loader the class loader; null for the system class loader
   * @return the registry; never null
   * @throws ProviderConfigurationException if two readers have the same id
   */
  public static FormatRegistry<MinutesReader> readers(ClassLoader loader) {
    ClassLoader key = loader == null ? ClassLoader.getSystemClassLoader() : loader;
    return READERS.get(
        key, () -> discover("reader", ServiceLoader.load(MinutesReader.class, key)));
  }

  /**
   * A registry of the given providers only, without discovery.
   *
   * @param <P> the kind of provider
   * @param providers the providers
   * @return the registry
   * @throws ProviderConfigurationException if two providers have the same id
   * @throws NullPointerException if the list or a provider is null
   */
  public static <P extends FormatProvider> FormatRegistry<P> of(List<? extends P> providers) {
    Map<String, P> byId = new TreeMap<>();
    for (P provider : NonNullLists.copyOf(providers, "providers")) {
      add(byId, provider, "Register only one of them.");
    }
    return new FormatRegistry<>("provider", byId, List.of());
  }

  /**
   * This registry with one more provider, such as an exporter of the application's own format.
   * This registry is not changed.
   *
   * @param provider the provider
   * @return a new registry
   * @throws ProviderConfigurationException if a provider of the same id is installed; use {@link
   *     #replacing} to put it in that one's place
   * @throws NullPointerException if {@code provider} is null
   */
  public FormatRegistry<P> with(P provider) {
    Map<String, P> copy = new TreeMap<>(byId);
    add(
        copy,
        Objects.requireNonNull(provider, "provider"),
        "To use the second instead of the first, call replacing(...) instead of with(...).");
    return new FormatRegistry<>(kind, copy, failures);
  }

  /**
   * This registry with a provider in place of the installed provider of the same format id, or
   * added if none has that id: the way to use a provider the application configured instead of
   * the discovered one, as in {@code FormatRegistry.exporters().replacing(new
   * PdfMinutesExporter(...))}. This registry is not changed.
   *
   * @param provider the provider to use for its format id
   * @return a new registry
   * @throws NullPointerException if {@code provider} is null
   * @since 0.2.0
   */
  public FormatRegistry<P> replacing(P provider) {
    Objects.requireNonNull(provider, "provider");
    Map<String, P> copy = new TreeMap<>(byId);
    copy.put(provider.format().id(), provider);
    return new FormatRegistry<>(kind, copy, failures);
  }

  private static <P extends FormatProvider> FormatRegistry<P> discover(
      String kind, ServiceLoader<P> loader) {
    Map<String, P> byId = new TreeMap<>();
    Discovery.Found<P> found = Discovery.load(kind, loader, FormatProvider::format);
    for (P provider : found.providers()) {
      add(byId, provider, REMOVE_ONE);
    }
    return new FormatRegistry<>(kind, byId, found.failures());
  }

  private static <P extends FormatProvider> void add(
      Map<String, P> byId, P provider, String remedy) {
    String id = provider.format().id();
    P previous = byId.putIfAbsent(id, provider);
    if (previous != null) {
      throw new ProviderConfigurationException(
          "Two providers claim the format id '"
              + id
              + "': "
              + origin(previous)
              + " and "
              + origin(provider)
              + ". "
              + remedy);
    }
  }

  /**
   * Where a provider comes from: its class and its jar or module, for messages and listings.
   *
   * @param provider a provider
   * @return such as {@code org.example.DocxExporter (docx-exporter-1.0.jar)}
   */
  public static String origin(FormatProvider provider) {
    return Discovery.origin(provider);
  }

  /**
   * Every installed provider, ordered by id.
   *
   * @return the providers; never null
   */
  public List<P> providers() {
    return List.copyOf(byId.values());
  }

  /**
   * The providers that failed to load during discovery.
   *
   * @return the failures; empty if all loaded; never null
   */
  public List<ProviderFailure> failures() {
    return failures;
  }

  /**
   * The provider of a format id, ignoring case.
   *
   * @param id such as {@code pdf}
   * @return the provider; never null
   * @throws UnknownFormatException if none is installed
   */
  public P byId(String id) {
    Objects.requireNonNull(id, "id");
    P provider = byId.get(id.trim().toLowerCase(Locale.ROOT));
    if (provider == null) {
      throw unknown("format id '" + id + "'", KnownFormat.byId(id),
          Suggestions.closest(id.trim(), byId.keySet()));
    }
    return provider;
  }

  /**
   * The provider of a media type, ignoring case and parameters such as {@code ; charset=utf-8}.
   *
   * @param mediaType such as {@code text/html; charset=utf-8}
   * @return the provider; never null
   * @throws UnknownFormatException if none is installed
   */
  public P byMediaType(String mediaType) {
    Objects.requireNonNull(mediaType, "mediaType");
    int semicolon = mediaType.indexOf(';');
    String essence =
        (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    for (P provider : byId.values()) {
      if (provider.format().mediaTypeWithoutParameters().equals(essence)) {
        return provider;
      }
    }
    throw unknown("media type '" + mediaType + "'", KnownFormat.byMediaType(essence),
        Optional.empty());
  }

  /**
   * The provider for a file name by its extension, ignoring case; the longest matching extension
   * wins.
   *
   * @param fileName such as {@code minutes-2022-06-02.PDF} or a path
   * @return the provider; never null
   * @throws UnknownFormatException if none is installed
   */
  public P byFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String name = fileName.toLowerCase(Locale.ROOT);
    P best = null;
    for (P provider : byId.values()) {
      String extension = provider.format().fileExtension();
      if (name.endsWith("." + extension)
          && (best == null || extension.length() > best.format().fileExtension().length())) {
        best = provider;
      }
    }
    if (best == null) {
      int dot = name.lastIndexOf('.');
      String extension = dot < 0 ? "" : name.substring(dot + 1);
      throw unknown("file name '" + fileName + "'", KnownFormat.byExtension(extension),
          Optional.empty());
    }
    return best;
  }

  private UnknownFormatException unknown(
      String request, Optional<KnownFormat> known, Optional<String> near) {
    List<String> installed = List.copyOf(byId.keySet());
    StringBuilder message = new StringBuilder("No installed ").append(kind).append(" handles the ");
    message.append(request).append(". ");
    near.ifPresent(id -> message.append("Did you mean '").append(id).append("'? "));
    if (installed.isEmpty()) {
      message.append("No ").append(kind).append(" is installed at all.");
    } else {
      message
          .append("Installed: ")
          .append(
              byId.values().stream()
                  .map(
                      p ->
                          p.format().id()
                              + " ("
                              + p.format().mediaTypeWithoutParameters()
                              + ", ."
                              + p.format().fileExtension()
                              + ")")
                  .collect(Collectors.joining(", ")))
          .append('.');
    }
    // Discovered readers: only json and pdf have one; the html artifact would not help.
    boolean readers = kind.equals("reader");
    Optional<KnownFormat> shipped = readers ? known.filter(KnownFormat::hasReader) : known;
    if (shipped.isPresent()) {
      message
          .append(" The ")
          .append(shipped.get().id())
          .append(" format is in the artifact io.github.minutes4j:")
          .append(shipped.get().artifact())
          .append("; add it to the class path or module path.");
    } else if (readers) {
      message.append(
          " minutes4j ships readers of json and of pdf (the archive copy); for another format, add"
              + " a jar that provides a MinutesReader.");
    } else {
      message.append(
          " minutes4j ships json, html and pdf; for another format, add a jar that provides a "
              + "MinutesExporter (see the README, \"Write your own exporter\").");
    }
    for (ProviderFailure failure : failures) {
      message.append(' ').append(failure.description()).append('.');
    }
    return new UnknownFormatException(request, installed, message.toString());
  }

  @Override
  public String toString() {
    return "FormatRegistry" + byId.keySet();
  }

  /** The formats minutes4j ships, and the artifact each lives in. */
  private enum KnownFormat {
    JSON("json", "application/json", "minutes4j-export-json", true),
    HTML("html", "text/html", "minutes4j-export-html", false),
    PDF("pdf", "application/pdf", "minutes4j-export-pdf", true);

    private final String id;
    private final String mediaType;
    private final String artifact;
    private final boolean reader;

    KnownFormat(String id, String mediaType, String artifact, boolean reader) {
      this.id = id;
      this.mediaType = mediaType;
      this.artifact = artifact;
      this.reader = reader;
    }

    boolean hasReader() {
      return reader;
    }

    String id() {
      return id;
    }

    String artifact() {
      return artifact;
    }

    static Optional<KnownFormat> byId(String id) {
      return find(f -> f.id.equalsIgnoreCase(id.trim()));
    }

    static Optional<KnownFormat> byMediaType(String mediaType) {
      return find(f -> f.mediaType.equals(mediaType));
    }

    static Optional<KnownFormat> byExtension(String extension) {
      return find(f -> f.id.equals(extension) || (f == HTML && extension.equals("htm")));
    }

    private static Optional<KnownFormat> find(java.util.function.Predicate<KnownFormat> test) {
      for (KnownFormat format : values()) {
        if (test.test(format)) {
          return Optional.of(format);
        }
      }
      return Optional.empty();
    }
  }
}
