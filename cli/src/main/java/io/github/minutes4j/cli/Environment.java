package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
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
}
