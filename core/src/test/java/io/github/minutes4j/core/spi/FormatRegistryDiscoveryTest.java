package io.github.minutes4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
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
