package io.github.minutes4j.integration;

import io.github.minutes4j.cli.Minutes4jCli;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the command-line tool in this JVM with captured streams. */
final class Cli {

  /** What a run left: its exit code and what it wrote to standard output and error. */
  record Result(int exitCode, byte[] out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + ", " + out.length + " bytes out, err:\n" + err;
    }
  }

  private Cli() {}

  static Result run(InputStream in, String... args) {
    return run(FormatRegistry.exporters(), FormatRegistry.readers(), in, args);
  }

  static Result run(
      FormatRegistry<MinutesExporter> exporters,
      FormatRegistry<MinutesReader> readers,
      InputStream in,
      String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Minutes4jCli.withFormats(exporters, readers)
            .withStreams(
                in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .execute(args);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** The names of every file in a folder, hidden ones too, sorted; empty if there is none. */
  static List<String> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
