package io.github.minutes4j.pdf.internal;

import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Finds the minutes' JSON that {@link SourceAttachment} attached to a PDF, within bounded memory
 * and time whatever the file holds: at most {@value #MAX_PDF} bytes of PDF are read, {@link
 * PdfScreen} looks the file over before PDFBox parses it, PDFBox may use only {@value #SCRATCH}
 * bytes of scratch memory, only the catalog's {@code /AF} array is followed (at most {@value
 * #MAX_ASSOCIATED} entries), and the attachment's claimed and real sizes are both checked against
 * {@value #MAX_JSON} bytes while it is inflated. When an incremental update follows the file as
 * first written, the attachment is read from that first revision as well, and a replaced one is
 * refused. Every problem is a {@link MinutesReadException} that says what is wrong and what to do.
 * Stateless.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.2.0
 */
public final class SourceExtractor {

  /** The largest PDF read: 128 MiB. */
  static final int MAX_PDF = 128 << 20;

  /** The largest attachment read: 64 MiB, the JSON reader's own limit of a document. */
  static final int MAX_JSON = 64 << 20;

  /** The scratch memory PDFBox may use; reading creates no streams. */
  static final long SCRATCH = 1 << 20;

  /** The most entries of {@code /AF} looked at. */
  static final int MAX_ASSOCIATED = 64;

  private static final String HOW =
      " The PDF exporter writes the minutes into the PDF when built with"
          + " PdfMinutesExporter.builder().embedSource(true), and the command-line tool with"
          + " render --format pdf --embed-source; read the minutes from their JSON instead, or"
          + " export the PDF again that way.";

  /**
   * What an encrypted PDF is refused with: not the advice of {@link #HOW}, as the minutes may well
   * be inside, but how to take the encryption off, which someone added after minutes4j wrote it.
   */
  private static final String ENCRYPTED =
      "the PDF is encrypted, which PDF/A forbids: minutes4j never encrypts an archive copy, so it"
          + " was encrypted afterwards. If you have its password, qpdf removes the encryption:"
          + " qpdf --decrypt --password=PASSWORD encrypted.pdf decrypted.pdf (without --password"
          + " if it opens without one); then read decrypted.pdf. Without the password, read the"
          + " minutes from their JSON, or from an unencrypted copy of the archive PDF.";

  private static final SourceLocation CATALOG_AF = new SourceLocation("/Root/AF", 0, 0);

  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);

  private SourceExtractor() {}

  /**
   * Reads a PDF and returns the JSON attached to it as its source.
   *
   * @param in the PDF; read up to its end or up to the limit, not closed
   * @return the JSON's bytes
   * @throws MinutesReadException if the input is not a PDF, is damaged, encrypted, hostile, over
   *     a limit, or has no minutes attached
   * @throws IOException if reading {@code in} fails
   */
  public static byte[] extract(InputStream in) throws IOException {
    byte[] pdf = readAtMost(in, MAX_PDF);
    if (pdf.length > MAX_PDF) {
      throw error(
          SourceLocation.UNKNOWN,
          "the input is larger than " + MAX_PDF + " bytes, more than any archive PDF of"
              + " minutes4j; give the PDF itself, not an archive or a stream of several files");
    }
    if (!startsAsPdf(pdf)) {
      throw error(
          new SourceLocation("", 1, 1),
          "not a PDF: a PDF starts with %PDF- in its first 1024 bytes; give the archive PDF that"
              + " minutes4j wrote, or name a file of another format with its own extension");
    }
    Optional<String> problem = PdfScreen.problem(pdf);
    if (problem.isPresent()) {
      throw error(
          SourceLocation.UNKNOWN,
          problem.get().equals(PdfScreen.ENCRYPTED)
              ? ENCRYPTED
              : "refused: " + problem.get() + "." + HOW);
    }
    byte[] json = attached(pdf);
    int original = firstRevisionEnd(pdf);
    if (hasUpdates(pdf, original)) {
      byte[] first;
      try {
        first = attached(Arrays.copyOf(pdf, original));
      } catch (MinutesReadException e) {
        return json; // the file's first part is not a PDF with minutes: nothing to compare
      }
      if (!Arrays.equals(first, json)) {
        throw error(
            CATALOG_AF,
            "the PDF was changed after it was written: an update appended after byte "
                + original
                + ", where the file as first written ends, replaces the attached "
                + SourceAttachment.FILE_NAME
                + ", so the minutes inside may no longer be those its pages show or that a"
                + " signature covers. Use an unchanged copy of the archive PDF: the first "
                + original
                + " bytes of this file are the PDF as first written, if nothing else was changed.");
      }
    }
    return json;
  }

  /**
   * The minutes' JSON attached to a PDF that {@link PdfScreen} found safe to parse.
   *
   * @param pdf the whole file, or its first revision
   * @return the JSON's bytes
   * @throws MinutesReadException if the PDF is damaged, encrypted or has no minutes attached
   */
  private static byte[] attached(byte[] pdf) {
    try (PDDocument document =
        Loader.loadPDF(
            new RandomAccessReadBuffer(pdf),
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(SCRATCH).streamCache)) {
      if (document.isEncrypted()) {
        throw error(SourceLocation.UNKNOWN, ENCRYPTED);
      }
      return json(source(document.getDocumentCatalog().getCOSObject()));
    } catch (InvalidPasswordException e) {
      throw error(SourceLocation.UNKNOWN, ENCRYPTED, e);
    } catch (MinutesReadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw error(
          SourceLocation.UNKNOWN,
          "the PDF is damaged or truncated; PDFBox cannot read it ("
              + e.getMessage()
              + "). Give a complete copy of the file.",
          e);
    }
  }

  /**
   * Where the file as first written ends: after the first {@code %%EOF} marker that follows a
   * {@code startxref} and its offset, and the one line end after it. An incremental update (such as a
   * signature) is appended after it.
   */
  static int firstRevisionEnd(byte[] pdf) {
    for (int at = PdfScreen.indexOf(pdf, EOF, 0);
        at >= 0;
        at = PdfScreen.indexOf(pdf, EOF, at + 1)) {
      int i = at - 1;
      while (i >= 0 && PdfScreen.isSpace(pdf[i])) {
        i--;
      }
      int digits = i;
      while (i >= 0 && pdf[i] >= '0' && pdf[i] <= '9') {
        i--;
      }
      if (i == digits) {
        continue;
      }
      while (i >= 0 && PdfScreen.isSpace(pdf[i])) {
        i--;
      }
      int keyword = i - STARTXREF.length + 1;
      if (keyword >= 0 && PdfScreen.startsWith(pdf, STARTXREF, keyword)) {
        int end = at + EOF.length;
        if (end < pdf.length && pdf[end] == '\r') {
          end++;
        }
        if (end < pdf.length && pdf[end] == '\n') {
          end++;
        }
        return end;
      }
    }
    return pdf.length;
  }

  /** Whether anything but white space follows the first revision. */
  private static boolean hasUpdates(byte[] pdf, int firstRevisionEnd) {
    for (int i = firstRevisionEnd; i < pdf.length; i++) {
      if (!PdfScreen.isSpace(pdf[i])) {
        return true;
      }
    }
    return false;
  }

  /** The file specification of the attached minutes. */
  private static COSDictionary source(COSDictionary catalog) {
    COSArray associated = catalog.getCOSArray(COSName.AF);
    if (associated == null) {
      throw MinutesReadException.carryingNoMinutes(
          CATALOG_AF,
          "this PDF carries no minutes: it has no associated files (no /AF in its catalog), so it"
              + " was not written as an archive copy." + HOW);
    }
    int count = Math.min(associated.size(), MAX_ASSOCIATED);
    for (int i = 0; i < count; i++) {
      COSBase entry = associated.getObject(i);
      if (entry instanceof COSDictionary && SourceAttachment.isSource((COSDictionary) entry)) {
        return (COSDictionary) entry;
      }
    }
    throw MinutesReadException.carryingNoMinutes(
        CATALOG_AF,
        "this PDF carries no minutes: none of its "
            + associated.size()
            + " associated files is "
            + SourceAttachment.FILE_NAME
            + " with the relationship "
            + SourceAttachment.RELATIONSHIP
            + "."
            + HOW);
  }

  /** The attachment's bytes, inflated, with its claimed and real size checked. */
  private static byte[] json(COSDictionary specification) throws IOException {
    SourceLocation where = new SourceLocation("/Root/AF/" + SourceAttachment.FILE_NAME + "/EF", 0, 0);
    COSDictionary files = specification.getCOSDictionary(COSName.EF);
    COSStream stream = null;
    if (files != null) {
      stream = files.getCOSStream(COSName.UF);
      if (stream == null) {
        stream = files.getCOSStream(COSName.F);
      }
    }
    if (stream == null) {
      throw error(
          where,
          "the file specification of " + SourceAttachment.FILE_NAME + " holds no embedded file;"
              + " the PDF is damaged. Use another copy of it, or the minutes' JSON.");
    }
    String type = stream.getNameAsString(COSName.SUBTYPE);
    if (!SourceAttachment.MEDIA_TYPE.equals(type)) {
      throw error(
          where,
          "the attached " + SourceAttachment.FILE_NAME + " has the media type " + type
              + ", not " + SourceAttachment.MEDIA_TYPE + "; it is not minutes4j's. Read the"
              + " minutes from their JSON instead.");
    }
    COSDictionary parameters = stream.getCOSDictionary(COSName.PARAMS);
    long claimed = parameters == null ? -1 : parameters.getLong(COSName.SIZE, -1);
    long decodedLength = stream.getLong(COSName.DL, -1);
    if (claimed > MAX_JSON || decodedLength > MAX_JSON) {
      throw error(
          where,
          "the attached " + SourceAttachment.FILE_NAME + " claims "
              + Math.max(claimed, decodedLength) + " bytes, more than the " + MAX_JSON
              + " that minutes4j reads; it is not minutes4j's. Read the minutes from their JSON.");
    }
    COSBase filter = stream.getFilters();
    boolean flate = COSName.FLATE_DECODE.equals(filter)
        || (filter instanceof COSArray
            && ((COSArray) filter).size() == 1
            && COSName.FLATE_DECODE.equals(((COSArray) filter).getObject(0)));
    if (filter != null && !flate || stream.containsKey(COSName.DECODE_PARMS)) {
      throw error(
          where,
          "the attached " + SourceAttachment.FILE_NAME + " is compressed with " + filter
              + ", not /FlateDecode as minutes4j writes it; it is not minutes4j's. Read the"
              + " minutes from their JSON.");
    }
    long limit = claimed >= 0 ? claimed : MAX_JSON;
    byte[] json;
    try (InputStream raw = stream.createRawInputStream();
        InputStream decoded = flate ? new InflaterInputStream(raw) : raw) {
      json = readAtMost(decoded, limit);
    } catch (ZipException e) {
      throw error(
          where,
          "the attached " + SourceAttachment.FILE_NAME + " is not valid deflate data ("
              + e.getMessage() + "); the PDF is damaged. Use another copy of it.",
          e);
    }
    if (json.length > limit || (claimed >= 0 && json.length != claimed)) {
      throw error(
          where,
          "the attached " + SourceAttachment.FILE_NAME + " says it is "
              + (claimed >= 0 ? claimed + " bytes" : "at most " + MAX_JSON + " bytes")
              + " but holds " + (json.length > limit ? "more" : json.length + " bytes")
              + "; the PDF is damaged or was altered. Use another copy of it.");
    }
    return json;
  }

  private static boolean startsAsPdf(byte[] pdf) {
    String head =
        new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  /** Reads up to {@code limit + 1} bytes, so that a longer input shows as longer than the limit. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    long left = limit + 1;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      out.write(buffer, 0, n);
      left -= n;
    }
    return out.toByteArray();
  }

  private static MinutesReadException error(SourceLocation where, String problem) {
    return new MinutesReadException(where, problem, null);
  }

  private static MinutesReadException error(
      SourceLocation where, String problem, Throwable cause) {
    return new MinutesReadException(where, problem, cause);
  }
}
