package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.spi.ProviderFailure;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Loads the providers of a {@link ServiceLoader} so that one broken provider is reported and does
 * not hide the others; shared by the exporter, reader and label registries. Not API.
 */
public final class Discovery {

  /** The deepest run of consecutive failures tolerated while discovering, against a loop. */
  private static final int MAX_FAILURES = 1_000;

  private Discovery() {}

  /**
   * What a discovery found.
   *
   * @param <P> the kind of provider
   * @param providers the providers that loaded, in the loader's order
   * @param failures one entry per provider that failed to load or to describe itself
   */
  public record Found<P>(List<P> providers, List<ProviderFailure> failures) {
    /**
     * Copies the lists.
     *
     * @param providers the providers
     * @param failures the failures
     */
    public Found {
      providers = List.copyOf(providers);
      failures = List.copyOf(failures);
    }
  }

  /**
   * Loads every provider.
   *
   * @param <P> the kind of provider
   * @param kind what a provider is, for messages, such as {@code exporter}
   * @param loader the service loader
   * @param touch called on each provider as it loads; a provider for which it throws a runtime
   *     exception or linkage error counts as failed (a provider whose {@code format()} fails is as
   *     broken as one that did not load)
   * @return the providers and the failures
   */
  public static <P> Found<P> load(String kind, ServiceLoader<P> loader, Consumer<P> touch) {
    List<P> found = new ArrayList<>();
    List<ProviderFailure> failures = new ArrayList<>();
    Iterator<P> providers = loader.iterator();
    int consecutiveFailures = 0;
    while (consecutiveFailures < MAX_FAILURES) {
      P provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
        touch.accept(provider);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        consecutiveFailures++;
        failures.add(new ProviderFailure(describeFailure(kind, e), e));
        continue;
      }
      consecutiveFailures = 0;
      found.add(provider);
    }
    return new Found<>(found, failures);
  }

  private static String describeFailure(String kind, Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ";
    String description = article + kind + " failed to load: " + error.getMessage();
    if (root != error) {
      description += " (" + root + ")";
    }
    return description;
  }

  /**
   * Where a provider comes from: its class and its jar or module, for messages and listings.
   *
   * @param provider a provider
   * @return such as {@code org.example.DocxExporter (docx-exporter-1.0.jar)}
   */
  public static String origin(Object provider) {
    Class<?> type = provider.getClass();
    return type.getName() + " (" + source(type) + ")";
  }

  private static String source(Class<?> type) {
    Module module = type.getModule();
    if (module.isNamed()) {
      return "module " + module.getName();
    }
    CodeSource code =
        type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
    URL location = code == null ? null : code.getLocation();
    if (location == null) {
      return "unknown location";
    }
    String path = location.getPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
