package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.ProviderConfigurationException;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a command works with: the formats, created when first asked for, and the standard streams.
 *
 * @param exporters the exporters
 * @param readers the readers
 * @param in standard input, read by {@code -}
 * @param out standard output as bytes, for {@code --out -}
 * @param text standard output as text
 * @param err standard error as text
 * @param errIsTerminal whether {@code err} is a terminal, where a progress bar can be redrawn in
 *     place
 * @param terminalWidth the terminal's width in columns, when {@code err} is one
 */
record Environment(
    Supplier<FormatRegistry<MinutesExporter>> exporters,
    Supplier<FormatRegistry<MinutesReader>> readers,
    InputStream in,
    PrintStream out,
    PrintWriter text,
    PrintWriter err,
    boolean errIsTerminal,
    int terminalWidth) {

  /** The name by which messages refer to standard input. */
  static final String STANDARD_INPUT = "<stdin>";

  /**
   * The installed formats.
   *
   * @param readers the readers
   * @param exporters the exporters
   */
  record Formats(FormatRegistry<MinutesReader> readers, FormatRegistry<MinutesExporter> exporters) {}

  /**
   * The installed formats as they are.
   *
   * @return the formats; empty, with the failure reported, if a provider's configuration keeps
   *     them from loading
   */
  Optional<Formats> formats(Report report) {
    try {
      FormatRegistry<MinutesExporter> installed = exporters.get();
      return Optional.of(new Formats(readers.get(), installed));
    } catch (ProviderConfigurationException e) {
      report.failure(e.getMessage(), e);
      return Optional.empty();
    }
  }

  /**
   * The formats a command that reads and exports works with: each provider that failed to load
   * reported as a warning, and the PDF exporter given the fonts of {@code --font} and, if asked,
   * writing the minutes' JSON into each PDF.
   *
   * @return the formats; empty, with the reason reported, if they cannot load or the PDF exporter
   *     cannot be made as asked
   */
  Optional<Formats> formats(Report report, FontOption fonts, boolean embedSource) {
    return formats(report).flatMap(formats -> {
      report.warnAbout(formats.exporters());
      report.warnAbout(formats.readers());
      return fonts.apply(formats.exporters(), report, embedSource)
          .map(exporters -> new Formats(formats.readers(), exporters));
    });
  }
}
