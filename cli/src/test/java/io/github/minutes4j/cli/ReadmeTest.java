package io.github.minutes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README cannot drift from the code: its Java examples (a {@code java} block after a {@code
 * <!-- readme-example: NAME -->} marker) are compiled and run in a fresh JVM (the JDK's source
 * launcher) with every published
 * module on the class path, what they print must be the {@code text} block after a following
 * {@code <!-- readme-output -->} marker, and the files they name with {@code Path.of("...")} must
 * exist afterwards. The artifact names the READMEs quote must be the ones this build makes.
 */
class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "<!-- readme-example: ([a-z-]+) -->\\s*```java\\n(.*?)```"
              + "(?:\\s*<!-- readme-output -->\\s*```text\\n(.*?)```)?",
          Pattern.DOTALL);
  private static final Pattern WRITTEN_FILE = Pattern.compile("Path\\.of\\(\"([^\"]+)\"\\)");
  /** What every example may use without importing it, as an application would import it. */
  private static final List<String> IMPORTS =
      List.of(
          "io.github.minutes4j.core.*",
          "io.github.minutes4j.core.format.*",
          "io.github.minutes4j.core.spi.*",
          "io.github.minutes4j.core.validation.*",
          "java.io.*",
          "java.nio.charset.StandardCharsets",
          "java.nio.file.Files",
          "java.nio.file.Path",
          "java.time.*",
          "java.util.List");

  record Example(String name, String code, Optional<String> output) {}

  static List<Example> examples() throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(README));
    List<Example> examples = new ArrayList<>();
    while (m.find()) {
      examples.add(new Example(m.group(1), m.group(2), Optional.ofNullable(m.group(3))));
    }
    return examples;
  }

  @Test
  void theReadmeHasItsExamples() throws IOException {
    List<String> names = examples().stream().map(Example::name).toList();
    assertTrue(names.containsAll(List.of("embedding", "invalid", "formal")), names.toString());
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCompilesRunsAndPrintsWhatTheReadmeSays(@TempDir Path work)
      throws IOException {
    return examples().stream()
        .map(example -> DynamicTest.dynamicTest(example.name(), () -> run(example, work)));
  }

  private static void run(Example example, Path work) throws Exception {
    Path dir = Files.createDirectories(work.resolve(example.name()));
    String className = "ReadmeExample";
    StringBuilder source = new StringBuilder();
    IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    source
        .append("public class ").append(className).append(" {\n")
        .append("  public static void main(String[] args) throws Exception {\n")
        .append(example.code())
        .append("  }\n}\n");
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);

    // The JDK's source launcher compiles the file in memory and runs it, in the folder whose
    // files the example writes. A compile error is a failed run with javac's message.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(), "--source", "17", "-cp", testClassPath(), file.toString())
            .directory(dir.toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "README example timed out");
    assertEquals(
        0,
        process.exitValue(),
        () -> "README example '" + example.name() + "' failed:\n" + printed + errors(dir));

    if (example.output().isPresent()) {
      assertEquals(
          example.output().get().strip(),
          printed.strip(),
          "README example '" + example.name() + "' prints something else than README.md says");
    }
    Matcher written = WRITTEN_FILE.matcher(example.code());
    while (written.find()) {
      Path output = dir.resolve(written.group(1));
      assertTrue(Files.size(output) > 0, output + " was not written");
    }
  }

  private static String errors(Path dir) {
    try {
      return Files.readString(dir.resolve("stderr.txt"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The test's class path (surefire's), which holds every published module and its dependencies. */
  private static String testClassPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(Pattern.quote(File.pathSeparator))) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void theJarNamesTheReadmesQuoteAreTheOnesTheBuildMakes() throws IOException {
    String version = System.getProperty("minutes4j.version");
    assertFalse(version == null || version.isBlank(), "minutes4j.version is not set");
    Pattern jar = Pattern.compile("minutes4j-cli-[^\\s`/:*]*?(?:-all)?\\.jar");
    Set<String> allowed =
        Set.of(
            "minutes4j-cli-" + version + "-all.jar",
            "minutes4j-cli-" + version + ".jar",
            "minutes4j-cli-VERSION-all.jar",
            "minutes4j-cli-VERSION.jar");
    List<String> wrong = new ArrayList<>();
    for (Path readme : List.of(README, Path.of("README.md"))) {
      Matcher m = jar.matcher(Files.readString(readme));
      while (m.find()) {
        if (!allowed.contains(m.group())) {
          wrong.add(readme + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), wrong, "jar names that the build (version " + version + ") does not make");
  }
}
