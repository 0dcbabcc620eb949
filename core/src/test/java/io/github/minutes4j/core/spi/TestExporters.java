package io.github.minutes4j.core.spi;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Exporters for registry tests; some are broken on purpose. */
final class TestExporters {

  private TestExporters() {}

  /** Writes the title as plain text. */
  public static class PlainText implements MinutesExporter {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("text", "text/plain", "txt");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      out.write(minutes.title().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A second claim to the id {@code text}. */
  public static class OtherPlainText extends PlainText {}

  /** A format with a two-part extension. */
  public static class ZippedText extends PlainText {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("text-gz", "application/gzip", "txt.gz");
    }
  }

  /** A format with the id {@code calendar}. */
  public static class Calendar extends PlainText {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("calendar", "Text/Calendar", "ICS");
    }
  }

  /** Fails in its constructor. */
  public static class FailsToConstruct extends PlainText {
    public FailsToConstruct() {
      throw new IllegalStateException("missing licence key");
    }
  }

  /** Validates first, as the contract asks, then writes the title. */
  public static class Validating extends PlainText {
    @Override
    public void export(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      super.export(MinutesValidator.shared().requireValid(minutes), options, out);
    }
  }

  /** Writes part of the title, then fails as a full disk would. */
  public static class FailsHalfWay extends PlainText {
    @Override
    public void export(Minutes minutes, ExportOptions options, OutputStream out)
        throws IOException {
      out.write(minutes.title().substring(0, 2).getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("No space left on device");
    }
  }

  /** Fails when asked for its format. */
  public static class FailsToDescribe extends PlainText {
    @Override
    public FormatDescriptor format() {
      throw new IllegalStateException("no format today");
    }
  }
}
