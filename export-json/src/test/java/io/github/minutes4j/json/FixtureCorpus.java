package io.github.minutes4j.json;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes.ReferenceDocument;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The fixture corpus: documents of format {@code minutes4j/1} as the first, hand-written writer
 * (before the switch to databind, commit 70e1cf5) wrote them. The files are the evidence that the
 * wire format has not changed; {@link FixtureCorpusTest} reads each back and writes it again.
 *
 * <p>Each file holds one or more documents, one after the other; every document ends with a line
 * that is a single {@code "}"}, which appears nowhere else in the indented output.
 *
 * <p>{@link #main} wrote the files once, with the old writer. Do not run it again after a change to
 * the writer: that would replace the evidence with what is being checked.
 */
final class FixtureCorpus {

  /** The files, in the test resources, under {@code io/github/minutes4j/json/corpus/}. */
  static final List<String> FILES =
      List.of(
          "reference-minutes-2021-12-09.json",
          "reference-minutes-2022-06-02.json",
          "every-optional-field.json",
          "generated-000-099.json",
          "generated-100-199.json",
          "generated-200-299.json");

  /** How many generated documents the corpus holds, from seed 0. */
  static final int GENERATED = 300;

  private static final String END = "\n}\n";

  private FixtureCorpus() {}

  /**
   * The documents of one file, each with its final line end.
   *
   * @param file one of {@link #FILES}
   * @return the documents, as bytes
   */
  static List<byte[]> documents(String file) {
    String text;
    try (InputStream in = FixtureCorpus.class.getResourceAsStream("corpus/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no fixture corpus/" + file);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<byte[]> documents = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf(END, start) + END.length();
      documents.add(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
      start = end;
    }
    return documents;
  }

  /**
   * Writes the corpus with the writer on the class path.
   *
   * @param args the folder to write to
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    for (ReferenceDocument document : ReferenceMinutes.all()) {
      Files.write(folder.resolve("reference-" + document.name() + ".json"),
          Json.bytes(document.minutes()));
    }
    Files.write(folder.resolve("every-optional-field.json"), Json.bytes(SampleMinutes.full()));
    for (int from = 0; from < GENERATED; from += 100) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (long seed = from; seed < from + 100; seed++) {
        Minutes minutes = SampleMinutes.generate(seed, new HashSet<>());
        out.write(Json.bytes(minutes));
      }
      Files.write(
          folder.resolve(String.format("generated-%03d-%03d.json", from, from + 99)),
          out.toByteArray());
    }
  }
}
