package io.github.minutes4j.examples.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import org.junit.jupiter.api.Test;

/**
 * {@link FormatRegistry#exporters()} finds the exporter. Surefire runs this class twice: on the
 * module path, where {@link java.util.ServiceLoader} reads {@code provides} in {@code
 * module-info.java}, and on the class path, where it reads {@code META-INF/services}. The system
 * property {@code minutes4j.test.path} says which run this is, so that a run on the wrong path
 * fails instead of passing for the other.
 */
class DiscoveryTest {

  @Test
  void theRegistryFindsTheExporterByIdMediaTypeAndFileName() {
    FormatRegistry<MinutesExporter> exporters = FormatRegistry.exporters();

    assertInstanceOf(MarkdownMinutesExporter.class, exporters.byId("Markdown"));
    assertInstanceOf(
        MarkdownMinutesExporter.class, exporters.byMediaType("text/markdown; charset=UTF-8"));
    assertInstanceOf(MarkdownMinutesExporter.class, exporters.byFileName("minutes-2022-06-02.md"));
    assertEquals(exporters.failures(), java.util.List.of());
  }

  @Test
  void itIsFoundOnThePathThisRunUses() {
    MinutesExporter found = FormatRegistry.exporters().byId("markdown");
    Module module = found.getClass().getModule();
    String origin = FormatRegistry.origin(found);
    String path = System.getProperty("minutes4j.test.path", "");

    switch (path) {
      case "module":
        assertTrue(module.isNamed(), "expected the module path");
        assertEquals("io.github.minutes4j.examples.markdown", module.getName());
        assertTrue(
            module.getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(MinutesExporter.class.getName())),
            "module-info.java provides the exporter");
        assertTrue(origin.endsWith("(module io.github.minutes4j.examples.markdown)"), origin);
        break;
      case "class":
        assertFalse(module.isNamed(), "expected the class path");
        assertTrue(origin.startsWith(MarkdownMinutesExporter.class.getName() + " ("), origin);
        assertFalse(origin.contains("module "), origin);
        break;
      default:
        throw new AssertionError(
            "Run through Maven: the system property minutes4j.test.path must be module or class,"
                + " not '" + path + "'");
    }
  }
}
