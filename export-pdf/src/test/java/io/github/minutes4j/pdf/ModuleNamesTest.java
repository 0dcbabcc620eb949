package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openhtmltopdf's jars have neither a module descriptor nor an {@code Automatic-Module-Name}, so on
 * the module path their names come from their file names: {@code openhtmltopdf.core} and {@code
 * openhtmltopdf.pdfbox} from Maven's {@code openhtmltopdf-core-1.1.65.jar} and {@code
 * openhtmltopdf-pdfbox-1.1.65.jar}. Every other module this module requires has a stable name.
 * These tests pin that (so that a release of openhtmltopdf with real names fails here, and
 * module-info.java and the README's "Module path" section are updated), and show which renamings
 * still resolve and which do not. Runs on the module path (surefire's default execution).
 */
class ModuleNamesTest {

  private static final String PDF = "io.github.minutes4j.pdf";

  /** The modules {@code io.github.minutes4j.pdf} requires whose names come from file names. */
  private static Map<String, Path> fileNamedRequirements() throws IOException {
    Configuration boot = ModuleLayer.boot().configuration();
    Map<String, Path> fileNamed = new TreeMap<>();
    for (ModuleDescriptor.Requires requires : module().reference().descriptor().requires()) {
      ResolvedModule resolved = boot.findModule(requires.name()).orElseThrow();
      if (!resolved.reference().descriptor().isAutomatic()) {
        continue;
      }
      Path jar = Path.of(resolved.reference().location().orElseThrow());
      try (JarFile file = new JarFile(jar.toFile())) {
        if (file.getManifest().getMainAttributes().getValue("Automatic-Module-Name") == null) {
          fileNamed.put(requires.name(), jar);
        }
      }
    }
    return fileNamed;
  }

  private static ResolvedModule module() {
    return ModuleLayer.boot().configuration().findModule(PDF).orElseThrow();
  }

  @Test
  void onlyOpenhtmltopdfIsNamedAfterItsFiles() throws IOException {
    assertTrue(PdfMinutesExporter.class.getModule().isNamed(), "runs on the module path");
    Map<String, Path> fileNamed = fileNamedRequirements();
    assertEquals(
        Set.of("openhtmltopdf.core", "openhtmltopdf.pdfbox"),
        fileNamed.keySet(),
        "module-info.java and README.md (Module path) name exactly these file-named modules");
    assertTrue(
        fileNamed.get("openhtmltopdf.core").getFileName().toString()
            .matches("openhtmltopdf-core-[0-9.]+\\.jar"));
    assertTrue(
        fileNamed.get("openhtmltopdf.pdfbox").getFileName().toString()
            .matches("openhtmltopdf-pdfbox-[0-9.]+\\.jar"));
  }

  @Test
  void resolvesWithMavensFileNamesAndWithAnotherVersionOrClassifier(@TempDir Path dir)
      throws IOException {
    Configuration maven = resolveWith(dir.resolve("maven"), Map.of());
    assertTrue(maven.findModule("openhtmltopdf.core").isPresent());

    // The name is what comes before the first "-digit": a changed version or classifier is fine.
    Configuration suffixed =
        resolveWith(
            dir.resolve("suffixed"),
            Map.of(
                "openhtmltopdf.core", "openhtmltopdf-core-1.1.65-patched.jar",
                "openhtmltopdf.pdfbox", "openhtmltopdf-pdfbox-1.1.65-patched.jar"));
    assertTrue(suffixed.findModule("openhtmltopdf.pdfbox").isPresent());
  }

  @Test
  void aRenamedEngineJarIsNotFound(@TempDir Path dir) {
    FindException e =
        assertThrows(
            FindException.class,
            () ->
                resolveWith(
                    dir,
                    Map.of(
                        "openhtmltopdf.core", "html-renderer-core.jar",
                        "openhtmltopdf.pdfbox", "openhtmltopdf-pdfbox-1.1.65.jar")));
    assertTrue(e.getMessage().contains("openhtmltopdf.core"), e.getMessage());
  }

  /**
   * Resolves this module, as the {@code java} launcher would, from the jars of the test's module
   * path, with the file-named jars copied to {@code dir} under the given names (or their own).
   */
  private static Configuration resolveWith(Path dir, Map<String, String> renamed)
      throws IOException {
    Files.createDirectories(dir);
    Map<String, Path> fileNamed = fileNamedRequirements();
    List<Path> paths = new ArrayList<>();
    for (ResolvedModule resolved : ModuleLayer.boot().configuration().modules()) {
      URI location = resolved.reference().location().orElse(null);
      if (location != null && "file".equals(location.getScheme())
          && !fileNamed.containsKey(resolved.name())) {
        paths.add(Path.of(location));
      }
    }
    for (Map.Entry<String, Path> jar : fileNamed.entrySet()) {
      String name = renamed.getOrDefault(jar.getKey(), jar.getValue().getFileName().toString());
      paths.add(Files.copy(jar.getValue(), dir.resolve(name)));
    }
    return Configuration.empty()
        .resolve(ModuleFinder.of(paths.toArray(Path[]::new)), ModuleFinder.ofSystem(), Set.of(PDF));
  }
}
