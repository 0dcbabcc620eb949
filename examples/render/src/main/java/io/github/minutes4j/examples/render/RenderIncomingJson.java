package io.github.minutes4j.examples.render;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * The embedding example for minutes that another system sends as JSON: read the file, report
 * every problem with its place if it is malformed or invalid, and otherwise publish it as HTML
 * without the participant list (personal data stays off the web) and archive it as PDF.
 *
 * <pre>{@code java ... RenderIncomingJson incoming/minutes.json site/}</pre>
 *
 * @since 0.1.0
 */
public final class RenderIncomingJson {

  private final FormatRegistry<MinutesExporter> exporters;

  /**
   * Renders with the given exporters and reads with the readers {@link java.util.ServiceLoader} finds.
   *
   * @param exporters the exporters to render with
   */
  public RenderIncomingJson(FormatRegistry<MinutesExporter> exporters) {
    this.exporters = exporters;
  }

  /**
   * Renders the JSON file named by the first argument into the folder named by the second.
   *
   * @param args the input file and the output folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RenderIncomingJson MINUTES.json OUTPUT-FOLDER");
      System.exit(2);
    }
    int status =
        new RenderIncomingJson(FormatRegistry.exporters())
            .render(Paths.get(args[0]), Paths.get(args[1]), System.err);
    System.exit(status);
  }

  /**
   * Reads, validates and renders one file.
   *
   * @param input the JSON file
   * @param folder where to write the HTML and the PDF
   * @param report where to say what was wrong
   * @return 0 when both files were written, 1 when the input is malformed or invalid (nothing is
   *     written then)
   * @throws IOException if a file cannot be read or written
   */
  public int render(Path input, Path folder, PrintStream report) throws IOException {
    Minutes minutes;
    try (InputStream in = Files.newInputStream(input)) {
      minutes = FormatRegistry.readers().byFileName(input.toString()).read(in);
    } catch (MinutesReadException e) {
      report.println(input + ": " + e.location() + ": " + e.problem());
      return 1;
    } catch (InvalidMinutesException e) {
      for (Violation violation : e.violations()) {
        report.println(input + ": " + violation);
      }
      return 1;
    }
    String name = input.getFileName().toString().replaceFirst("\\.json$", "");
    Files.createDirectories(folder);
    write(minutes, "html", ExportOptions.defaults().withParticipants(false), folder, name);
    write(minutes, "pdf", ExportOptions.defaults(), folder, name);
    return 0;
  }

  private void write(Minutes minutes, String format, ExportOptions options, Path folder, String name)
      throws IOException {
    MinutesExporter exporter = exporters.byId(format);
    Path target = folder.resolve(name + "." + exporter.format().fileExtension());
    Path temporary = folder.resolve("." + target.getFileName() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        exporter.export(minutes, options, out);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
