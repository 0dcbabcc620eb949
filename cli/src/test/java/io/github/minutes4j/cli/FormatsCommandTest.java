package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.OutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsCommandTest {

  private static final String SERVICE = "META-INF/services/" + MinutesExporter.class.getName();

  @TempDir Path folder;

  @Test
  void listsTheBuiltInFormatsWithTheirOrigin() {
    CliRun.Result result = run("formats");

    assertEquals(0, result.exitCode, result.toString());
    assertLine(
        result.out, "html", "text/html; charset=utf-8", ".html",
        origin("io.github.minutes4j.html.HtmlMinutesExporter", "minutes4j-export-html"));
    assertLine(
        result.out, "json", "application/json", ".json",
        origin("io.github.minutes4j.json.JsonMinutesExporter", "minutes4j-export-json"));
    assertTrue(result.out.contains("Readers (2):"), result.out);
    assertLine(
        result.out, "json", "application/json", ".json",
        origin("io.github.minutes4j.json.JsonMinutesReader", "minutes4j-export-json"));
    assertLine(
        result.out, "pdf", "application/pdf", ".pdf",
        origin("io.github.minutes4j.pdf.PdfMinutesReader", "minutes4j-export-pdf"));
    assertEquals("", result.err);
  }

  @Test
  void listsExportersAddedToTheClassPath() {
    CliRun.Result result = run("formats");

    assertEquals(0, result.exitCode, result.toString());
    int installed = FormatRegistry.exporters().providers().size();
    assertTrue(result.out.contains("Exporters (" + installed + "):"), result.out);
    // The third-party Markdown exporter, from its jar.
    assertLine(
        result.out, "markdown", "text/markdown; charset=utf-8", ".md",
        origin(
            "io.github.minutes4j.examples.markdown.MarkdownMinutesExporter",
            "minutes4j-examples-markdown-exporter"));
    // This module's test exporter, from META-INF/services in the test resources.
    assertLine(
        result.out, "title-text", "text/plain; charset=utf-8", ".title.txt",
        Pattern.quote("io.github.minutes4j.cli.ClassPathTestExporter (test-classes)"));
  }

  @Test
  void listsProvidersThatFailedToLoad() throws IOException {
    ClassLoader loader = loaderServing("org.example.MissingExporter");

    CliRun.Result result = withContextLoader(loader, () -> run("formats"));

    assertEquals(0, result.exitCode, result.toString());
    assertTrue(result.out.contains("Exporters (0):"), result.out);
    assertTrue(result.out.contains("Failed to load (1):"), result.out);
    assertTrue(result.out.contains("org.example.MissingExporter"), result.out);
  }

  @Test
  void twoExportersOfOneIdAreAFailure() throws IOException {
    ClassLoader loader =
        loaderServing(ClassPathTestExporter.class.getName(), SameIdExporter.class.getName());

    CliRun.Result formats = withContextLoader(loader, () -> run("formats"));
    CliRun.Result render =
        withContextLoader(loader, () -> run("render", "x.json", "-f", "html", "-o", "-"));

    assertEquals(3, formats.exitCode, formats.toString());
    assertTrue(formats.err.contains("Two providers claim the format id 'title-text'"), formats.err);
    assertTrue(formats.err.contains("SameIdExporter"), formats.err);
    assertEquals(3, render.exitCode, render.toString());
  }

  /** A second exporter claiming the id of {@link ClassPathTestExporter}. */
  public static final class SameIdExporter implements MinutesExporter {
    private final ClassPathTestExporter delegate = new ClassPathTestExporter();

    @Override
    public FormatDescriptor format() {
      return delegate.format();
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      delegate.export(minutes, options, out);
    }
  }

  /** A row of the listing: id, media type and extension as given, then an origin pattern. */
  private static void assertLine(
      String listing, String id, String mediaType, String extension, String origin) {
    Pattern row =
        Pattern.compile(
            "(?m)^ +"
                + Pattern.quote(id)
                + " +"
                + Pattern.quote(mediaType)
                + " +"
                + Pattern.quote(extension)
                + " +"
                + origin
                + "$");
    assertTrue(row.matcher(listing).find(), "expected a row " + row + " in:\n" + listing);
  }

  /** The origin of a class from a jar of the reactor: its jar, or its classes folder in an IDE. */
  private static String origin(String className, String artifact) {
    return Pattern.quote(className)
        + " \\(("
        + Pattern.quote(artifact)
        + "-[^)]+\\.jar|classes)\\)";
  }

  private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** A class loader whose only service file for exporters lists the given class names. */
  private ClassLoader loaderServing(String... lines) throws IOException {
    Path services = Files.createTempFile(folder, "exporters", ".txt");
    Files.write(services, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    URL url = services.toUri().toURL();
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(SERVICE) ? Collections.enumeration(List.of(url)) : super.getResources(name);
      }
    };
  }
}
