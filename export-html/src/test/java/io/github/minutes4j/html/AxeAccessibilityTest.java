package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.text.LabelSets;
import io.github.minutes4j.examples.reference.FormalReferenceMinutes;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.examples.reference.RightToLeftMinutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * axe-core in Debian's headless Chromium finds no violation of WCAG 2.0 and 2.1 A and AA and of
 * axe's best practices, at 360 and 1280 px, in the pages of the four reference documents (the two
 * seeds and the two formal ones of {@link FormalReferenceMinutes}) in every shipped language, of
 * the hostile document and of formal minutes. The harness is {@code tools/a11y/axe-check.mjs};
 * Maven installs what it needs ({@code tools/a11y/install.sh}) before the tests run. The pages
 * stay in {@code target/a11y/}.
 *
 * <p>{@code -Dminutes4j.a11y.skip=true} skips the installation and these tests, which are then
 * reported as skipped. Without it, a missing browser or Node.js fails the tests.
 */
class AxeAccessibilityTest {

  private static final long TIMEOUT_MINUTES = 5;

  private Path tools;

  @BeforeEach
  void findTheHarness() {
    // Each test (not the class) is aborted, so that the report lists them as skipped.
    Assumptions.assumeFalse(
        Boolean.getBoolean("minutes4j.a11y.skip"),
        "skipped on request (-Dminutes4j.a11y.skip=true)");
    tools = Path.of(System.getProperty("minutes4j.a11y.dir", "../tools/a11y")).toAbsolutePath();
    assertTrue(
        Files.isRegularFile(tools.resolve("axe-check.mjs")),
        "the axe harness is missing from " + tools);
  }

  @Test
  void referenceAndHostilePagesHaveNoViolations() throws Exception {
    Path dir = Pages.outputDir().resolve("a11y");
    List<String> files = new ArrayList<>();
    List<ReferenceMinutes.ReferenceDocument> documents = new ArrayList<>(ReferenceMinutes.all());
    // The formal reference documents: a protokoll and English AGM minutes.
    documents.addAll(FormalReferenceMinutes.all());
    for (ReferenceMinutes.ReferenceDocument document : documents) {
      for (Language language : LabelSets.shipped()) {
        Path file = dir.resolve(document.name() + "-" + language.tag() + ".html");
        Pages.write(
            file, Pages.html(document.minutes(), ExportOptions.defaults().withLanguage(language)));
        files.add(file.toAbsolutePath().toString());
      }
    }
    Path hostile = Pages.write(dir.resolve("hostile-sv.html"), Pages.html(Pages.hostile()));
    files.add(hostile.toAbsolutePath().toString());
    for (String logo : List.of("png", "svg")) {
      byte[] bytes =
          logo.equals("png")
              ? Pages.PNG_LOGO
              : Pages.SVG_LOGO.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Path branded =
          Pages.write(
              dir.resolve("branded-" + logo + "-sv.html"),
              Pages.html(
                  ReferenceMinutes.june2022(), Pages.branded(ExportOptions.defaults(), bytes)));
      files.add(branded.toAbsolutePath().toString());
    }
    for (Language language : LabelSets.shipped()) {
      Path rtl =
          Pages.write(
              dir.resolve("rtl-mixed-" + language.tag() + ".html"),
              Pages.html(RightToLeftMinutes.mixed(language)));
      files.add(rtl.toAbsolutePath().toString());
    }
    files.add(
        Pages.write(dir.resolve("rtl-arabic.html"), Pages.arabicPage()).toAbsolutePath().toString());
    // Native digits asked for by the language tag.
    for (Arguments page : Pages.nativeDigitPages().toList()) {
      Object[] a = page.get();
      files.add(
          Pages.write(
                  dir.resolve(a[0] + ".html"),
                  Pages.html((Minutes) a[1], (ExportOptions) a[2]))
              .toAbsolutePath()
              .toString());
    }
    // Formal minutes: every part of a protokoll and of English minutes, and an extract.
    files.add(
        Pages.write(dir.resolve("formal-protokoll-sv.html"), Pages.html(FormalDocuments.protokoll()))
            .toAbsolutePath()
            .toString());
    files.add(
        Pages.write(
                dir.resolve("formal-minutes-en.html"), Pages.html(FormalDocuments.annualMeeting()))
            .toAbsolutePath()
            .toString());
    files.add(
        Pages.write(
                dir.resolve("formal-extract-sv.html"),
                Pages.html(
                    FormalDocuments.protokoll(),
                    ExportOptions.defaults().withExtract("§ 42").withTableOfContents(true)))
            .toAbsolutePath()
            .toString());

    Result result = axeCheck(files);
    assertEquals(0, result.exitCode, "axe-check failed:\n" + result.output);
    assertTrue(
        result.output.contains("axe: " + files.size() + " passed, 0 failed"),
        "unexpected summary:\n" + result.output);
  }

  /** The check can fail: a page with an image without text, low contrast and a bad link fails. */
  @Test
  void aBrokenPageFails() throws Exception {
    Path broken =
        Pages.write(
            Pages.outputDir().resolve("a11y").resolve("broken.html"),
            "<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<p style=\"color:#aaa;background:#fff\">faint</p>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                + "<a href=\"#\"></a></body></html>");
    Result result = axeCheck(List.of(broken.toAbsolutePath().toString()));
    assertEquals(1, result.exitCode, "expected violations:\n" + result.output);
    assertTrue(result.output.contains("axe: 0 passed, 1 failed"), result.output);
  }

  private Result axeCheck(List<String> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "axe-check.mjs"));
    command.addAll(files);
    Path log = Files.createTempFile("axe-check", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(tools.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(
            "axe-check took more than "
                + TIMEOUT_MINUTES
                + " minutes:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      System.out.println(output);
      return new Result(process.exitValue(), output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private record Result(int exitCode, String output) {}
}
