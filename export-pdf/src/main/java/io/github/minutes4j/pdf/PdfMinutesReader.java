package io.github.minutes4j.pdf;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import io.github.minutes4j.json.JsonMinutesReader;
import io.github.minutes4j.pdf.internal.SourceExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@link Minutes} back from an archive PDF: one that {@link PdfMinutesExporter} wrote with
 * {@link PdfMinutesExporter.Builder#embedSource(boolean) embedSource(true)}, which carries the
 * minutes as the attached file {@code minutes.json} (format id {@code pdf}, media type {@code
 * application/pdf}, file extension {@code pdf}). The minutes read are equal to those exported
 * (without the participant list if the export left it out), so an archive that kept only the PDF
 * can write every other format again, such as {@code minutes4j render archive.pdf --format html}.
 *
 * <p>Errors are typed and say what to do: a file that is not a PDF, is damaged, truncated or
 * encrypted, or is a PDF without minutes inside gives a {@link MinutesReadException}; a problem in
 * the attached JSON gives the {@link JsonMinutesReader}'s exception (its location's pointer is in
 * the JSON, its message says so and gives the line and column in the attached file, which the
 * location leaves out, as they are not the PDF's), and invalid minutes the {@link
 * InvalidMinutesException}, each violation with its path and JSON Pointer.
 *
 * <p>The reader trusts what is attached: it does not check that the minutes inside say what the
 * pages say, nor a signature. It does refuse, with a {@link MinutesReadException} at {@code
 * /Root/AF}, a file to which an incremental update was appended (after a signature, say) that
 * replaces the attached minutes: the message says how many bytes the file as first written has.
 * Updates that leave the attachment alone, such as the signature of {@link
 * PdfMinutesExporter.Builder#signWith}, are read. (Since 0.3.0.)
 *
 * <p>Hostile files are read within bounded memory and time: at most 128 MiB of PDF are read,
 * streams that would expand past 64 MiB (256 MiB all together) when PDFBox decodes them,
 * predictor rows longer than minutes4j writes (a {@code /Columns} over 65,536 or a {@code
 * /BitsPerComponent} over 32), encryption and filters that minutes4j never writes are refused
 * before PDFBox parses the file,
 * and the attachment is read only up to the size it claims and at most 64 MiB. The JSON reader's
 * own limits then apply to the JSON.
 *
 * <p>Stateless and thread-safe: one instance can serve any number of threads.
 *
 * @since 0.2.0
 */
public final class PdfMinutesReader implements MinutesReader {

  private static final FormatDescriptor FORMAT =
      new FormatDescriptor("pdf", "application/pdf", "pdf");

  private static final JsonMinutesReader JSON = new JsonMinutesReader();

  /** Creates the reader; {@link java.util.ServiceLoader} calls this. */
  public PdfMinutesReader() {}

  /**
   * The PDF format.
   *
   * @return id {@code pdf}, media type {@code application/pdf}, extension {@code pdf}; never null
   */
  @Override
  public FormatDescriptor format() {
    return FORMAT;
  }

  /**
   * Reads the minutes attached to an archive PDF, and validates them.
   *
   * @param in the PDF; read to its end (or up to 128 MiB), not closed; never null
   * @return the minutes, valid; never null
   * @throws MinutesReadException if the input is not a readable PDF, carries no minutes, its
   *     attached JSON is not a well-formed {@code minutes4j/1} document, or an update appended to
   *     the PDF replaced the attached minutes; the message says what to do
   * @throws InvalidMinutesException if the attached minutes are not valid
   * @throws IOException if reading from {@code in} fails
   * @throws NullPointerException if {@code in} is null
   */
  @Override
  public Minutes read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] json = SourceExtractor.extract(in);
    try {
      return JSON.read(new ByteArrayInputStream(json));
    } catch (MinutesReadException e) {
      SourceLocation where = e.location();
      throw new MinutesReadException(
          inThePdf(where),
          "in the minutes.json attached to the PDF"
              + (where.line() > 0
                  ? " (line " + where.line() + ", column " + where.column() + " of that file)"
                  : "")
              + ": "
              + e.problem(),
          e);
    } catch (InvalidMinutesException e) {
      List<Violation> violations = new ArrayList<>();
      for (Violation violation : e.violations()) {
        violations.add(
            new Violation(violation.path(), violation.message(), inThePdf(violation.location())));
      }
      InvalidMinutesException inPdf = new InvalidMinutesException(violations);
      inPdf.initCause(e);
      throw inPdf;
    }
  }

  /**
   * A place in the attached JSON as a place in the PDF: its JSON Pointer, without the line and
   * column, which are the JSON's and not the PDF's (a tool would show them as the PDF's, such as
   * {@code archive.pdf:19:12}).
   */
  private static SourceLocation inThePdf(SourceLocation inTheJson) {
    return new SourceLocation(inTheJson.pointer(), 0, 0);
  }

  @Override
  public String toString() {
    return "PdfMinutesReader[pdf with minutes.json]";
  }
}
