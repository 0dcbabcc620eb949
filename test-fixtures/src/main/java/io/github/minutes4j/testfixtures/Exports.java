package io.github.minutes4j.testfixtures;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Exports for tests, where an exporter's {@link IOException} is a failure like any other. */
public final class Exports {

  private Exports() {}

  /**
   * What an exporter writes for minutes, through {@link MinutesExporter#export}, so validated.
   *
   * @param exporter the exporter
   * @param minutes the minutes
   * @param options the options
   * @return the bytes written
   * @throws UncheckedIOException if the exporter fails with an {@link IOException}
   */
  public static byte[] bytes(MinutesExporter exporter, Minutes minutes, ExportOptions options) {
    try {
      return exporter.exportToBytes(minutes, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
