package io.github.minutes4j.integration;

import io.github.minutes4j.cli.Minutes4jCli;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The command-line tool with one more exporter, "slow", which writes a little, says {@link
 * #STARTED} on standard error, and then waits a minute: for a test that terminates the process in
 * the middle of a write.
 */
public final class SlowCliMain {

  static final String STARTED = "slow exporter: writing";

  private SlowCliMain() {}

  public static void main(String... args) {
    MinutesExporter slow =
        new MinutesExporter() {
          @Override
          public FormatDescriptor format() {
            return new FormatDescriptor("slow", "application/x-slow", "slow");
          }

          @Override
          public void write(Minutes minutes, ExportOptions options, OutputStream out)
              throws IOException {
            out.write(new byte[200_000]);
            out.flush();
            System.err.println(STARTED);
            System.err.flush();
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    System.exit(
        Minutes4jCli.withFormats(FormatRegistry.exporters().with(slow), FormatRegistry.readers())
            .execute(args));
  }
}
