package io.github.minutes4j.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery through {@link java.util.ServiceLoader} on the class path. Runs in its own Surefire
 * execution on the class path, since ServiceLoader ignores {@code META-INF/services} entries for
 * classes in named modules.
 */
class FormatRegistryDiscoveryTest {

  private static final String SERVICE = "META-INF/services/" + MinutesExporter.class.getName();

  @TempDir Path folder;

  @Test
  void aBrokenProviderIsReportedAndDoesNotHideTheOthers() throws IOException {
    ClassLoader loader =
        loaderServing(
            TestExporters.FailsToConstruct.class.getName(),
            "org.example.NotThere",
            TestExporters.PlainText.class.getName(),
            TestExporters.FailsToDescribe.class.getName(),
            TestExporters.Calendar.class.getName());

    FormatRegistry<MinutesExporter> registry = FormatRegistry.exporters(loader);

    assertEquals(
        List.of("calendar", "text"),
        registry.providers().stream().map(p -> p.format().id()).collect(Collectors.toList()));
    assertEquals(3, registry.failures().size(), registry.failures().toString());
    String failures = registry.failures().toString();
    assertTrue(failures.contains("FailsToConstruct could not be instantiated (java.lang.IllegalStateException: missing licence key)"), failures);
    assertTrue(failures.contains("org.example.NotThere"), failures);
    assertTrue(failures.contains("no format today"), failures);
    String message =
        assertThrows(UnknownFormatException.class, () -> registry.byId("pdf")).getMessage();
    assertTrue(message.contains("An exporter failed to load"), message);
  }

  @Test
  void twoDiscoveredProvidersOfOneIdFail() throws IOException {
    ClassLoader loader =
        loaderServing(
            TestExporters.PlainText.class.getName(), TestExporters.OtherPlainText.class.getName());

    ProviderConfigurationException thrown =
        assertThrows(ProviderConfigurationException.class, () -> FormatRegistry.exporters(loader));
    assertTrue(thrown.getMessage().contains("OtherPlainText"), thrown.getMessage());
  }

  @Test
  void discoveryWithoutProvidersGivesAnEmptyRegistry() throws IOException {
    FormatRegistry<MinutesExporter> registry = FormatRegistry.exporters(loaderServing());

    assertEquals(List.of(), registry.providers());
    assertInstanceOf(
        UnknownFormatException.class,
        assertThrows(UnknownFormatException.class, () -> registry.byFileName("a.html")));
  }

  @Test
  void discoveryIsCachedPerClassLoader() throws IOException {
    String[] services = {
      TestExporters.PlainText.class.getName(), TestExporters.Calendar.class.getName()
    };
    ClassLoader one = loaderServing(services);
    ClassLoader other = loaderServing(services);

    FormatRegistry<MinutesExporter> first = FormatRegistry.exporters(one);
    FormatRegistry<MinutesExporter> again = FormatRegistry.exporters(one);
    FormatRegistry<MinutesExporter> elsewhere = FormatRegistry.exporters(other);

    assertSame(first, again);
    assertSame(first.byId("text"), again.byId("text"));
    assertNotSame(first, elsewhere);
    assertNotSame(first.byId("text"), elsewhere.byId("text"));
    assertEquals(List.of("calendar", "text"), ids(elsewhere));
    assertSame(FormatRegistry.readers(one), FormatRegistry.readers(one));
  }

  @Test
  void discoveryWithoutALoaderUsesTheContextClassLoaderAndItsCache() throws IOException {
    ClassLoader loader = loaderServing(TestExporters.PlainText.class.getName());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      assertSame(FormatRegistry.exporters(loader), FormatRegistry.exporters());
    } finally {
      thread.setContextClassLoader(previous);
    }
    assertSame(
        FormatRegistry.exporters(ClassLoader.getSystemClassLoader()),
        FormatRegistry.exporters((ClassLoader) null));
  }

  @Test
  void twoDiscoveredProvidersOfOneIdFailOnEveryCall() throws IOException {
    ClassLoader loader =
        loaderServing(
            TestExporters.PlainText.class.getName(), TestExporters.OtherPlainText.class.getName());

    for (int call = 0; call < 2; call++) {
      String message =
          assertThrows(ProviderConfigurationException.class, () -> FormatRegistry.exporters(loader))
              .getMessage();
      assertTrue(message.contains(TestExporters.PlainText.class.getName() + " ("), message);
      assertTrue(message.contains(TestExporters.OtherPlainText.class.getName() + " ("), message);
      assertTrue(message.contains("FormatRegistry.of(...)"), message);
    }
  }

  /**
   * The registry of core's own class loader is held for good: it survives collections even when
   * nobody holds it (this execution clears soft references at every collection).
   */
  @Test
  void theRegistryOfCoresOwnLoaderStays() throws InterruptedException {
    ClassLoader core = FormatRegistry.class.getClassLoader();
    WeakReference<FormatRegistry<MinutesExporter>> discovered =
        new WeakReference<>(FormatRegistry.exporters(core));

    collectGarbage(() -> false);

    assertNotNull(discovered.get());
    assertSame(discovered.get(), FormatRegistry.exporters(core));
  }

  /**
   * A class loader whose own class is a discovered exporter, as in a web application or Spring
   * Boot devtools' restart loader: once the application lets go of it, the cache does not keep it.
   */
  @Test
  void theCacheDoesNotKeepADiscardedClassLoaderAlive() throws Exception {
    WeakReference<ClassLoader> loader = discoverThroughALoaderOfItsOwnAndLetGo();

    collectGarbage(() -> loader.get() == null);

    assertNull(loader.get(), "the class loader is still reachable");
  }

  private WeakReference<ClassLoader> discoverThroughALoaderOfItsOwnAndLetGo() throws Exception {
    String name = TestExporters.PlainText.class.getName();
    ClassLoader loader = new DefiningLoader(loaderServing(name), name);
    MinutesExporter exporter = FormatRegistry.exporters(loader).byId("text");
    assertSame(loader, exporter.getClass().getClassLoader());
    assertSame(exporter, FormatRegistry.exporters(loader).byId("text"));
    return new WeakReference<>(loader);
  }

  private static void collectGarbage(BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 20 && !done.getAsBoolean(); i++) {
      System.gc();
      Thread.sleep(10);
    }
  }

  private static List<String> ids(FormatRegistry<?> registry) {
    return registry.providers().stream().map(p -> p.format().id()).collect(Collectors.toList());
  }

  /** Defines one class itself, from its parent's class file, and delegates everything else. */
  private static final class DefiningLoader extends ClassLoader {
    private final String own;

    DefiningLoader(ClassLoader parent, String own) {
      super(parent);
      this.own = own;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(own)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        try (InputStream in =
            getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }
  }

  /** A class loader whose only service file for exporters lists the given class names. */
  private ClassLoader loaderServing(String... classNames) throws IOException {
    Path services = folder.resolve("exporters-" + classNames.length);
    Files.write(services, String.join("\n", classNames).getBytes(StandardCharsets.UTF_8));
    URL url = services.toUri().toURL();
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(SERVICE)
            ? Collections.enumeration(List.of(url))
            : super.getResources(name);
      }
    };
  }
}
