package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link java.util.ServiceLoader} finds the exporter: on the module path through {@code provides}
 * in {@code module-info.java} (surefire's default execution), and on the class path through {@code
 * META-INF/services} (the execution {@code discovery-on-class-path}). Each execution says which
 * path it uses, and the test checks that it really runs there.
 */
class DiscoveryTest {

  @Test
  void theRegistryFindsTheExporterByIdMediaTypeAndFileName() {
    FormatRegistry<MinutesExporter> registry = FormatRegistry.exporters();
    assertEquals(List.of(), registry.failures());
    assertInstanceOf(HtmlMinutesExporter.class, registry.byId("html"));
    assertInstanceOf(HtmlMinutesExporter.class, registry.byId("HTML"));
    assertInstanceOf(HtmlMinutesExporter.class, registry.byMediaType("text/html; charset=utf-8"));
    assertInstanceOf(HtmlMinutesExporter.class, registry.byFileName("minutes-2022-06-02.HTML"));
  }

  @Test
  void runsOnThePathTheBuildAskedFor() {
    String expected = System.getProperty("minutes4j.test.path", "");
    boolean named = HtmlMinutesExporter.class.getModule().isNamed();
    String actual = named ? "module-path" : "class-path";
    if (!expected.isEmpty()) {
      assertEquals(expected, actual, "this surefire execution should run on the " + expected);
    }
    if (named) {
      assertEquals("io.github.minutes4j.html", HtmlMinutesExporter.class.getModule().getName());
      assertEquals(
          List.of(
              "io.github.minutes4j.html",
              "io.github.minutes4j.html.internal to [io.github.minutes4j.pdf]"),
          HtmlMinutesExporter.class.getModule().getDescriptor().exports().stream()
              .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
              .sorted()
              .toList(),
          "the internal package is exported to the PDF module only");
    }
  }
}
