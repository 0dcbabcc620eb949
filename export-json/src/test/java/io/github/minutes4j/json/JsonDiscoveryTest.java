package io.github.minutes4j.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link java.util.ServiceLoader} finds the exporter and the reader. Surefire runs this class
 * twice: on the module path ({@code provides} in {@code module-info.java}) and on the class path
 * ({@code META-INF/services}); the system property {@code minutes4j.test.modulePath} says which,
 * and the first test checks that the run really is the one it claims to be.
 */
class JsonDiscoveryTest {

  private static boolean onModulePath() {
    String value = System.getProperty("minutes4j.test.modulePath");
    assertNotNull(value, "set minutes4j.test.modulePath in the surefire configuration");
    return Boolean.parseBoolean(value);
  }

  @Test
  void runsWhereTheBuildSaysItRuns() {
    Module module = JsonMinutesExporter.class.getModule();
    assertEquals(onModulePath(), module.isNamed(), "module " + module);
    if (onModulePath()) {
      assertEquals("io.github.minutes4j.json", module.getName());
      assertEquals(
          List.of(JsonMinutesExporter.class.getName()),
          module.getDescriptor().provides().stream()
              .filter(p -> p.service().equals(MinutesExporter.class.getName()))
              .flatMap(p -> p.providers().stream())
              .toList());
    }
  }

  @Test
  void findsTheExporterById() {
    MinutesExporter exporter = FormatRegistry.exporters().byId("json");
    assertSame(JsonMinutesExporter.class, exporter.getClass());
  }

  @Test
  void findsTheExporterByMediaTypeAndFileName() {
    FormatRegistry<MinutesExporter> exporters = FormatRegistry.exporters();
    assertSame(
        JsonMinutesExporter.class,
        exporters.byMediaType("Application/JSON; charset=utf-8").getClass());
    assertSame(
        JsonMinutesExporter.class, exporters.byFileName("minutes-2022-06-02.JSON").getClass());
  }

  @Test
  void findsTheReaderByMediaType() {
    MinutesReader reader = FormatRegistry.readers().byMediaType("application/json; charset=utf-8");
    assertSame(JsonMinutesReader.class, reader.getClass());
    assertSame(JsonMinutesReader.class, FormatRegistry.readers().byId("json").getClass());
  }

  /** Class loaders find resources of a named module only in packages it opens to everyone. */
  @Test
  void theSchemaIsReadableThroughTheClassLoader() {
    assertNotNull(
        JsonMinutesReader.class
            .getClassLoader()
            .getResource("io/github/minutes4j/json/minutes-1.schema.json"));
  }

  @Test
  void loadsWithoutFailures() {
    assertEquals(List.of(), FormatRegistry.exporters().failures());
    assertEquals(List.of(), FormatRegistry.readers().failures());
  }
}
