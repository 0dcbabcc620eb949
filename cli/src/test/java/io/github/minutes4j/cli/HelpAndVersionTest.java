package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CliRun.Result result = run("--help");

    assertEquals(0, result.exitCode, result.toString());
    for (String command : new String[] {"render", "validate", "formats", "help"}) {
      assertTrue(result.out.contains("\n  " + command + " "), command + " in:\n" + result.out);
    }
    assertExitCodesListed(result.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate", "formats"})
  void everyCommandHasHelpWithTheExitCodes(String command) {
    CliRun.Result flag = run(command, "--help");
    CliRun.Result help = run("help", command);

    assertEquals(0, flag.exitCode, flag.toString());
    assertTrue(flag.out.contains("\nUsage: minutes4j " + command + " [-h"), flag.out);
    assertTrue(flag.out.contains("--verbose"), flag.out);
    assertTrue(flag.out.contains("Exit codes:"), flag.out);
    assertTrue(flag.out.contains("  0   Success."), flag.out);
    assertTrue(flag.out.contains("  2   Usage error"), flag.out);
    assertTrue(flag.out.contains("  3   Output or internal failure"), flag.out);
    assertEquals(
        !command.equals("formats"), flag.out.contains("  1   Invalid input"), "formats reads no input");
    assertEquals(flag.out, help.out);
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun.Result result = run("--version");

    assertEquals(0, result.exitCode, result.toString());
    String expected = System.getProperty("minutes4j.version");
    assertTrue(expected != null && !expected.isBlank(), "Surefire sets minutes4j.version");
    assertTrue(result.out.startsWith("minutes4j " + expected + System.lineSeparator()), result.out);
    assertTrue(result.out.contains("Java " + Runtime.version()), result.out);
  }

  @Test
  void withoutACommandItIsAUsageError() {
    CliRun.Result result = run();

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("name a command"), result.err);
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithASuggestion() {
    CliRun.Result result = run("rendr");

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.contains("Unmatched argument at index 0: 'rendr'"), result.err);
    assertTrue(result.err.contains("render"), result.err);
  }

  @Test
  void aMistypedOptionIsNamedRatherThanTheRequiredOptionItMisses() {
    CliRun.Result result = run("render", "minutes.json", "--formt", "html", "--out", "out");

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(result.err.startsWith("error: Unknown option: '--formt'"), result.err);
    assertTrue(result.err.contains("Possible solutions: --format"), result.err);
    assertFalse(result.err.contains("Missing required"), result.err);
  }

  @Test
  void aFileWhoseNameStartsWithADashIsShownHowToNameIt() throws IOException {
    // In the working folder, where the argument names it.
    Path file = Files.createTempFile(Paths.get(""), "-minutes", ".json");
    try {
      CliRun.Result result = run("validate", file.toString());

      assertEquals(2, result.exitCode, result.toString());
      assertTrue(result.err.startsWith("error: Unknown option: '" + file + "'"), result.err);
      assertTrue(
          result.err.contains("'" + file + "' is read as an option; to name the file, write ./"
              + file + ", or -- before the files"),
          result.err);
    } finally {
      Files.delete(file);
    }
  }

  private static void assertExitCodesListed(String help) {
    assertTrue(help.contains("Exit codes:"), help);
    assertTrue(help.contains("  0   Success."), help);
    assertTrue(help.contains("  1   Invalid input"), help);
    assertTrue(help.contains("  2   Usage error"), help);
    assertTrue(help.contains("  3   Output or internal failure"), help);
  }
}
