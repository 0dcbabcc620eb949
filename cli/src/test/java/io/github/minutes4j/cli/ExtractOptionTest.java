package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.referenceJson;
import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes.ReferenceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --extract}: chosen paragraphs of a protokoll, with the attestation. */
class ExtractOptionTest {

  @TempDir Path folder;

  private Path protokoll;
  private Path out;

  @BeforeEach
  void writeTheProtokoll() throws IOException {
    ReferenceDocument document = FormalReferenceMinutes.all().get(0);
    protokoll = folder.resolve(document.name() + ".json");
    Files.write(protokoll, referenceJson(document));
    out = folder.resolve("out");
  }

  @Test
  void anExtractHasTheChosenParagraphsInEveryFormatPeopleRead() throws IOException {
    CliRun.Result result =
        run("render", protokoll.toString(), "--format", "html,markdown", "--extract",
            "§ 115,113", "--out", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(List.of("minutes-2026-11-17.html", "minutes-2026-11-17.md"), listing(out));
    String markdown = Files.readString(out.resolve("minutes-2026-11-17.md"));
    assertTrue(markdown.contains("## Protokollsutdrag"), markdown);
    assertTrue(markdown.contains("#### § 113 Taxa för vatten och avlopp 2027"), markdown);
    assertTrue(markdown.contains("#### § 115 Svar på motion"), markdown);
    assertFalse(markdown.contains("§ 114 Delårsrapport"), markdown);
    assertTrue(markdown.contains("*Rätt utdraget intygar*"), markdown);
    String html = Files.readString(out.resolve("minutes-2026-11-17.html"));
    assertTrue(html.contains("class=\"attestation\""), html);
    assertTrue(html.contains("Taxa för vatten och avlopp 2027"));
    assertFalse(html.contains("Delårsrapport per den 31 augusti 2026"));
  }

  @Test
  void theExtractOptionGoesToStandardOutputToo() {
    CliRun.Result result =
        runWithInput(
            referenceJson(FormalReferenceMinutes.all().get(0)),
            "render", "-", "-f", "markdown", "--extract", "§ 117", "-o", "-");

    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("#### § 117 Yttrande"), result.out);
    assertTrue(result.out.contains("*Paragrafen justeras omedelbart.*"), result.out);
    assertFalse(result.out.contains("#### § 116"), result.out);
  }

  @Test
  void paragraphsTheMinutesDoNotHaveAreNamedAndNothingIsWritten() throws IOException {
    CliRun.Result result =
        run("render", protokoll.toString(), "--format", "html,pdf", "--extract",
            "§ 113,§ 120,121", "--out", out.toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(
        result.err.contains(
            protokoll
                + ": error: The extract asks for \"§ 120\", \"121\", which the minutes do not"
                + " have; their items are \"§ 112\", \"§ 113\""),
        result.err);
    assertTrue(result.err.contains("\"§ 119\"; check --extract"), result.err);
    assertEquals(List.of(), listing(out));
  }

  @Test
  void aDataFormatIsRefusedWithAnExtractBeforeAnythingIsRead() throws IOException {
    CliRun.Result result =
        run("render", folder.resolve("missing.json").toString(), "--format", "html,json",
            "--extract", "§ 113", "--out", out.toString());

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.contains(
            "error: --extract makes a document for people to read, but the json format writes"
                + " the whole minutes as data; render json without --extract"),
        result.err);
    assertEquals(List.of(), listing(out));
  }

  @Test
  void anEmptyNumberIsAUsageError() {
    CliRun.Result result =
        run("render", protokoll.toString(), "--format", "html", "--extract", "§ 113,,§ 115",
            "--out", out.toString());

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("--extract has an empty item number"), result.err);
  }

  @Test
  void theHelpDescribesTheOption() {
    CliRun.Result help = run("render", "--help");
    assertTrue(help.out.contains("--extract=NUMBER"), help.out);
    assertTrue(help.out.contains("protokollsutdrag"), help.out);
  }
}
