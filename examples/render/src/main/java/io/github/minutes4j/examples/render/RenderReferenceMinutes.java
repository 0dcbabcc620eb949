package io.github.minutes4j.examples.render;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.ProviderFailure;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * Renders both reference documents with every exporter on the class path or module path into a
 * folder, one file per document and format, such as {@code out/minutes-2022-06-02.pdf}.
 *
 * <p>Each file is written to a temporary file beside it and moved into place when complete, so a
 * failure never leaves a half-written file.
 *
 * @since 0.1.0
 */
public final class RenderReferenceMinutes {

  private RenderReferenceMinutes() {}

  /**
   * Renders into the folder named by the first argument, {@code out} by default.
   *
   * @param args the output folder, optionally
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Paths.get(args.length > 0 ? args[0] : "out");
    FormatRegistry<MinutesExporter> exporters = FormatRegistry.exporters();
    for (ProviderFailure failure : exporters.failures()) {
      System.err.println("warning: " + failure.description());
    }
    if (exporters.providers().isEmpty()) {
      throw new IllegalStateException(
          "No exporter is installed; add minutes4j-export-json, -html or -pdf to the class path");
    }
    Files.createDirectories(folder);
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      for (MinutesExporter exporter : exporters.providers()) {
        Path target = folder.resolve(document.name() + "." + exporter.format().fileExtension());
        // Named by hand rather than Files.createTempFile, which would give the file mode 0600.
        Path temporary = folder.resolve("." + target.getFileName() + ".part");
        try {
          try (OutputStream out = Files.newOutputStream(temporary)) {
            exporter.export(document.minutes(), out);
          }
          Files.move(
              temporary,
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temporary);
        }
        System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
      }
    }
  }
}
