package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.referenceJson;
import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.runWith;
import static io.github.minutes4j.cli.CliRun.runWithInput;
import static io.github.minutes4j.cli.CliRun.writeReferenceJson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @TempDir Path folder;

  private Path june;
  private Path december;
  private Path out;

  @BeforeEach
  void writeInputs() throws IOException {
    List<Path> inputs = writeReferenceJson(folder.resolve("in"));
    june = inputs.get(0);
    december = inputs.get(1);
    out = folder.resolve("out");
  }

  @Test
  void rendersEveryInputInEveryFormatWithAProgressLineEach() throws IOException {
    CliRun.Result result =
        run("render", june.toString(), december.toString(), "--format", "html,json", "--out",
            out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(
        List.of(
            "minutes-2021-12-09.html",
            "minutes-2021-12-09.json",
            "minutes-2022-06-02.html",
            "minutes-2022-06-02.json"),
        listing(out));
    assertArrayEquals(Files.readAllBytes(june), Files.readAllBytes(out.resolve(june.getFileName())));
    String html = Files.readString(out.resolve("minutes-2022-06-02.html"));
    assertTrue(html.contains("Uppdrag och uppföljning med tillit som utgångspunkt"));
    List<String> lines = result.err.lines().collect(java.util.stream.Collectors.toList());
    assertEquals(3, lines.size(), result.err);
    // Two jobs finish in either order; each line names the input and its outputs.
    assertEquals(
        java.util.Set.of(
            "] " + june + " -> minutes-2022-06-02.html, minutes-2022-06-02.json",
            "] " + december + " -> minutes-2021-12-09.html, minutes-2021-12-09.json"),
        java.util.Set.of(lines.get(0).substring(4), lines.get(1).substring(4)));
    assertTrue(lines.get(0).startsWith("[1/2] "), result.err);
    assertTrue(lines.get(1).startsWith("[2/2] "), result.err);
    assertTrue(
        lines.get(2).matches("Rendered 2 of 2 inputs into 4 files in [0-9.]+ s \\([0-9.]+ docs/s\\):"
            + " 2 rendered, 0 failed, 0 skipped[.]"),
        lines.get(2));
    assertEquals("", result.out);
  }

  @Test
  void oneOutputRendersSilently() throws IOException {
    CliRun.Result result =
        run("render", june.toString(), "-f", "HTML", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals("", result.err);
    assertEquals(List.of("minutes-2022-06-02.html"), listing(out));
  }

  @Test
  void aFileNamedTwiceIsRenderedOnce() throws IOException {
    // As overlapping globs name it (*.json minutes-2022*.json), or a path written another way.
    String again = june.getParent().resolve(".").resolve(june.getFileName()).toString();

    CliRun.Result result =
        run("render", june.toString(), again, june.toString(), "-f", "html", "-o", out.toString());
    CliRun.Result validated = run("validate", june.toString(), again);

    assertEquals(0, result.exitCode, result.toString());
    assertEquals("", result.err);
    assertEquals(List.of("minutes-2022-06-02.html"), listing(out));
    assertEquals(0, validated.exitCode, validated.toString());
    assertEquals(june + ": valid", validated.out.strip());
  }

  @Test
  void anExporterOnTheClassPathRendersLikeTheBuiltInOnes() throws IOException {
    CliRun.Result result =
        run("render", june.toString(), "--format", "markdown,title-text", "--out", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    String markdown = Files.readString(out.resolve("minutes-2022-06-02.md"));
    assertTrue(markdown.startsWith("# Nätverken Demokrati-Uppdrag-Hälsa\n"), markdown);
    assertTrue(markdown.contains("| Anna Lindeberg | NUH | Blekinge |"), markdown);
    assertEquals(
        "Uppdrag och uppföljning med tillit som utgångspunkt\n",
        Files.readString(out.resolve("minutes-2022-06-02.title.txt")));
  }

  @Test
  void optionsReachTheExporter() throws IOException {
    var exporters = FormatRegistry.exporters().with(new TestExporters.RecordsOptions());

    CliRun.Result defaults =
        runWith(exporters, "render", june.toString(), "-f", "options", "-o", "-");
    CliRun.Result chosen =
        runWith(
            exporters, "render", june.toString(), "-f", "options", "-o", "-", "--lang", "EN",
            "--without-participants", "--page-size", "Letter");

    assertEquals(0, defaults.exitCode, defaults.toString());
    assertEquals("language=sv participants=true page=A4", defaults.out);
    assertEquals(0, chosen.exitCode, chosen.toString());
    assertEquals("language=en participants=false page=LETTER", chosen.out);
  }

  @Test
  void languageAndParticipantOptionsChangeTheDocument() throws IOException {
    CliRun.Result result =
        run("render", june.toString(), "-f", "markdown", "-o", out.toString(), "--lang", "en",
            "--without-participants");

    assertEquals(0, result.exitCode, result.toString());
    String markdown = Files.readString(out.resolve("minutes-2022-06-02.md"));
    assertTrue(markdown.contains("#### Time and place"), markdown);
    assertFalse(markdown.contains("Anna Lindeberg"), markdown);
  }

  @Test
  void standardInputToStandardOutput() {
    byte[] json = referenceJson(ReferenceMinutes.all().get(0));

    CliRun.Result result = runWithInput(json, "render", "-", "--format", "json", "--out", "-");

    assertEquals(0, result.exitCode, result.toString());
    assertArrayEquals(json, result.outBytes);
    assertEquals("", result.err);
  }

  @Test
  void standardInputIntoAFolderIsNamedAfterTheFirstSession() throws IOException {
    byte[] json = referenceJson(ReferenceMinutes.all().get(1));

    CliRun.Result result = runWithInput(json, "render", "-", "-f", "markdown", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(List.of("minutes-2021-12-09.md"), listing(out));
  }

  @Test
  void malformedJsonIsInvalidInputNamingFileLineAndColumn() throws IOException {
    Path bad = folder.resolve("bad.json");
    Files.writeString(bad, "{\n  \"format\": \"minutes4j/1\",\n  \"language\": \"sv\",\n  \"title\": 12\n");

    CliRun.Result result =
        run("render", bad.toString(), june.toString(), "-f", "html", "-o", out.toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains(bad + ":4:12: error: "), result.err);
    assertTrue(result.err.contains("(at /title)"), result.err);
    assertTrue(result.err.contains("Nothing was written."), result.err);
    assertFalse(result.err.contains("\tat "), "no stack trace without --verbose: " + result.err);
    assertEquals(List.of(), listing(out), "the valid input is not rendered either");
  }

  @Test
  void invalidMinutesAreInvalidInputListingEveryViolationPath() throws IOException {
    String json = new String(Files.readAllBytes(june), StandardCharsets.UTF_8);
    String broken =
        json.replace(
                "\"Uppdrag och uppföljning med tillit som utgångspunkt\"", "\" \"")
            .replaceFirst(
                java.util.regex.Pattern.quote("\"name\": \"Linda Persson Melin\""),
                "\"name\": \"\"");
    assertFalse(broken.equals(json));
    Path invalid = folder.resolve("invalid.json");
    Files.writeString(invalid, broken);

    CliRun.Result result = run("render", invalid.toString(), "-f", "html", "-o", out.toString());

    assertEquals(1, result.exitCode, result.toString());
    // One line per problem, as a compiler reports, with the place in the file, then the count.
    String nl = System.lineSeparator();
    assertTrue(result.err.contains(invalid + ":19:12: error: title: must not be blank" + nl),
        result.err);
    assertTrue(result.err.contains(invalid + ":69:19: error: agenda[1].presenters[0].name: must not be empty" + nl),
        result.err);
    assertTrue(result.err.contains(invalid + ": the minutes are not valid (2 problems)" + nl),
        result.err);
    assertFalse(result.err.contains("property path given"), result.err);
    assertEquals(2, result.err.lines().filter(line -> line.contains(": error: ")).count(),
        result.err);
    assertEquals(List.of(), listing(out));
  }

  @Test
  void aMissingFileIsInvalidInput() throws IOException {
    CliRun.Result result =
        run("render", folder.resolve("gone.json").toString(), "-f", "html", "-o", out.toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains("gone.json: error: no such file"), result.err);
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheInstalledOnes() throws IOException {
    CliRun.Result result = run("render", june.toString(), "-f", "html,docx", "-o", out.toString());

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("format id 'docx'"), result.err);
    assertTrue(result.err.contains("Installed: html (text/html, .html)"), result.err);
    assertTrue(result.err.contains("json (application/json, .json)"), result.err);
    assertTrue(result.err.contains("markdown (text/markdown, .md)"), result.err);
    assertTrue(result.err.contains("minutes4j formats"), result.err);
    assertEquals(List.of(), listing(out));
  }

  @Test
  void aLabelFallbackIsNotedOnStandardErrorInOneLine() throws IOException {
    CliRun.Result regional =
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--lang", "sv-se");
    CliRun.Result digits =
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--lang", "ar-u-nu-arab");
    String arabic = Files.readString(out.resolve("minutes-2022-06-02.html"));
    CliRun.Result unshipped =
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--lang", "is");
    String english = Files.readString(out.resolve("minutes-2022-06-02.html"));
    CliRun.Result shipped =
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--lang", "fi");

    // A region or a Unicode extension is served by the language's own set: no fallback to note.
    assertEquals(0, regional.exitCode, regional.toString());
    assertEquals("", regional.err);
    assertEquals(0, digits.exitCode, digits.toString());
    assertEquals("", digits.err);
    assertTrue(arabic.contains("<html lang=\"ar-u-nu-arab\""), arabic);
    assertEquals(0, unshipped.exitCode, unshipped.toString());
    assertEquals(
        "note: "
            + june
            + ": no label set for 'is'; labels come from the 'en' set (fallback language 'en')\n",
        unshipped.err.replace(System.lineSeparator(), "\n"));
    assertTrue(english.contains("<html lang=\"en\">"), english);
    assertEquals("", shipped.err);
    assertTrue(Files.readString(out.resolve("minutes-2022-06-02.html")).contains("Aika ja paikka"));
  }

  @Test
  void aLabelFallbackIsNotedToStandardOutputToo() {
    CliRun.Result result = run("render", june.toString(), "-f", "html", "-o", "-", "--lang", "is");

    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("<html lang=\"en\">"), result.out);
    assertEquals(
        "note: "
            + june
            + ": no label set for 'is'; labels come from the 'en' set (fallback language 'en')\n",
        result.err.replace(System.lineSeparator(), "\n"));
  }

  @Test
  void usageErrorsExitWithTwo() throws IOException {
    assertUsageError(run("render", june.toString(), "-f", "html"), "Missing required option");
    assertUsageError(
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--lang", "de_DE"),
        "'de_DE' is not a well-formed BCP 47 language tag");
    assertUsageError(
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--page-size", "a3"),
        "--page-size");
    assertUsageError(
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--colour"),
        "Unknown option: '--colour'");
    assertUsageError(
        run("render", june.toString(), december.toString(), "-f", "html", "-o", "-"),
        "--out - writes one output to standard output, but 2 were asked for");
    assertUsageError(
        run("render", folder.resolve("notes.txt").toString(), "-f", "html", "-o", out.toString()),
        "notes.txt: cannot tell the format from the file name");
    assertUsageError(
        run("render", june.toString(), "-f", "json", "-o", june.getParent().toString()),
        "is also an input");
    Path other = Files.createDirectories(folder.resolve("other"));
    Files.copy(june, other.resolve(june.getFileName()));
    assertUsageError(
        run("render", june.toString(), other.resolve(june.getFileName()).toString(), "-f", "html",
            "-o", out.toString()),
        "would both be written to");
    assertUsageError(
        run("render", june.toString(), "-f", "html", "-o", ""),
        "--out is empty; name a folder, such as . for the current one, or - for standard output");
    // picocli splits a lone comma into no value at all: no format, or no item to extract.
    assertUsageError(
        run("render", june.toString(), "-f", ",", "-o", out.toString()),
        "--format names no ID; give one or more, separated by single commas");
    assertUsageError(
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--extract", ","),
        "--extract names no NUMBER; give one or more, separated by single commas");
    assertEquals(List.of(), listing(out));
  }

  /**
   * An option that applies to none of the formats asked for is refused, as --extract with json
   * is: --font and --embed-source without pdf, --lang and --page-size with data formats alone.
   * With a format it applies to among others, it is taken. A font is not read when no PDF is
   * asked for ({@code x.ttf} does not exist).
   */
  @Test
  void anOptionThatAppliesToNoFormatAskedForIsAUsageError() throws IOException {
    assertUsageError(
        run("render", june.toString(), "-f", "html", "-o", out.toString(), "--font", "x.ttf"),
        "--font adds fonts to the pdf exporter, but --format html writes no PDF; add pdf to"
            + " --format, or leave out --font");
    assertUsageError(
        run("render", june.toString(), "-f", "html,json", "-o", out.toString(), "--embed-source"),
        "--embed-source writes the minutes into each PDF, but --format html,json writes no PDF;"
            + " add pdf to --format, or leave out --embed-source");
    assertUsageError(
        run("validate", june.toString(), "-f", "html", "--font", "x.ttf"),
        "--font adds fonts to the pdf exporter, but --format html writes no PDF");
    assertUsageError(
        run("render", june.toString(), "-f", "json", "-o", out.toString(), "--lang", "en"),
        "--lang sets the language of labels and dates, but the json format writes the minutes"
            + " as data, in their own language; leave out --lang, or add a format people read"
            + " (html, pdf)");
    assertUsageError(
        run("render", june.toString(), "-f", "json", "-o", out.toString(), "--page-size",
            "letter"),
        "--page-size sets the paper of formats people read (html, pdf), but the json format"
            + " writes the minutes as data; leave out --page-size, or add a format people read");
    assertEquals(List.of(), listing(out));

    CliRun.Result mixed =
        run("render", june.toString(), "-f", "json,html", "-o", out.toString(), "--lang", "en",
            "--page-size", "letter");
    assertEquals(0, mixed.exitCode, mixed.toString());
  }

  /**
   * A name as long as a file system allows (250 bytes, within 255) is rendered: the hidden file
   * each output is first written to must fit the limit too.
   */
  @Test
  void anInputWhoseNameIsNearTheLimitIsRendered() throws IOException {
    Path longName = Files.copy(june, folder.resolve("ö".repeat(100) + "m".repeat(45) + ".json"));

    CliRun.Result result = run("render", longName.toString(), "-f", "html", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(List.of("ö".repeat(100) + "m".repeat(45) + ".html"), listing(out));
  }

  /**
   * File names as macOS writes them (NFD: o and a combining diaeresis) and as a keyboard elsewhere
   * types them (NFC: ö) are one name to a person: --include matches either way, and a file named
   * in the other form is not just "no such file".
   */
  @Test
  void namesMatchWhateverTheEncodingOfTheirAccentedLetters() throws IOException {
    String decomposed = Normalizer.normalize("möte-2022.json", Normalizer.Form.NFD);
    Path in = Files.createDirectories(folder.resolve("mac"));
    Files.copy(june, in.resolve(decomposed));
    Files.copy(june, in.resolve("other.json"));

    CliRun.Result included =
        run("render", in.toString(), "-f", "json", "-o", out.toString(), "--include", "mö*");
    CliRun.Result named =
        run("render", in.resolve("möte-2022.json").toString(), "-f", "json", "-o",
            folder.resolve("named").toString());

    assertEquals(0, included.exitCode, included.toString());
    assertEquals(List.of(decomposed), listing(out));
    assertEquals(1, named.exitCode, named.toString());
    assertTrue(
        named.err.contains(
            "möte-2022.json: error: no such file, but its folder has this name with its accented"
                + " letters encoded otherwise: decomposed (NFD), as macOS writes names, where the"
                + " name given is composed (NFC); name the file as it is written there"),
        named.err);
  }

  /**
   * A pipe or device named as a file (the /dev/fd/63 of the shell's {@code <(command)}) has no
   * extension to tell its format, and renaming it is no fix: the error says to use standard input.
   */
  @Test
  void aPipeOrDeviceNamedAsAFileIsToldToUseStandardInput() throws IOException {
    Path device = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "a Unix device");

    assertUsageError(
        run("render", device.toString(), "-f", "html", "-o", out.toString()),
        "/dev/null: a pipe or device (such as the shell's <(command)), whose name tells no format;"
            + " give JSON on standard input instead, as -: COMMAND | minutes4j render - ..., or"
            + " minutes4j render - ... < FILE");
    assertEquals(List.of(), listing(out));
  }

  @Test
  void aFailingExportLeavesTheFolderAsItWas() throws IOException {
    Files.createDirectories(out);
    Path existing = out.resolve("minutes-2022-06-02.html");
    Files.writeString(existing, "the page published yesterday");
    var exporters = FormatRegistry.exporters().with(new TestExporters.FailsMidWrite());

    CliRun.Result result =
        runWith(exporters, "render", june.toString(), december.toString(), "-f", "html,broken",
            "-o", out.toString());

    assertEquals(3, result.exitCode, result.toString());
    assertTrue(result.err.contains("the broken exporter io.github.minutes4j.cli.TestExporters$FailsMidWrite"), result.err);
    assertTrue(result.err.contains("failed on " + june), result.err);
    assertTrue(result.err.contains("the renderer lost its fonts"), result.err);
    assertTrue(result.err.contains("run again with --verbose"), result.err);
    assertFalse(result.err.contains("\tat "), result.err);
    assertEquals(List.of("minutes-2022-06-02.html"), listing(out), "no partial or temporary file");
    assertEquals("the page published yesterday", Files.readString(existing));
  }

  @Test
  void aFailedWriteIsAnOutputFailureAndLeavesNoTemporaryFile() throws IOException {
    var exporters = FormatRegistry.exporters().with(new TestExporters.DiskFull());

    CliRun.Result result =
        runWith(exporters, "render", june.toString(), "-f", "full", "-o", out.toString(),
            "--verbose");

    assertEquals(3, result.exitCode, result.toString());
    assertTrue(result.err.contains("No space left on device"), result.err);
    assertTrue(result.err.contains("\tat "), "--verbose prints the stack trace: " + result.err);
    assertEquals(List.of(), listing(out));
  }

  /**
   * An output folder under a file is a usage error (exit 2), as an output folder that is a file
   * is: the message names the file in the way, not Java's exception, and nothing is written.
   */
  @Test
  void anOutputFolderUnderAFileNamesTheFileInTheWay() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");
    Path under = file.resolve("site");

    CliRun.Result result =
        run("render", june.toString(), "-f", "html", "-o", under.toString());
    CliRun.Result itself =
        run("render", june.toString(), "-f", "html", "-o", file.toString());

    assertEquals(2, result.exitCode, result.toString());
    assertEquals(
        "error: --out " + under + ": " + file + " is a file, not a folder; name a folder, or - for"
            + " standard output",
        result.err.strip());
    assertEquals(2, itself.exitCode, itself.toString());
    assertEquals(
        "error: --out " + file + " is a file; name a folder, or - for standard output",
        itself.err.strip());
    assertEquals("not a folder", Files.readString(file));
  }

  /** A value outside a closed set is refused with the choices as the help writes them. */
  @Test
  void aBadChoiceListsTheChoicesAsTheHelpWritesThem() {
    CliRun.Result paper =
        run("render", june.toString(), "-f", "pdf", "-o", folder.toString(), "--page-size", "legal");
    CliRun.Result progress =
        run("render", june.toString(), "-f", "pdf", "-o", folder.toString(), "--progress", "bogus");

    assertEquals(2, paper.exitCode, paper.toString());
    assertTrue(
        paper.err.startsWith(
            "error: Invalid value for option '--page-size': expected one of a4, letter but was"
                + " 'legal'"),
        paper.err);
    assertTrue(
        progress.err.contains("expected one of auto, bar, lines, none but was 'bogus'"),
        progress.err);
  }

  @Test
  void aFailingExportToStandardOutputWritesNothingThere() {
    var exporters = FormatRegistry.exporters().with(new TestExporters.FailsMidWrite());

    CliRun.Result result = runWith(exporters, "render", june.toString(), "-f", "broken", "-o", "-");

    assertEquals(3, result.exitCode, result.toString());
    assertEquals(0, result.outBytes.length);
  }

  /**
   * A refusal the exporter makes on purpose about the input (here the PDF's fonts lack a
   * character) is invalid input that names the problem, not an internal failure or a bug.
   */
  @Test
  void anExportersRefusalIsInvalidInputAndNotABug() throws IOException {
    Path runic = folder.resolve("in/runic.json");
    String json = Files.readString(june);
    String title = "\"Uppdrag och uppföljning";
    assertTrue(json.contains(title), json);
    Files.writeString(runic, json.replace(title, "\"ᚠᚢᚦ Uppdrag och uppföljning"));

    CliRun.Result result =
        run("render", runic.toString(), "-f", "html,pdf", "-o", out.toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains(runic + ": error: "), result.err);
    assertTrue(result.err.contains("U+16A0"), result.err);
    assertFalse(result.err.contains("bug"), result.err);
    assertFalse(result.err.contains("--verbose"), result.err);
    assertEquals(List.of(), listing(out));

    CliRun.Result toStandardOutput = run("render", runic.toString(), "-f", "pdf", "-o", "-");

    assertEquals(1, toStandardOutput.exitCode, toStandardOutput.toString());
    assertTrue(toStandardOutput.err.contains("U+16A0"), toStandardOutput.err);
    assertFalse(toStandardOutput.err.contains("bug"), toStandardOutput.err);
    assertEquals(0, toStandardOutput.outBytes.length);
  }

  /**
   * The tool includes minutes4j-fonts-cjk: Chinese, Japanese and Korean names print in the PDF
   * without a font option.
   */
  @Test
  void chineseJapaneseAndKoreanNamesPrintWithoutAFontOption() throws IOException {
    Path cjk = folder.resolve("in/cjk.json");
    String json = Files.readString(june);
    String title = "\"Uppdrag och uppföljning";
    Files.writeString(cjk, json.replace(title, "\"王小明, さくら och 김민준: Uppdrag och uppföljning"));

    CliRun.Result result = run("render", cjk.toString(), "-f", "pdf", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(List.of("cjk.pdf"), listing(out));
  }

  @Test
  void renderingAgainReplacesTheFiles() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("minutes-2022-06-02.json"), "stale");

    CliRun.Result result = run("render", june.toString(), "-f", "json", "-o", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertArrayEquals(Files.readAllBytes(june), Files.readAllBytes(out.resolve("minutes-2022-06-02.json")));
    assertEquals(List.of("minutes-2022-06-02.json"), listing(out));
  }

  private static void assertUsageError(CliRun.Result result, String expected) {
    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains(expected), "expected «" + expected + "» in:\n" + result.err);
    assertTrue(result.err.startsWith("error: "), result.err);
  }
}
