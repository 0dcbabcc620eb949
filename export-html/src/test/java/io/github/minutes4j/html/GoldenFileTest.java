package io.github.minutes4j.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages of both reference documents (Swedish, default options) must equal, byte for byte, the
 * golden files in {@code src/test/resources/golden/}, which a person has looked at in a browser.
 *
 * <p>After an intended change of the output, regenerate them with {@code ./mvnw -pl export-html
 * -am verify -Dminutes4j.golden.update=true}, look at the diff and at the pages (the
 * screenshots in the README come from them), and commit them. An update run reports these tests
 * as skipped, so that it can never pass by comparing a file with itself.
 */
class GoldenFileTest {

  private static final Path GOLDEN_DIR =
      Path.of(System.getProperty("minutes4j.golden.dir", "src/test/resources/golden"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.minutes4j.html.Pages#referenceDocuments")
  void pageEqualsTheGoldenFile(String name, Minutes minutes) throws IOException {
    byte[] actual = Pages.bytes(minutes, ExportOptions.defaults());
    Path golden = GOLDEN_DIR.resolve(name + ".html");
    if (Boolean.getBoolean("minutes4j.golden.update")) {
      Files.createDirectories(GOLDEN_DIR);
      Files.write(golden, actual);
      Assumptions.abort("rewrote " + golden + "; review the diff before committing it");
    }
    assertTrue(
        Files.isRegularFile(golden),
        golden + " is missing; create it with -Dminutes4j.golden.update=true");
    byte[] expected = Files.readAllBytes(golden);
    if (!java.util.Arrays.equals(expected, actual)) {
      Path written = Pages.outputDir().resolve("golden-actual").resolve(name + ".html");
      Pages.write(written, new String(actual, StandardCharsets.UTF_8));
      fail(
          name
              + ".html differs from the golden file "
              + firstDifference(expected, actual)
              + ". The new output is in "
              + written
              + "; if the change is intended, regenerate the golden files with"
              + " -Dminutes4j.golden.update=true");
    }
    assertArrayEquals(expected, actual);
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    List<String> want = new String(expected, StandardCharsets.UTF_8).lines().toList();
    List<String> got = new String(actual, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String g = i < got.size() ? got.get(i) : "<end of file>";
      if (!w.equals(g)) {
        return "at line " + (i + 1) + ":\n  expected: " + w + "\n  actual:   " + g + "\n";
      }
    }
    return "in line endings or a final newline";
  }
}
