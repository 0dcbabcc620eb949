package io.github.minutes4j.integration;

import io.github.minutes4j.cli.Minutes4jCli;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.testfixtures.TestExporter;

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
        new TestExporter(
            "slow",
            (minutes, options, out) -> {
              out.write(new byte[200_000]);
              out.flush();
              System.err.println(STARTED);
              System.err.flush();
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    System.exit(
        Minutes4jCli.withFormats(FormatRegistry.exporters().with(slow), FormatRegistry.readers())
            .execute(args));
  }
}
