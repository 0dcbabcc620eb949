package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
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

  /**
   * An encrypted PDF is refused with what to do: minutes4j never encrypts an archive copy, so
   * someone did afterwards, and with the password qpdf removes it; not the advice to write the PDF
   * with embedSource(true), which does not apply.
   */
  @Test
  void anEncryptedPdfIsRefusedSayingHowToDecryptIt() throws IOException {
    for (String userPassword : List.of("secret", "")) {
      byte[] encrypted;
      try (PDDocument document = Loader.loadPDF(archive)) {
        document.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
        encrypted = save(document);
      }
      MinutesReadException e = refused(encrypted);
      assertTrue(
          e.problem().contains(
              "the PDF is encrypted, which PDF/A forbids: minutes4j never encrypts an archive copy,"
                  + " so it was encrypted afterwards. If you have its password, qpdf removes the"
                  + " encryption: qpdf --decrypt --password=PASSWORD encrypted.pdf decrypted.pdf"
                  + " (without --password if it opens without one); then read decrypted.pdf."),
          e.getMessage());
      assertFalse(e.problem().contains("embedSource"), e.getMessage());
      assertFalse(e.carriesNoMinutes(), "the minutes may be inside: not a file to pass over");
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
    byte[] pdf = replaceJson("[".repeat(100_000));
    MinutesReadException e = refused(pdf);
    assertTrue(e.problem().startsWith("in the minutes.json attached to the PDF (line 1, column "),
        e.problem());
    assertEquals(0, e.location().line(), "a line of the JSON is not a line of the PDF");
    assertTrue(e.getCause() instanceof MinutesReadException);
  }

  @Test
  void aProblemOfTheJsonInsideGivesItsLineInTheMessageNotAsALineOfThePdf() throws IOException {
    byte[] pdf = replaceJson(new String(ArchiveCopyTest.json(minutes, ExportOptions.defaults()),
        StandardCharsets.UTF_8).replace("\"minutes4j/1\"", "\"minutes4j/2\""));
    MinutesReadException e = refused(pdf);
    assertEquals(new SourceLocation("/format", 0, 0), e.location());
    assertTrue(e.problem().startsWith(
        "in the minutes.json attached to the PDF (line 2, column 13 of that file): "), e.problem());
  }

  @Test
  void invalidMinutesInsideAreReportedAtTheirPathNotAtALineOfThePdf() throws IOException {
    byte[] pdf = replaceJson(new String(ArchiveCopyTest.json(minutes, ExportOptions.defaults()),
        StandardCharsets.UTF_8).replace("\"title\": \"" + minutes.title() + "\"", "\"title\": \"\""));
    InvalidMinutesException e = assertThrows(InvalidMinutesException.class,
        () -> READER.read(new ByteArrayInputStream(pdf)));
    assertEquals(List.of(new Violation("title", "must not be empty", new SourceLocation("/title", 0, 0))),
        e.violations());
    assertTrue(e.getCause() instanceof InvalidMinutesException, "the JSON reader's, with lines");
  }

  @Test
  void textThatOnlySpellsARefusedNameDoesNotRefuseTheArchiveCopy() throws IOException {
    // The title and the organiser are in the XMP metadata, which is not compressed.
    Minutes spelling =
        minutes.toBuilder()
            .title("Styrelsemöte för RL-gruppen, dnr KS 2026/RL och 2026/A85")
            .organiser(new Organiser(
                "Nätverket Crypt/Encrypt och /LZWDecode", minutes.organiser().networks()))
            .build();
    byte[] pdf = Pdfs.render(ArchiveCopyTest.ARCHIVE, spelling, ExportOptions.defaults());
    assertEquals(spelling, READER.read(new ByteArrayInputStream(pdf)));
  }

  @Test
  void bytesOfAStreamThatSpellARefusedNameAreNotRefused() {
    // Compressed data spells "/RL " about once in 270 MB of random bytes: it must not count.
    String data = "x/RL y/Encrypt z/Crypt] /A85";
    byte[] pdf = pdf(catalogWith(""), "<< /Type /Pages /Kids [] /Count 0 >>",
        "<< /Length " + data.length() + " >>\nstream\n" + data + "\nendstream");
    assertProblem(pdf, "carries no minutes");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/DecodeParms << /Predictor 12 /Colors 1 /BitsPerComponent 1 /Columns 2147483640 >>"
        + "|/Columns of 2147483640",
    "/DP << /Predictor 12 /Columns 1000000 >>|/Columns of 1000000",
    "/DecodeParms [ << /Predictor 12 /Columns 2000000000 >> ]|/Columns of 2000000000",
    "/DecodeParms % a comment\n << /Predictor 12 /Co#6Cumns 2000000000 >>|/Columns of",
    "/DecodeParms << /Predictor 12 /Columns 2e9 /Columns 3000000000.0 >>|/Columns of 3000000000.0",
    "/DecodeParms << /Predictor 12 /BitsPerComponent 4096 /Columns 100 >>|/BitsPerComponent of",
    "/DecodeParms << /Predictor 12 /Columns 5 0 R >>|/Columns by reference",
    "/Filter 5 0 R|/Filter by reference",
    "/Filter [ /FlateDecode /RL ]|/RL"})
  void decodingThatPdfBoxWouldDoWithoutBoundIsRefused(String entryAndProblem) {
    String[] parts = entryAndProblem.split("\\|");
    // A cross-reference stream is decoded when PDFBox opens the file, before anything is asked.
    assertProblem(xrefStreamPdf(parts[0]), parts[1]);
  }

  @Test
  void predictorParametersInsideAnObjectStreamAreRefused() {
    // An object stream may hold the parameters that another stream refers to: /DecodeParms 4 0 R.
    byte[] objects = deflate("4 0 << /Predictor 12 /Columns 2147483640 >>"
        .getBytes(StandardCharsets.US_ASCII));
    byte[] pdf = pdf(
        catalogWith("/AF [4 0 R]").getBytes(StandardCharsets.US_ASCII),
        "<< /Type /Pages /Kids [] /Count 0 >>".getBytes(StandardCharsets.US_ASCII),
        stream("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + objects.length
            + " >>", objects));
    MinutesReadException e = refused(pdf);
    assertTrue(e.problem().contains("in the compressed stream at byte ")
        && e.problem().contains("/Columns of 2147483640"), e.problem());
  }

  @Test
  void anUpdateThatReplacesTheAttachmentIsRefused() throws IOException {
    byte[] updated;
    try (PDDocument document = Loader.loadPDF(archive)) {
      COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
      COSDictionary specification = (COSDictionary) catalog.getCOSArray(COSName.AF).getObject(0);
      COSStream file = specification.getCOSDictionary(COSName.EF).getCOSStream(COSName.F);
      byte[] forged = ArchiveCopyTest.json(
          minutes.toBuilder().title("Another title").build(), ExportOptions.defaults());
      try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(forged);
      }
      file.getCOSDictionary(COSName.PARAMS).setLong(COSName.SIZE, forged.length);
      file.setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      updated = out.toByteArray();
    }
    assertTrue(updated.length > archive.length
        && Arrays.equals(archive, Arrays.copyOf(updated, archive.length)), "an appended update");
    MinutesReadException e = refused(updated);
    assertEquals("/Root/AF", e.location().pointer());
    assertTrue(e.problem().contains("changed after it was written"), e.problem());
    assertTrue(e.problem().contains("the first " + archive.length + " bytes"), e.problem());
    assertEquals(minutes, READER.read(new ByteArrayInputStream(updated, 0, archive.length)));
  }

  @Test
  void anUpdateThatLeavesTheAttachmentReadsBack() throws IOException {
    byte[] updated;
    try (PDDocument document = Loader.loadPDF(archive)) {
      document.getDocumentInformation().setKeywords("archived 2026-12-07");
      document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      updated = out.toByteArray();
    }
    assertTrue(updated.length > archive.length, "an appended update");
    assertEquals(minutes, READER.read(new ByteArrayInputStream(updated)));
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

  /** The archive copy with other JSON attached in place of the minutes, as one revision. */
  private static byte[] replaceJson(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return editAttachment(file -> {
      try (OutputStream out = file.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      file.getCOSDictionary(COSName.PARAMS).setLong(COSName.SIZE, bytes.length);
    });
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

  /**
   * A PDF whose cross-reference is a stream with the given extra entries: a catalog, an empty page
   * tree and the stream, which PDFBox decodes as it opens the file.
   */
  private static byte[] xrefStreamPdf(String entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    int catalog = out.size();
    out.writeBytes(("1 0 obj\n" + catalogWith("") + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
    int pages = out.size();
    out.writeBytes("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        .getBytes(StandardCharsets.US_ASCII));
    int xref = out.size();
    byte[] rows = deflate(new byte[] {
      0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF,
      1, 0, 0, 0, (byte) catalog, 0,
      1, 0, 0, 0, (byte) pages, 0,
      1, 0, 0, (byte) (xref >> 8), (byte) xref, 0});
    out.writeBytes(("3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 1] /Root 1 0 R /Filter /FlateDecode "
        + entries + " /Length " + rows.length + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(rows);
    out.writeBytes(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII));
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
