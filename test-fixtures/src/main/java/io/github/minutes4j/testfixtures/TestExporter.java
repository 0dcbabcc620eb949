package io.github.minutes4j.testfixtures;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An exporter made of a format and what it writes, for tests that register one by hand: one that
 * fails half-way, stalls, or records what it was given. Extend it where a message under test names
 * the exporter's class.
 */
public class TestExporter implements MinutesExporter {

  /** What the exporter writes; may fail or block as the test needs. */
  @FunctionalInterface
  public interface Body {

    /**
     * Writes the minutes.
     *
     * @param minutes the minutes, validated
     * @param options the options
     * @param out where to write
     * @throws IOException as the test needs
     */
    void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException;
  }

  private final FormatDescriptor format;
  private final Body body;

  /**
   * An exporter of the format {@code id}, of media type {@code application/x-ID} and file
   * extension {@code ID}.
   *
   * @param id the format's id
   * @param body what it writes
   */
  public TestExporter(String id, Body body) {
    this(new FormatDescriptor(id, "application/x-" + id, id), body);
  }

  /**
   * An exporter of a format.
   *
   * @param format the format
   * @param body what it writes
   */
  public TestExporter(FormatDescriptor format, Body body) {
    this.format = Objects.requireNonNull(format, "format");
    this.body = Objects.requireNonNull(body, "body");
  }

  @Override
  public final FormatDescriptor format() {
    return format;
  }

  @Override
  public final void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
    body.write(minutes, options, out);
  }
}
