package io.github.minutes4j.fonts.cjk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.pdf.FontProvider;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PDF exporter that {@link ServiceLoader} makes finds the font. Surefire runs this class twice:
 * on the module path, where {@link ServiceLoader} reads {@code provides} in {@code
 * module-info.java}, and on the class path, where it reads {@code META-INF/services}; the system
 * property {@code minutes4j.test.path} says which.
 */
class DiscoveryTest {

  @Test
  void theExporterOfTheRegistryDrawsWithTheFontsOfThisJarLast() {
    PdfMinutesExporter pdf = (PdfMinutesExporter) FormatRegistry.exporters().byId("pdf");
    List<String> families = pdf.fontFamilies();
    assertEquals(
        List.of(CjkFonts.FAMILY, CjkFonts.HANGUL_FAMILY),
        families.subList(families.size() - 2, families.size()));
  }

  @Test
  void runsOnThePathTheBuildAskedFor() {
    Module module = CjkFonts.class.getModule();
    switch (System.getProperty("minutes4j.test.path", "")) {
      case "module":
        assertEquals("io.github.minutes4j.fonts.cjk", module.getName());
        assertTrue(
            module.getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(FontProvider.class.getName())),
            "module-info.java provides the fonts");
        break;
      case "class":
        assertFalse(module.isNamed(), "expected the class path");
        break;
      default:
        throw new AssertionError("Run through Maven: minutes4j.test.path must be module or class");
    }
  }
}
