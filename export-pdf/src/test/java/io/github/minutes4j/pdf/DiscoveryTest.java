package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link java.util.ServiceLoader} finds the exporter and the reader: on the module path through {@code provides}
 * in {@code module-info.java} (surefire's default execution), and on the class path through {@code
 * META-INF/services} (the execution {@code discovery-on-class-path}). Each execution says which
 * path it uses, and the test checks that it really runs there.
 */
class DiscoveryTest {

  @Test
  void theRegistryFindsTheExporterByIdMediaTypeAndFileName() {
    FormatRegistry<MinutesExporter> registry = FormatRegistry.exporters();
    assertEquals(List.of(), registry.failures());
    assertInstanceOf(PdfMinutesExporter.class, registry.byId("pdf"));
    assertInstanceOf(PdfMinutesExporter.class, registry.byId("PDF"));
    assertInstanceOf(PdfMinutesExporter.class, registry.byMediaType("application/pdf"));
    assertInstanceOf(PdfMinutesExporter.class, registry.byFileName("minutes-2022-06-02.PDF"));
  }

  @Test
  void theRegistryFindsTheReaderByIdMediaTypeAndFileName() {
    FormatRegistry<MinutesReader> registry = FormatRegistry.readers();
    assertEquals(List.of(), registry.failures());
    assertInstanceOf(PdfMinutesReader.class, registry.byId("pdf"));
    assertInstanceOf(PdfMinutesReader.class, registry.byMediaType("application/pdf"));
    assertInstanceOf(PdfMinutesReader.class, registry.byFileName("archive.PDF"));
  }

  @Test
  void runsOnThePathTheBuildAskedFor() {
    String expected = System.getProperty("minutes4j.test.path", "");
    boolean named = PdfMinutesExporter.class.getModule().isNamed();
    String actual = named ? "module-path" : "class-path";
    if (!expected.isEmpty()) {
      assertEquals(expected, actual, "this surefire execution should run on the " + expected);
    }
    if (named) {
      assertEquals("io.github.minutes4j.pdf", PdfMinutesExporter.class.getModule().getName());
      assertEquals(
          List.of("io.github.minutes4j.pdf"),
          PdfMinutesExporter.class.getModule().getDescriptor().exports().stream()
              .map(e -> e.source())
              .toList(),
          "the internal package is not exported");
    }
  }
}
