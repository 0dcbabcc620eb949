package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.writeReferenceJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} says what {@code render} would refuse (characters the PDF's fonts cannot draw),
 * per format, with the characters and where they are; and {@code --font} adds a font file to the
 * PDF exporter of both commands, which is what their refusals advise instead of the API's
 * {@code addFont}.
 */
class ValidateForFormatsTest {

  @TempDir Path folder;

  private Path june;
  private Path runes;
  private Path font;

  @BeforeEach
  void writeInputs() throws IOException {
    june = writeReferenceJson(folder.resolve("in")).get(0);
    runes = folder.resolve("in/runes.json");
    String json = Files.readString(june);
    String title = "\"Uppdrag och uppföljning";
    assertTrue(json.contains(title), json);
    Files.writeString(runes, json.replace(title, "\"ᚠᚢᚦ Uppdrag och uppföljning"));
    font = folder.resolve("fonts/NotoSansRunic-Regular.ttf");
    Files.createDirectories(font.getParent());
    try (InputStream in = getClass().getResourceAsStream("NotoSansRunic-Regular.ttf")) {
      Files.copy(in, font);
    }
  }

  @Test
  void validateWarnsOfWhatAFormatWouldRefuseWithTheCharactersAndTheirPlace() {
    CliRun.Result result = run("validate", june.toString(), runes.toString());

    assertEquals(0, result.exitCode, "valid minutes; the refusal is a warning: " + result);
    assertEquals(
        june + ": valid\n" + runes + ": valid, but the pdf exporter refuses it\n",
        result.out.replace(System.lineSeparator(), "\n"));
    assertTrue(
        result.err.startsWith(runes + ": warning: the pdf exporter refuses it: The PDF cannot show"
            + " 3 characters of these minutes correctly:"),
        result.err);
    assertTrue(
        result.err.contains("U+16A0 ᚠ (RUNIC LETTER FEHU FEOH FE F), no font has it, in title:"),
        result.err);
    assertTrue(result.err.contains("add a font that has it with --font FILE.ttf."), result.err);
    assertFalse(result.err.contains("addFont"), "the CLI's user cannot call the API: " + result.err);
  }

  @Test
  void aFormatNamedWithFormatMakesItsRefusalAnError() {
    CliRun.Result result =
        run("validate", june.toString(), runes.toString(), "--format", "pdf");

    assertEquals(1, result.exitCode, result.toString());
    assertEquals(june + ": valid", result.out.strip());
    assertTrue(
        result.err.startsWith(runes + ": error: the pdf exporter refuses it: The PDF cannot show"),
        result.err);
    assertTrue(result.err.contains("--font FILE.ttf"), result.err);

    CliRun.Result html = run("validate", runes.toString(), "--format", "html,json");
    assertEquals(0, html.exitCode, html.toString());
    assertEquals(runes + ": valid", html.out.strip());
    assertEquals("", html.err);

    CliRun.Result unknown = run("validate", runes.toString(), "--format", "docx");
    assertEquals(2, unknown.exitCode, unknown.toString());
    assertTrue(unknown.err.contains("'docx'"), unknown.err);
  }

  @Test
  void renderAdvisesTheFontOptionAndPrintsWithIt() throws IOException {
    Path out = folder.resolve("out");
    CliRun.Result refused = run("render", runes.toString(), "-f", "pdf", "-o", out.toString());

    assertEquals(1, refused.exitCode, refused.toString());
    assertTrue(refused.err.contains("add a font that has it with --font FILE.ttf."), refused.err);
    assertFalse(refused.err.contains("addFont"), refused.err);

    CliRun.Result printed =
        run("render", runes.toString(), "-f", "pdf", "-o", out.toString(), "--font", font.toString());
    assertEquals(0, printed.exitCode, printed.toString());
    assertEquals(List.of("runes.pdf"), listing(out));

    CliRun.Result validated =
        run("validate", runes.toString(), "--format", "pdf", "--font", font.toString());
    assertEquals(0, validated.exitCode, validated.toString());
    assertEquals(runes + ": valid", validated.out.strip());
  }

  @Test
  void aMissingOrUnusableFontFileIsAUsageError() throws IOException {
    Path out = folder.resolve("out");
    Path missing = folder.resolve("fonts/missing.ttf");
    CliRun.Result noFile =
        run("render", june.toString(), "-f", "pdf", "-o", out.toString(), "--font", missing.toString());
    assertEquals(2, noFile.exitCode, noFile.toString());
    assertEquals(
        "error: --font " + missing + ": no such file; name a TrueType font file (.ttf)",
        noFile.err.strip());

    CliRun.Result empty = run("render", june.toString(), "-f", "pdf", "-o", out.toString(), "--font", "");
    assertEquals(2, empty.exitCode, empty.toString());
    assertEquals("error: --font is empty; name a TrueType font file (.ttf)", empty.err.strip());

    Path notAFont = Files.writeString(folder.resolve("fonts/notes.ttf"), "not a font");
    CliRun.Result unusable =
        run("validate", june.toString(), "--font", notAFont.toString());
    assertEquals(2, unusable.exitCode, unusable.toString());
    assertTrue(
        unusable.err.startsWith(
            "error: --font " + notAFont + ": The font " + notAFont
                + " cannot be read as a TrueType font"),
        unusable.err);
    assertEquals("", unusable.out, "nothing was validated");

    assertEquals(List.of(), listing(out));
  }

  /**
   * A font file named twice, as written or by another name, is read once; a font the tool ships
   * already is refused, naming the file and saying that it need not be given.
   */
  @Test
  void aFontNamedTwiceIsReadOnceAndAShippedOneNeedNotBeGiven() throws IOException {
    Path again = folder.resolve("fonts/../fonts/NotoSansRunic-Regular.ttf");
    CliRun.Result twice =
        run("validate", june.toString(), "--format", "pdf", "--font", font.toString(), "--font",
            font.toString(), "--font", again.toString());
    assertEquals(0, twice.exitCode, twice.toString());
    assertEquals(june + ": valid", twice.out.strip());

    Path shipped =
        Files.copy(
            Path.of("../export-pdf/src/main/resources/io/github/minutes4j/pdf/fonts/LiberationSans-Regular.ttf"),
            folder.resolve("fonts/LiberationSans-Regular.ttf"));
    CliRun.Result given = run("validate", june.toString(), "--font", shipped.toString());
    assertEquals(2, given.exitCode, given.toString());
    assertEquals(
        "error: --font: The font " + shipped + " is the face 'Liberation Sans' 400 upright, which"
            + " the shipped fonts have already (LiberationSans-Regular.ttf), so it need not be"
            + " added: leave it out",
        given.err.strip());
  }
}
