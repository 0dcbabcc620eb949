package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.writeReferenceJson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} over folders: the walk, --include, --jobs, --keep-going, progress and summary. */
class RenderFoldersTest {

  private static final String MALFORMED =
      "{\n  \"format\": \"minutes4j/1\",\n  \"language\": \"sv\",\n  \"title\": 12\n";

  @TempDir Path temp;

  private Path in;
  private Path out;

  /**
   * in/2021/minutes-2021-12-09.json, in/2022/minutes-2022-06-02.json, in/notes.txt (no reader),
   * in/.hidden/minutes.json and in/.draft.json (hidden).
   */
  @BeforeEach
  void writeInputs() throws IOException {
    in = temp.resolve("in");
    List<Path> reference = writeReferenceJson(temp.resolve("reference"));
    Files.createDirectories(in.resolve("2022"));
    Files.createDirectories(in.resolve("2021"));
    Files.createDirectories(in.resolve(".hidden"));
    Files.copy(reference.get(0), in.resolve("2022").resolve(reference.get(0).getFileName()));
    Files.copy(reference.get(1), in.resolve("2021").resolve(reference.get(1).getFileName()));
    Files.writeString(in.resolve("notes.txt"), "not minutes");
    Files.writeString(in.resolve(".hidden/minutes.json"), MALFORMED);
    Files.writeString(in.resolve(".draft.json"), MALFORMED);
    out = temp.resolve("out");
  }

  @Test
  void aFolderIsRenderedIntoTheSameSubfoldersLeavingOutHiddenFiles() throws IOException {
    CliRun.Result result = run("render", in.toString(), "-f", "html,json", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(List.of("2021", "2022"), listing(out));
    assertEquals(List.of("minutes-2021-12-09.html", "minutes-2021-12-09.json"), listing(out.resolve("2021")));
    assertEquals(List.of("minutes-2022-06-02.html", "minutes-2022-06-02.json"), listing(out.resolve("2022")));
    assertArrayEquals(
        Files.readAllBytes(in.resolve("2022/minutes-2022-06-02.json")),
        Files.readAllBytes(out.resolve("2022/minutes-2022-06-02.json")));
    assertTrue(
        result.err.contains(
            "] " + in.resolve("2022/minutes-2022-06-02.json")
                + " -> 2022/minutes-2022-06-02.html, 2022/minutes-2022-06-02.json"),
        result.err);
    assertTrue(result.err.contains(": 2 rendered, 0 failed, 1 skipped."), result.err);
    assertTrue(
        result.err.contains("Skipped 1 file that no installed reader handles (" + in.resolve("notes.txt") + ")"),
        result.err);
    assertFalse(result.err.contains(".hidden"), result.err);
    assertFalse(result.err.contains("\u001b"), "no terminal codes when not a terminal: " + result.err);
  }

  @Test
  void includePatternsMatchNamesOrPathsInsideTheFolder() throws IOException {
    CliRun.Result byName =
        run("render", in.toString(), "-f", "json", "-o", out.resolve("a").toString(),
            "--include", "*-12-*.json");
    CliRun.Result byPath =
        run("render", in.toString(), "-f", "json", "-o", out.resolve("b").toString(),
            "--include", "2022/**", "--include", "*.txt");

    assertEquals(0, byName.exitCode, byName.toString());
    assertEquals(List.of("2021"), listing(out.resolve("a")));
    assertTrue(byName.err.contains(": 1 rendered, 0 failed, 0 skipped."), byName.err);
    assertEquals(0, byPath.exitCode, byPath.toString());
    assertEquals(List.of("2022"), listing(out.resolve("b")));
    assertTrue(byPath.err.contains(": 1 rendered, 0 failed, 1 skipped."), byPath.err);
  }

  /**
   * How people write a pattern for a folder as find and .gitignore read it: './2022/**' and
   * '2022/' mean the files under 2022; './*.json' the files at the top only. A pattern that starts
   * with the folder named, which patterns are inside of, gets the hint to leave it out.
   */
  @Test
  void includePatternsAsFindAndGitignoreWriteThem() {
    for (String pattern : List.of("./2022/**", "2022/", "./2022/")) {
      Path to = out.resolve(Integer.toString(pattern.length()) + pattern.charAt(0));
      CliRun.Result result =
          run("render", in.toString(), "-f", "json", "-o", to.toString(), "--include", pattern);
      assertEquals(0, result.exitCode, pattern + ": " + result);
      assertTrue(
          result.err.contains(": 1 rendered, 0 failed, 0 skipped."), pattern + ": " + result);
    }
    CliRun.Result atTheTop =
        run("render", in.toString(), "-f", "json", "-o", out.toString(), "--include", "./*.json");
    assertUsage(atTheTop, "no file there matches --include './*.json'");

    String named = in.getFileName() + "/2022/**";
    assertUsage(
        run("render", in.toString(), "-f", "json", "-o", out.toString(), "--include", named),
        "no file there matches --include '" + named + "'; patterns are inside the folder named:"
            + " write '2022/**', not '" + named + "'");
  }

  @Test
  void withoutKeepGoingAnInvalidFileStopsTheRunAndNothingStays() throws IOException {
    Files.writeString(in.resolve("2022/bad.json"), MALFORMED);

    CliRun.Result result = run("render", in.toString(), "-f", "html", "-o", out.toString(), "-j", "1");

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains(in.resolve("2022/bad.json") + ":4:12: error: "), result.err);
    assertTrue(result.err.contains("--keep-going renders them"), result.err);
    assertTrue(result.err.endsWith("Nothing was written." + System.lineSeparator()), result.err);
    assertFalse(Files.exists(out), "not even the folders the run created: " + listing(out));
  }

