package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Exporters registered by hand in tests. */
final class TestExporters {

  private TestExporters() {}

  /** Writes half a document, then fails as a buggy exporter would. */
  static final class FailsMidWrite implements MinutesExporter {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("broken", "application/x-broken", "broken");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      out.write("<half a document>".repeat(10_000).getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IllegalStateException("the renderer lost its fonts");
    }
  }

  /** Writes half a document, then fails to write, as when the disk is full. */
  static final class DiskFull implements MinutesExporter {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("full", "application/x-full", "full");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      out.write(new byte[100_000]);
      out.flush();
      throw new IOException("No space left on device");
    }
  }

  /** Writes the options it was given, to check how the command line maps to them. */
  static final class RecordsOptions implements MinutesExporter {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("options", "text/plain", "options.txt");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      String line =
          "language="
              + options.languageFor(minutes).tag()
              + " participants="
              + options.includeParticipants()
              + " page="
              + options.pageSize();
      out.write(line.getBytes(StandardCharsets.UTF_8));
    }
  }
}
