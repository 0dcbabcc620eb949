package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.referenceJson;
import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.examples.reference.ReferenceMinutes;
import org.junit.jupiter.api.Test;

/**
 * The tool as a named module, as {@code java -p lib -m io.github.minutes4j.cli} runs it: picocli
 * must be able to read the commands' fields and create their converters, which module-info.java
 * opens to it. Surefire runs this class alone, on the module path.
 */
class ModulePathTest {

  @Test
  void runsAsANamedModule() {
    assertEquals("io.github.minutes4j.cli", Minutes4jCli.class.getModule().getName());

    CliRun.Result help = run("render", "--help");
    CliRun.Result rendered =
        runWithInput(
            referenceJson(ReferenceMinutes.all().get(0)),
            "render", "-", "--format", "html", "--out", "-", "--lang", "en", "--page-size",
            "letter");

    assertEquals(0, help.exitCode, help.toString());
    assertEquals(0, rendered.exitCode, rendered.toString());
    assertTrue(rendered.out.contains("<html lang=\"en\">"), rendered.out);
  }

  @Test
  void aBadOptionValueIsStillAUsageError() {
    CliRun.Result result = run("render", "-", "-f", "html", "-o", "-", "--lang", "fi_FI");

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.contains("'fi_FI' is not a well-formed BCP 47 language tag"), result.err);
  }
}
