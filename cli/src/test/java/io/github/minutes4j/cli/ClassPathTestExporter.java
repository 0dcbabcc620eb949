package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An exporter found on the class path through {@code META-INF/services} in the test resources,
 * the way a jar added to the class path is: writes the title as plain text.
 */
public final class ClassPathTestExporter implements MinutesExporter {

  /** Creates the exporter; ServiceLoader calls this. */
  public ClassPathTestExporter() {}

  @Override
  public FormatDescriptor format() {
    return new FormatDescriptor("title-text", "text/plain", "title.txt");
  }

  @Override
  public void write(Minutes minutes, ExportOptions options, OutputStream out)
      throws IOException {
    out.write((minutes.title() + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
