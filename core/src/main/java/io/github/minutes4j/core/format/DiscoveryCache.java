package io.github.minutes4j.core.format;

import io.github.minutes4j.core.spi.FormatProvider;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The registries discovered so far for one kind of provider, one per class loader or module
 * layer, so that discovery reads the class path and creates providers once per loader, not on
 * every call.
 *
 * <p>Without leaking class loaders: the map is keyed weakly, so an entry goes when its loader or
 * layer does. Its value, though, holds providers, whose classes hold their loader, which may be
 * the key itself (an exporter in a web application's own {@code WEB-INF/lib}, or in Spring Boot
 * devtools' restart loader), so a value held strongly would keep its key alive for ever. A value
 * is therefore held strongly only when its key is the loader or layer of minutes4j core itself or
 * one of their parents, which live at least as long as this cache; any other value is held
 * softly, as the JDK's {@code ResourceBundle} cache holds its bundles: the garbage collector
 * clears it under memory pressure at the latest, and its loader can then be unloaded. The next
 * look-up discovers again.
 *
 * <p>Thread-safe. Discovery runs outside the lock, so that a slow provider does not hold up other
 * loaders; when two threads discover for the same key at once, the first to finish wins and both
 * get its registry.
 */
final class DiscoveryCache<P extends FormatProvider> {

  private final Map<Object, Supplier<FormatRegistry<P>>> byKey = new WeakHashMap<>();

  /**
   * The registry for a class loader, discovered on first use.
   *
   * @param loader the loader
   * @param discover discovers through that loader
   * @return the registry, the same on every call while it is cached
   */
  FormatRegistry<P> get(ClassLoader loader, Supplier<FormatRegistry<P>> discover) {
    return get(loader, outlivesCore(loader), discover);
  }

  /**
   * The registry for a module layer, discovered on first use.
   *
   * @param layer the layer
   * @param discover discovers in that layer and its parents
   * @return the registry, the same on every call while it is cached
   */
  FormatRegistry<P> get(ModuleLayer layer, Supplier<FormatRegistry<P>> discover) {
    return get(layer, outlivesCore(layer), discover);
  }

  private FormatRegistry<P> get(
      Object key, boolean strongly, Supplier<FormatRegistry<P>> discover) {
    FormatRegistry<P> cached = cached(key);
    if (cached != null) {
      return cached;
    }
    FormatRegistry<P> discovered = discover.get();
    synchronized (byKey) {
      cached = cached(key);
      if (cached != null) {
        return cached;
      }
      byKey.put(key, strongly ? () -> discovered : new SoftReference<>(discovered)::get);
      return discovered;
    }
  }

  private FormatRegistry<P> cached(Object key) {
    synchronized (byKey) {
      Supplier<FormatRegistry<P>> holder = byKey.get(key);
      return holder == null ? null : holder.get();
    }
  }

  /** Whether a loader is core's own or one of its parents, which outlive this cache. */
  private static boolean outlivesCore(ClassLoader loader) {
    for (ClassLoader core = DiscoveryCache.class.getClassLoader();
        core != null;
        core = core.getParent()) {
      if (core == loader) {
        return true;
      }
    }
    return false;
  }

  /** Whether a layer is core's own or one of its parents, which outlive this cache. */
  private static boolean outlivesCore(ModuleLayer layer) {
    ModuleLayer core = DiscoveryCache.class.getModule().getLayer();
    return layer == ModuleLayer.boot() || (core != null && isSelfOrParent(layer, core));
  }

  private static boolean isSelfOrParent(ModuleLayer candidate, ModuleLayer layer) {
    if (candidate == layer) {
      return true;
    }
    for (ModuleLayer parent : layer.parents()) {
      if (isSelfOrParent(candidate, parent)) {
        return true;
      }
    }
    return false;
  }
}
