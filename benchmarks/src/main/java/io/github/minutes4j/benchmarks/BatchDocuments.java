package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Writes the inputs of the batch benchmark ({@code benchmarks/run.sh}, stage {@code batch}):
 * {@code COUNT} generated minutes as JSON files, 100 to a subfolder ({@code FOLDER/part-00/
 * minutes-0000.json}, ...), so that the CLI's folder walk is part of what is measured. Each
 * document has its own seed and size, from 2 agenda items and no participants to 7 agenda items
 * and 40 participants: one to three PDF pages, like the reference documents. Deterministic: the
 * same count gives the same bytes.
 *
 * <pre>java -cp benchmarks.jar io.github.minutes4j.benchmarks.BatchDocuments FOLDER COUNT</pre>
 */
public final class BatchDocuments {

  private static final int PER_FOLDER = 100;

  private BatchDocuments() {}

  /**
   * The minutes of document {@code index}.
   *
   * @param index from 0
   * @return valid minutes
   */
  public static Minutes document(int index) {
    return LargeMinutes.generate(2 + index % 6, index * 7 % 41, 20221202L + index);
  }

  /**
   * Writes the documents.
   *
   * @param args the folder (created if missing) and the count
   * @throws IOException if a file cannot be written
   */
  public static void main(String... args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BatchDocuments FOLDER COUNT");
      System.exit(2);
    }
    Path folder = Paths.get(args[0]);
    int count = Integer.parseInt(args[1]);
    MinutesExporter json = FormatRegistry.exporters().byId("json");
    for (int i = 0; i < count; i++) {
      Path part = folder.resolve(String.format(Locale.ROOT, "part-%02d", i / PER_FOLDER));
      Files.createDirectories(part);
      Path file = part.resolve(String.format(Locale.ROOT, "minutes-%04d.json", i));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        json.export(document(i), out);
      }
    }
    System.err.println("wrote " + count + " documents to " + folder);
  }
}
