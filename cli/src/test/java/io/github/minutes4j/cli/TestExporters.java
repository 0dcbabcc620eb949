package io.github.minutes4j.cli;

import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.testfixtures.TestExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Exporters registered by hand in tests; each a class of its own, which error messages name. */
final class TestExporters {

  private TestExporters() {}

  /** Writes half a document, then fails as a buggy exporter would. */
  static final class FailsMidWrite extends TestExporter {
    FailsMidWrite() {
      super(
          "broken",
          (minutes, options, out) -> {
            out.write("<half a document>".repeat(10_000).getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IllegalStateException("the renderer lost its fonts");
          });
    }
  }

  /** Writes half a document, then fails to write, as when the disk is full. */
  static final class DiskFull extends TestExporter {
    DiskFull() {
      super(
          "full",
          (minutes, options, out) -> {
            out.write(new byte[100_000]);
            out.flush();
            throw new IOException("No space left on device");
          });
    }
  }

  /** Writes the options it was given, to check how the command line maps to them. */
  static final class RecordsOptions extends TestExporter {
    RecordsOptions() {
      super(
          new FormatDescriptor("options", "text/plain", "options.txt"),
          (minutes, options, out) -> {
            String line =
                "language="
                    + options.languageFor(minutes).tag()
                    + " participants="
                    + options.includeParticipants()
                    + " page="
                    + options.pageSize();
            out.write(line.getBytes(StandardCharsets.UTF_8));
          });
    }
  }
}
