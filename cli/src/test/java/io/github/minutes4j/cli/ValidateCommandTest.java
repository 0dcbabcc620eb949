package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.referenceJson;
import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.runWithInput;
import static io.github.minutes4j.cli.CliRun.writeReferenceJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path folder;

  @Test
  void validFilesAreListedAsValid() throws IOException {
    List<Path> files = writeReferenceJson(folder);

    CliRun.Result result = run("validate", files.get(0).toString(), files.get(1).toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(
        files.get(0) + ": valid\n" + files.get(1) + ": valid\n",
        result.out.replace(System.lineSeparator(), "\n"));
    assertEquals("", result.err);
  }

  @Test
  void standardInputIsReadAsJson() {
    CliRun.Result result =
        runWithInput(referenceJson(ReferenceMinutes.all().get(1)), "validate", "-");

    assertEquals(0, result.exitCode, result.toString());
    assertEquals("<stdin>: valid", result.out.strip());
  }

  @Test
  void everyInvalidFileIsReportedAndTheValidOnesStillListed() throws IOException {
    List<Path> files = writeReferenceJson(folder);
    Path truncated = folder.resolve("truncated.json");
    Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(files.get(0)), 200));
    Path noSessions = folder.resolve("no-sessions.json");
    String json = Files.readString(files.get(1));
    int start = json.indexOf("\"sessions\": [");
    int end = json.indexOf(']', start);
    Files.writeString(noSessions, json.substring(0, start) + "\"sessions\": [" + json.substring(end));

    CliRun.Result result =
        run("validate", truncated.toString(), noSessions.toString(), files.get(0).toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.matches("(?s).*" + java.util.regex.Pattern.quote(truncated.toString()) + ":\\d+:\\d+: error: .*"), result.err);
    assertTrue(result.err.contains(noSessions + ":20:15: error: sessions: must have at least one"
        + " session"), result.err);
    assertTrue(result.err.contains(noSessions + ": the minutes are not valid (1 problem)"),
        result.err);
    assertEquals(files.get(0) + ": valid", result.out.strip());
  }

  @Test
  void aFileWithoutAReaderIsAUsageError() {
    CliRun.Result result = run("validate", "minutes.docx");

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("Installed: json (application/json, .json)"), result.err);
  }

  @Test
  void withoutFilesItIsAUsageError() {
    CliRun.Result result = run("validate");

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("Missing required parameter: 'FILE|FOLDER'"), result.err);
  }

  @Test
  void aFolderIsCheckedFileByFileSkippingWhatNoReaderHandles() throws IOException {
    List<Path> files = writeReferenceJson(folder.resolve("archive/2022"));
    Files.writeString(folder.resolve("archive/notes.txt"), "not minutes");

    CliRun.Result result = run("validate", folder.resolve("archive").toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(
        files.get(1) + ": valid\n" + files.get(0) + ": valid\n",
        result.out.replace(System.lineSeparator(), "\n"));
    assertTrue(
        result.err.startsWith(
            "Skipped 1 file that no installed reader handles (" + folder.resolve("archive/notes.txt")),
        result.err);
  }

  @Test
  void aFolderWithoutInputIsAUsageErrorAsForRender() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    writeReferenceJson(folder.resolve("archive"));

    CliRun.Result none = run("validate", empty.toString());
    CliRun.Result noMatch =
        run("validate", folder.resolve("archive").toString(), "--include", "2022/*.json");

    assertEquals(2, none.exitCode, none.toString());
    assertEquals("", none.out);
    assertTrue(none.err.startsWith("error: no input in " + empty + "; name files"), none.err);
    assertEquals(2, noMatch.exitCode, noMatch.toString());
    assertTrue(
        noMatch.err.startsWith("error: no input in " + folder.resolve("archive")
            + ": no file there matches --include '2022/*.json'"),
        noMatch.err);
  }

  @Test
  void aFormatOptionWithoutAnIdIsAUsageErrorNotEveryFormat() throws IOException {
    List<Path> files = writeReferenceJson(folder);

    CliRun.Result result = run("validate", files.get(0).toString(), "--format", ",");

    assertEquals(2, result.exitCode, result.toString());
    assertEquals("", result.out);
    assertTrue(
        result.err.startsWith("error: --format names no ID; give one or more, separated by single"
            + " commas"),
        result.err);
  }

  @Test
  void aMissingFolderIsInvalidInput() {
    CliRun.Result result = run("validate", folder.resolve("archive").toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains("archive: error: no such file or folder"), result.err);
  }
}
