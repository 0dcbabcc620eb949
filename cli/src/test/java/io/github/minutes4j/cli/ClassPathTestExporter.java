package io.github.minutes4j.cli;

import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.testfixtures.TestExporter;
import java.nio.charset.StandardCharsets;

/**
 * An exporter found on the class path through {@code META-INF/services} in the test resources,
 * the way a jar added to the class path is: writes the title as plain text.
 */
public final class ClassPathTestExporter extends TestExporter {

  /** Creates the exporter; ServiceLoader calls this. */
  public ClassPathTestExporter() {
    super(
        new FormatDescriptor("title-text", "text/plain", "title.txt"),
        (minutes, options, out) ->
            out.write((minutes.title() + "\n").getBytes(StandardCharsets.UTF_8)));
  }
}