  @Test
  void renderingIntoTheInputFolderAgainLeavesOutTheOutputsOfTheFirstRun() throws IOException {
    Path june = in.resolve("2022/minutes-2022-06-02.json");
    CliRun.Result first = run("render", in.toString(), "-f", "html,pdf", "-o", in.toString());
    byte[] pdf = Files.readAllBytes(in.resolve("2022/minutes-2022-06-02.pdf"));
    Files.writeString(june, Files.readString(june).replace("Uppdrag och uppföljning", "Uppdrag"));

    // The PDF reader handles the first run's PDFs: read, they would fail (they carry no minutes)
    // and be refused as outputs that are inputs.
    CliRun.Result again = run("render", in.toString(), "-f", "html,pdf", "-o", in.toString());

    assertEquals(0, first.exitCode, first.toString());
    assertEquals(0, again.exitCode, again.toString());
    assertTrue(again.err.contains("Rendered 2 of 2 inputs into 4 files"), again.err);
    assertFalse(again.err.contains(".pdf:"), again.err);
    // The HTML files, which no reader handles, are not counted as skipped either.
    assertTrue(again.err.contains(": 2 rendered, 0 failed, 1 skipped."), again.err);
    assertTrue(again.err.contains("Skipped 1 file that no installed reader handles ("
        + in.resolve("notes.txt") + ")"), again.err);
    assertEquals(
        List.of("minutes-2022-06-02.html", "minutes-2022-06-02.json", "minutes-2022-06-02.pdf"),
        listing(in.resolve("2022")));
    assertFalse(java.util.Arrays.equals(pdf, Files.readAllBytes(in.resolve("2022/minutes-2022-06-02.pdf"))),
        "the PDF is rendered again from the changed JSON");
  }

