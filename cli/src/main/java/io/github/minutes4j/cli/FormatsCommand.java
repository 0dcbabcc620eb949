package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.ProviderFailure;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.FormatProvider;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code formats}: every installed exporter and reader, and every provider that failed to load. */
@Command(
    name = "formats",
    header = "Lists the installed exporters and readers and where they come from.",
    description = {
      "Lists every installed exporter and reader: format id, media type, file extension, and"
          + " origin (the class and the jar or module it comes from). A jar added to the class"
          + " path or module path that provides a MinutesExporter or MinutesReader is listed"
          + " too. Providers that failed to load are listed with the reason.",
      ""
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class FormatsCommand implements Callable<Integer> {

  private static final String[] HEADER = {"ID", "MEDIA TYPE", "EXTENSION", "ORIGIN"};

  private final Environment environment;

  @Mixin CommonOptions common = new CommonOptions();

  FormatsCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Report report = new Report(environment.err(), common.verbose);
    Optional<Environment.Formats> installed = environment.formats(report);
    if (installed.isEmpty()) {
      return report.exitCode();
    }
    FormatRegistry<MinutesExporter> exporters = installed.get().exporters();
    FormatRegistry<MinutesReader> readers = installed.get().readers();
    PrintWriter out = environment.text();
    table(out, "Exporters", exporters.providers());
    out.println();
    table(out, "Readers", readers.providers());
    List<ProviderFailure> failures = new ArrayList<>(exporters.failures());
    failures.addAll(readers.failures());
    if (!failures.isEmpty()) {
      out.println();
      out.println("Failed to load (" + failures.size() + "):");
      for (ProviderFailure failure : failures) {
        out.println("  " + failure.description());
        if (common.verbose) {
          failure.cause().printStackTrace(out);
        }
      }
    }
    out.flush();
    return report.exitCode();
  }

  private static void table(PrintWriter out, String title, List<? extends FormatProvider> providers) {
    out.println(title + " (" + providers.size() + "):");
    if (providers.isEmpty()) {
      out.println(
          "  none installed; add minutes4j-export-json, -html or -pdf, or a jar that provides"
              + " them, to the class path");
      return;
    }
    String[][] rows = new String[providers.size() + 1][];
    rows[0] = HEADER;
    for (int i = 0; i < providers.size(); i++) {
      FormatProvider provider = providers.get(i);
      FormatDescriptor format = provider.format();
      rows[i + 1] =
          new String[] {
            format.id(), format.mediaType(), "." + format.fileExtension(), FormatRegistry.origin(provider)
          };
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int column = 0; column < row.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int column = 0; column < row.length; column++) {
        line.append(' ').append(row[column]);
        if (column < row.length - 1) {
          line.append(" ".repeat(widths[column] - row[column].length() + 1));
        }
      }
      out.println(line);
    }
  }
}
