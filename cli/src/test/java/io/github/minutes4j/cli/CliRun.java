package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the tool in this JVM with captured streams, and prepares inputs. */
final class CliRun {

  /** What one run left: its exit code and what it wrote to each stream. */
  static final class Result {
    final int exitCode;
    final byte[] outBytes;
    final String out;
    final String err;

    Result(int exitCode, byte[] outBytes, String err) {
      this.exitCode = exitCode;
      this.outBytes = outBytes;
      this.out = new String(outBytes, StandardCharsets.UTF_8);
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private CliRun() {}

  /** Runs with discovered formats and empty standard input. */
  static Result run(String... args) {
    return run(Minutes4jCli.withDiscoveredFormats(), new byte[0], args);
  }

  /** Runs with discovered formats, and these bytes on standard input. */
  static Result runWithInput(byte[] input, String... args) {
    return run(Minutes4jCli.withDiscoveredFormats(), input, args);
  }

  /** Runs with these exporters and the discovered readers. */
  static Result runWith(FormatRegistry<MinutesExporter> exporters, String... args) {
    return run(Minutes4jCli.withFormats(exporters, FormatRegistry.readers()), new byte[0], args);
  }

  static Result run(Minutes4jCli cli, byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.withStreams(
                new ByteArrayInputStream(input),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .execute(args);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** The reference document as the installed JSON exporter writes it. */
  static byte[] referenceJson(ReferenceMinutes.ReferenceDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      FormatRegistry.exporters().byId("json").export(document.minutes(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes both reference documents as JSON into a folder, as minutes-DATE.json. */
  static List<Path> writeReferenceJson(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new java.util.ArrayList<>();
    for (ReferenceMinutes.ReferenceDocument document : ReferenceMinutes.all()) {
      Path file = folder.resolve(document.name() + ".json");
      Files.write(file, referenceJson(document));
      files.add(file);
    }
    return files;
  }

  /** The names of every file in a folder, hidden ones too, sorted; empty if it does not exist. */
  static List<String> listing(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