  @Test
  void aFileNamedOnTheCommandLineIsReadEvenWhenItIsAnOutputOfAnother() throws IOException {
    Path june = in.resolve("2022/minutes-2022-06-02.json");
    Path pdf = in.resolve("2022/minutes-2022-06-02.pdf");
    Files.writeString(pdf, "%PDF-1.7");

    CliRun.Result result =
        run("render", june.toString(), pdf.toString(), "-f", "pdf", "-o", in.resolve("2022").toString());

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("is also an input"), result.err);
  }

  @Test
  void linksAreFollowedAndOnesThatLeadNowhereAreReportedNotPassedOverSilently()
      throws IOException {
    Path linked = in.resolve("2022/linked.json");
    Files.createSymbolicLink(linked, Path.of("minutes-2022-06-02.json"));
    Path gone = in.resolve("2022/gone.json");
    Files.createSymbolicLink(gone, Path.of("deleted.json"));
    Path loop = in.resolve("2022/loop.json");
    Files.createSymbolicLink(loop, Path.of("loop.json"));
    Files.createSymbolicLink(in.resolve("2022/up"), Path.of("..")); // a folder's link: not walked

    CliRun.Result result =
        run("render", in.toString(), "-f", "json", "-o", out.toString(), "--keep-going");

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains(gone + ": error: a symbolic link to deleted.json that leads to"
        + " no file (the file is missing, or the links go round in a loop); fix or remove the link"),
        result.err);
    assertTrue(result.err.contains(loop + ": error: a symbolic link to loop.json that leads to"),
        result.err);
    assertTrue(result.err.contains(": 3 rendered, 2 failed, 1 skipped."), result.err);
    assertEquals(List.of("linked.json", "minutes-2022-06-02.json"), listing(out.resolve("2022")));
  }

  @Test
  void aFolderNamedThroughALinkIsWalked() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("archive"), in);

    CliRun.Result result = run("render", link.toString(), "-f", "json", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.err.contains(link.resolve("2022/minutes-2022-06-02.json") + " -> "),
        "named through the link: " + result.err);
    assertEquals(List.of("minutes-2022-06-02.json"), listing(out.resolve("2022")));
  }

  /**
   * A subfolder that cannot be listed is named with the reason in words; with --keep-going, it is
   * counted in the summary as failed and named there.
   */
  @Test
  void aSubfolderThatCannotBeListedIsNamedWithTheReasonInWordsAndCountedAsFailed()
      throws IOException {
    Path locked = in.resolve("2021");
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
          "the user (root) reads any folder");

      CliRun.Result result = run("validate", in.toString());
      CliRun.Result rendered =
          run("render", in.toString(), "-f", "json", "-o", out.toString(), "--keep-going",
              "--progress", "none");

      assertEquals(1, result.exitCode, result.toString());
      assertTrue(result.err.contains(locked + ": error: cannot list or read it: permission denied;"
          + " make it readable, or move it elsewhere"), result.err);
      assertFalse(result.err.contains("Exception"), result.err);
      assertEquals(1, rendered.exitCode, rendered.toString());
      assertTrue(rendered.err.contains(locked + ": error: cannot list or read it"), rendered.err);
      assertTrue(rendered.err.contains("Rendered 1 of 2 inputs into 1 file"), rendered.err);
      assertTrue(rendered.err.contains(": 1 rendered, 1 failed, 1 skipped."), rendered.err);
      assertTrue(rendered.err.contains("Failed: " + locked + "."), rendered.err);
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void keepGoingRendersTheValidFilesAndReportsEachInvalidOneWithItsPlace() throws IOException {
    Files.writeString(in.resolve("2022/bad.json"), MALFORMED);
    String invalid =
        Files.readString(in.resolve("2021/minutes-2021-12-09.json"))
            .replace("\"Uppdrag som leder till jämlik vård och jämlik hälsa\"", "\" \"");
    Files.writeString(in.resolve("2021/invalid.json"), invalid);

    CliRun.Result result =
        run("render", in.toString(), "-f", "html,json", "-o", out.toString(), "--keep-going");

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains(in.resolve("2022/bad.json") + ":4:12: error: "), result.err);
    assertTrue(result.err.contains("(at /title)"), result.err);
    assertTrue(result.err.contains(in.resolve("2021/invalid.json") + ":19:12: error: title: "),
        result.err);
    assertTrue(result.err.contains("Rendered 2 of 4 inputs into 4 files"), result.err);
    assertTrue(result.err.contains(": 2 rendered, 2 failed, 1 skipped."), result.err);
    assertTrue(
        result.err.contains(
            "Failed: " + in.resolve("2021/invalid.json") + ", " + in.resolve("2022/bad.json") + "."),
        result.err);
    assertEquals(List.of("minutes-2021-12-09.html", "minutes-2021-12-09.json"), listing(out.resolve("2021")));
    assertEquals(List.of("minutes-2022-06-02.html", "minutes-2022-06-02.json"), listing(out.resolve("2022")));
  }

  @Test
  void keepGoingExitsWithTheMostSevereCode() throws IOException {
    Files.writeString(in.resolve("2022/bad.json"), MALFORMED);
    var exporters =
        io.github.minutes4j.core.format.FormatRegistry.exporters().with(new TestExporters.DiskFull());

    CliRun.Result result =
        CliRun.runWith(exporters, "render", in.toString(), "-f", "json,full", "-o", out.toString(), "-k");

    assertEquals(3, result.exitCode, result.toString());
    assertTrue(result.err.contains("No space left on device"), result.err);
    assertTrue(result.err.contains(": 0 rendered, 3 failed, 1 skipped."), result.err);
    assertEquals(List.of(), everyFile(out), "each input all or nothing: no JSON without its .full");
  }

  @Test
  void outputsAreTheSameBytesWhateverTheNumberOfJobs() throws IOException {
    for (int copy = 0; copy < 3; copy++) {
      Files.copy(in.resolve("2022/minutes-2022-06-02.json"), in.resolve("2022/copy-" + copy + ".json"));
    }
    CliRun.Result one =
        run("render", in.toString(), "-f", "html,json,pdf", "-o", out.resolve("one").toString(), "-j", "1");
    CliRun.Result four =
        run("render", in.toString(), "-f", "html,json,pdf", "-o", out.resolve("four").toString(), "--jobs", "4");

    assertEquals(0, one.exitCode, one.toString());
    assertEquals(0, four.exitCode, four.toString());
    List<Path> files = everyFile(out.resolve("one"));
    assertEquals(15, files.size(), files.toString());
    assertEquals(files, everyFile(out.resolve("four")));
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(out.resolve("one").resolve(file)),
          Files.readAllBytes(out.resolve("four").resolve(file)),
          file.toString());
    }
  }

  @Test
  void anOutputFolderInsideTheInputFolderIsNotReadAgain() throws IOException {
    Path inside = in.resolve("rendered");

    CliRun.Result first = run("render", in.toString(), "-f", "json", "-o", inside.toString());
    CliRun.Result second = run("render", in.toString(), "-f", "json", "-o", inside.toString());

    assertEquals(0, first.exitCode, first.toString());
    assertEquals(0, second.exitCode, second.toString());
    assertTrue(second.err.contains("Rendered 2 of 2 inputs"), second.err);
  }

  @Test
  void theBarIsRedrawnInPlaceAndTheSummaryStandsOnItsOwnLine() {
    CliRun.Result result =
        run("render", in.toString(), "-f", "json", "-o", out.toString(), "--progress", "bar");

    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.err.contains("\r\u001b[K["), result.err);
    assertTrue(result.err.contains("] 2/2 100% "), result.err);
    int summary = result.err.indexOf("Rendered 2 of 2");
    assertTrue(result.err.substring(0, summary).endsWith("\r\u001b[K"), "bar erased: " + result.err);
    assertFalse(result.err.substring(summary).contains("\r"), result.err);
  }

  @Test
  void progressNoneLeavesTheSummaryOnly() {
    CliRun.Result result =
        run("render", in.toString(), "-f", "json", "-o", out.toString(), "--progress", "none");

    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.err.startsWith("Rendered 2 of 2 inputs into 2 files"), result.err);
  }

  @Test
  void usageErrors() throws IOException {
    assertUsage(run("render", in.toString(), "-f", "json", "-o", out.toString(), "-j", "0"),
        "--jobs must be at least 1, but is 0");
    assertUsage(run("render", in.toString(), "-f", "json", "-o", out.toString(), "--include", "{a"),
        "--include '{a' is not a valid glob: missing '}'; write a glob such as"
            + " '*.json' or 'minutes/**', with each [set of characters] and"
            + " {alternative,alternative} closed");
    assertUsage(run("render", in.toString(), "-f", "json", "-o", out.toString(), "--include", "[a"),
        "--include '[a' is not a valid glob: missing ']';");
    assertUsage(run("render", in.toString(), "-f", "json", "-o", out.toString(), "--include", "*.xml"),
        "no input in " + in + ": no file there matches --include '*.xml'; a pattern without /"
            + " matches the file's name ('*.json'), one with / its path inside the folder named"
            + " ('2022/**')");
    assertUsage(run("render", in.toString(), "-f", "json", "-o", "-"),
        "--out - writes one output to standard output, but 2 were asked for");
    Files.createDirectories(in.resolve("2023"));
    Files.copy(in.resolve("2022/minutes-2022-06-02.json"), in.resolve("2023/minutes-2022-06-02.json"));
    assertUsage(run("render", in.resolve("2022").toString(), in.resolve("2023").toString(), "-f", "json",
            "-o", out.toString()),
        "would both be written to");
    assertFalse(Files.exists(out));
  }

  private static void assertUsage(CliRun.Result result, String expected) {
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.startsWith("error: "), result.err);
    assertTrue(result.err.contains(expected), result.err);
  }

  /** Every file under a folder, hidden ones too, relative to it, sorted. */
  private static List<Path> everyFile(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(folder::relativize)
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
