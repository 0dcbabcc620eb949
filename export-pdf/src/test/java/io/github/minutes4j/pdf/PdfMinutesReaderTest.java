package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link PdfMinutesReader} does with PDFs that are not archive copies, damaged or hostile:
 * each gives a {@link MinutesReadException} that says what is wrong, within seconds and without
 * exhausting memory.
 */
class PdfMinutesReaderTest {

  private static final PdfMinutesReader READER = new PdfMinutesReader();

  /** Every hostile read must end well within this. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static Minutes minutes;
  private static byte[] archive;

  @BeforeAll
  static void anArchiveCopy() {
    minutes = ReferenceMinutes.june2022();
    archive = Pdfs.render(ArchiveCopyTest.ARCHIVE, minutes, ExportOptions.defaults());
  }

  @Test
  void anArchiveCopyReadsBack() throws IOException {
    assertEquals(minutes, READER.read(new ByteArrayInputStream(archive)));
  }

  @Test
  void somethingThatIsNotAPdfIsRefused() throws IOException {
    byte[] json = ArchiveCopyTest.json(minutes, ExportOptions.defaults());
    assertProblem(json, "not a PDF");
    assertProblem(new byte[0], "not a PDF");
    assertFalse(refused(json).carriesNoMinutes(), "not a PDF is no PDF that lacks minutes");
  }

  @Test
  void aPdfWithoutMinutesSaysHowToMakeOne() {
    MinutesReadException e = refused(Pdfs.render(minutes));
    assertEquals("/Root/AF", e.location().pointer());
    assertTrue(e.problem().contains("carries no minutes"), e.problem());
    assertTrue(e.problem().contains("embedSource(true)"), e.problem());
    assertTrue(e.carriesNoMinutes(), "a plain PDF is another kind of file, not a damaged one");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 50, 90, 99})
  void aTruncatedPdfIsRefusedOrStillReadsBackEqual(int percent) throws IOException {
    byte[] truncated = Arrays.copyOf(archive, archive.length * percent / 100);
    try {
      assertEquals(minutes, READER.read(new ByteArrayInputStream(truncated)));
      assertTrue(percent > 50, "the attachment and the catalog cannot be in the first half");
    } catch (MinutesReadException e) {
      assertTrue(e.problem().contains("damaged or truncated") || e.problem().contains("not a PDF")
          || e.problem().contains("no minutes"), e.getMessage());
    }
  }

  @Test
  void anEncryptedPdfIsRefused() throws IOException {
    for (String userPassword : List.of("secret", "")) {
      byte[] encrypted;
      try (PDDocument document = Loader.loadPDF(archive)) {
        document.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
        encrypted = save(document);
      }
      assertProblem(encrypted, "encrypted");
    }
  }

  @Test
  void aBombOfNestedObjectsIsRefused() {
    int depth = 200_000;
    String nested = "[".repeat(depth) + "]".repeat(depth);
    byte[] pdf = pdf(catalogWith("/AF 3 0 R"), "<< /Type /Pages /Kids [] /Count 0 >>", nested);
    // PDFBox stops at 500 levels and drops the object: the catalog then has no /AF.
    MinutesReadException e = refused(pdf);
    assertTrue(e.problem().contains("carries no minutes") || e.problem().contains("damaged"),
        e.getMessage());
    String chain = "<< /Type /Filespec /AFRelationship /Source /UF (minutes.json) /EF << /F 3 0 R >> >>";
    assertProblem(pdf(catalogWith("/AF [3 0 R]"), "<< /Type /Pages /Kids [] /Count 0 >>", chain),
        "no embedded file");
  }

  @Test
  void aDecompressionBombIsRefusedBeforePdfBoxInflatesIt() {
    byte[] bomb = deflate(new byte[80 << 20]); // 80 MiB of zeros in about 80 KB
    byte[] stream = stream(
        "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + bomb.length + " >>", bomb);
    byte[] pdf = pdf(
        catalogWith("/AF [4 0 R]").getBytes(StandardCharsets.US_ASCII),
        "<< /Type /Pages /Kids [] /Count 0 >>".getBytes(StandardCharsets.US_ASCII),
        stream);
    assertProblem(pdf, "decompression bomb");
  }

  @Test
  void aJpegThatDeclaresGiantDimensionsIsRefused() {
    byte[] jpeg = {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8,
      (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    byte[] stream = stream("<< /Filter /DCTDecode /Length 22 >>", jpeg);
    assertProblem(pdf(catalogWith("").getBytes(StandardCharsets.US_ASCII),
        "<< /Type /Pages /Kids [] /Count 0 >>".getBytes(StandardCharsets.US_ASCII), stream),
        "samples");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/LZWDecode", "/LZW#44ecode", "/ASCIIHexDecode", "/RunLengthDecode"})
  void filtersThatMinutes4jNeverWritesAreRefused(String filter) {
    byte[] pdf = pdf(catalogWith(""), "<< /Type /Pages /Kids [] /Count 0 >>",
        "<< /Filter " + filter + " /Length 0 >>\nstream\n\nendstream");
    assertProblem(pdf, "which minutes4j never writes");
  }

  @Test
  void anAttachmentThatClaimsTwoGigabytesIsRefusedUnread() {
    byte[] pdf = editAttachment(file ->
        file.getCOSDictionary(COSName.PARAMS).setLong(COSName.SIZE, 2L << 30));
    assertProblem(pdf, "claims 2147483648 bytes");
  }

  @Test
  void anAttachmentThatHoldsMoreThanItClaimsIsRefused() {
    byte[] pdf = editAttachment(file -> file.getCOSDictionary(COSName.PARAMS).setLong(COSName.SIZE, 100));
    assertProblem(pdf, "says it is 100 bytes but holds more");
  }

  @Test
  void anAttachmentOfAnotherTypeIsRefused() {
    byte[] pdf = editAttachment(file -> file.setName(COSName.SUBTYPE, "text/plain"));
    assertProblem(pdf, "media type text/plain");
  }

  @Test
  void hostileJsonInsideGetsTheJsonReadersErrorWithItsPlace() {
    byte[] hostile = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = editAttachment(file -> {
      try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(hostile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      file.getCOSDictionary(COSName.PARAMS).setLong(COSName.SIZE, hostile.length);
    });
    MinutesReadException e = refused(pdf);
    assertTrue(e.problem().startsWith("in the minutes.json attached to the PDF: "), e.problem());
    assertTrue(e.getCause() instanceof MinutesReadException);
  }

  @Test
  void anEndlessInputIsReadOnlyUpToTheLimit() {
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return '%';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) '%');
        read[0] += len;
        return len;
      }
    };
    MinutesReadException e = assertTimeoutPreemptively(BOUND,
        () -> assertThrows(MinutesReadException.class, () -> READER.read(endless)));
    assertTrue(e.problem().contains("larger than"), e.problem());
    assertTrue(read[0] <= (128L << 20) + 1, "read " + read[0]);
  }

  private static MinutesReadException refused(byte[] pdf) {
    return assertTimeoutPreemptively(BOUND,
        () -> assertThrows(MinutesReadException.class,
            () -> READER.read(new ByteArrayInputStream(pdf))));
  }

  private static void assertProblem(byte[] pdf, String expected) {
    MinutesReadException e = refused(pdf);
    assertTrue(e.problem().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
  }

  private static byte[] editAttachment(Consumer<COSStream> change) {
    try (PDDocument document = Loader.loadPDF(archive)) {
      COSDictionary specification = (COSDictionary) document.getDocumentCatalog()
          .getCOSObject().getCOSArray(COSName.AF).getObject(0);
      change.accept(specification.getCOSDictionary(COSName.EF).getCOSStream(COSName.F));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  private static String catalogWith(String entries) {
    return "<< /Type /Catalog /Pages 2 0 R " + entries + " >>";
  }

  /** A classic PDF of the given objects, numbered from 1, with a correct cross-reference table. */
  private static byte[] pdf(String... objects) {
    List<byte[]> bytes = new ArrayList<>();
    for (String object : objects) {
      bytes.add(object.getBytes(StandardCharsets.US_ASCII));
    }
    return pdf(bytes.toArray(new byte[0][]));
  }

  private static byte[] pdf(byte[]... objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = out.size();
      out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(objects[i]);
      out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater =
        new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      deflater.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A stream object's body: its dictionary, then the data between the keywords. */
  private static byte[] stream(String dictionary, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((dictionary + "\nstream\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(data);
    out.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
