package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.run;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render archive.pdf}: the registry's reader for {@code .pdf} reads the minutes inside an
 * archive copy, so an archive that kept only the PDF can write every other format again.
 */
class RenderFromArchivePdfTest {

  @TempDir Path folder;

  @Test
  void rendersHtmlAndJsonFromAnArchivePdf() throws IOException {
    Minutes minutes = ReferenceMinutes.june2022();
    Path archive = folder.resolve("archive.pdf");
    Files.write(archive, export(PdfMinutesExporter.builder().embedSource(true).build(), minutes));
    Path out = folder.resolve("out");

    CliRun.Result result =
        run("render", archive.toString(), "--format", "html,json", "--out", out.toString());

    assertEquals(0, result.exitCode, result.toString());
    assertEquals(List.of("archive.html", "archive.json"), listing(out));
    assertArrayEquals(
        CliRun.referenceJson(ReferenceMinutes.all().get(0)), Files.readAllBytes(out.resolve("archive.json")));
  }

  @Test
  void aPdfWithoutMinutesIsAnInputErrorThatSaysHowToMakeOne() throws IOException {
    Path plain = folder.resolve("plain.pdf");
    Files.write(plain, export(new PdfMinutesExporter(), ReferenceMinutes.june2022()));

    CliRun.Result result = run("render", plain.toString(), "--format", "html", "--out", folder.resolve("out").toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(result.err.contains("carries no minutes"), result.err);
    assertTrue(result.err.contains("embedSource(true)"), result.err);
    assertTrue(result.err.contains("render --format pdf --embed-source"), result.err);
  }

  /**
   * In a folder, a plain PDF (one rendered earlier without --embed-source) is no input: it is
   * skipped and counted, whether or not its name meets a JSON file's, and the run goes on.
   */
  @Test
  void aPlainPdfInAFolderIsSkippedAndCounted() throws IOException {
    byte[] plain = export(new PdfMinutesExporter(), ReferenceMinutes.june2022());
    Path mixed = jsonBeside(plain);
    Files.write(mixed.resolve("other.pdf"), plain);
    Path site = folder.resolve("site");

    CliRun.Result render =
        run("render", mixed.toString(), "--format", "html", "--out", site.toString(), "--progress", "lines");
    CliRun.Result verbose =
        run("render", mixed.toString(), "--format", "html", "--out", folder.resolve("again").toString(),
            "--verbose");
    CliRun.Result validate = run("validate", mixed.toString());

    assertEquals(0, render.exitCode, render.toString());
    assertEquals(List.of("minutes-2022-06-02.html"), listing(site));
    assertTrue(render.err.contains("Rendered 1 of 1 input into 1 file"), render.err);
    assertTrue(render.err.contains(": 1 rendered, 0 failed, 2 skipped."), render.err);
    assertTrue(
        render.err.contains(
            "Skipped 2 files that hold no minutes, such as a PDF written without --embed-source;"
                + " --verbose names them."),
        render.err);
    assertFalse(render.err.contains("carries no minutes"), render.err);
    assertFalse(render.err.contains("other.pdf"), "not per file without --verbose: " + render.err);
    assertEquals(0, verbose.exitCode, verbose.toString());
    assertTrue(
        verbose.err.contains(
            "(" + mixed.resolve("minutes-2022-06-02.pdf") + ", " + mixed.resolve("other.pdf") + ")."),
        verbose.err);
    assertEquals(0, validate.exitCode, validate.toString());
    assertTrue(validate.out.contains(mixed.resolve("minutes-2022-06-02.json") + ": valid"), validate.out);
    assertTrue(validate.err.contains("Skipped 2 files that hold no minutes"), validate.err);
    assertFalse(validate.err.contains("carries no minutes"), validate.err);
  }

  /**
   * An encrypted PDF (a trailer with /Encrypt, as any encrypting tool writes it) is refused with
   * how to go on: minutes4j never encrypts an archive copy, and qpdf removes the encryption.
   */
  @Test
  void anEncryptedPdfSaysHowToRemoveTheEncryption() throws IOException {
    Path encrypted = folder.resolve("encrypted.pdf");
    Files.writeString(encrypted,
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Filter /Standard /V 5 >>\n"
            + "endobj\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n", ISO_8859_1);

    CliRun.Result result =
        run("render", encrypted.toString(), "-f", "json", "-o", folder.resolve("out").toString());

    assertEquals(1, result.exitCode, result.toString());
    assertTrue(
        result.err.startsWith(
            encrypted + ": error: the PDF is encrypted, which PDF/A forbids: minutes4j never"
                + " encrypts an archive copy, so it was encrypted afterwards. If you have its"
                + " password, qpdf removes the encryption: qpdf --decrypt --password=PASSWORD"
                + " encrypted.pdf decrypted.pdf"),
        result.err);
    assertFalse(result.err.contains("--embed-source"), result.err);
  }

  /**
   * A folder of plain PDFs alone gives nothing to render: as a folder of files that no reader
   * handles, it is a usage error (exit 2), not a success that wrote nothing, and the message
   * names the files skipped and why; no output folder is left behind.
   */
  @Test
  void aFolderOfPlainPdfsAloneHasNoInputAndSaysWhy() throws IOException {
    byte[] plain = export(new PdfMinutesExporter(), ReferenceMinutes.june2022());
    Path pdfs = Files.createDirectories(folder.resolve("pdfs"));
    Files.write(pdfs.resolve("a.pdf"), plain);
    Files.createDirectories(pdfs.resolve("sub"));
    Files.write(pdfs.resolve("sub/b.pdf"), plain);
    Path site = folder.resolve("site");

    CliRun.Result render =
        run("render", pdfs.toString(), "--format", "html", "--out", site.toString(), "--progress",
            "none");
    CliRun.Result keepGoing =
        run("render", pdfs.toString(), "--format", "html", "--out", site.toString(), "-k");
    CliRun.Result validate = run("validate", pdfs.toString());

    String expected =
        "error: no input in " + pdfs + ": skipped 2 files that hold no minutes ("
            + pdfs.resolve("a.pdf") + ", " + pdfs.resolve("sub/b.pdf") + "): a PDF written without"
            + " --embed-source carries none; render the JSON it was written from, or write an"
            + " archive copy (render --format pdf --embed-source)";
    assertEquals(2, render.exitCode, render.toString());
    assertEquals(expected + System.lineSeparator(), render.err);
    assertFalse(Files.exists(site), "no output folder made for nothing");
    assertEquals(2, keepGoing.exitCode, keepGoing.toString());
    assertTrue(keepGoing.err.contains(expected), keepGoing.err);
    assertFalse(keepGoing.err.contains("Rendered 0"), keepGoing.err);
    assertEquals(2, validate.exitCode, validate.toString());
    assertEquals("", validate.out);
    assertTrue(validate.err.contains(expected), validate.err);
  }

  /**
   * An archive copy beside the JSON it was made from holds the same minutes under the same name:
   * refused, with both files named and how to render one.
   */
  @Test
  void anArchiveCopyBesideItsJsonIsRefusedSayingHowToChooseOne() throws IOException {
    Path mixed =
        jsonBeside(
            export(PdfMinutesExporter.builder().embedSource(true).build(), ReferenceMinutes.june2022()));

    CliRun.Result result =
        run("render", mixed.toString(), "--format", "html", "--out", folder.resolve("site").toString());

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.contains(
            mixed.resolve("minutes-2022-06-02.json") + " and " + mixed.resolve("minutes-2022-06-02.pdf")
                + " would both be written to " + folder.resolve("site").resolve("minutes-2022-06-02.html")
                + "; render one of them: choose it with --include, such as --include '*.json',"
                + " or rename the other"),
        result.err);
  }

  /**
   * The tool alone makes an archive copy and reads it back: {@code --embed-source} writes the
   * JSON into the PDF (PDF/A-3u), from which {@code render} writes JSON equal to the reference
   * document's; without it, the PDF (PDF/A-2u) carries no minutes.
   */
  @Test
  void embedSourceWritesAnArchiveCopyThatTheToolReadsBack() throws IOException {
    Path input = folder.resolve("minutes-2022-06-02.json");
    Files.write(input, CliRun.referenceJson(ReferenceMinutes.all().get(0)));
    Path archived = folder.resolve("archived");
    Path plain = folder.resolve("plain");

    CliRun.Result archive =
        run("render", input.toString(), "-f", "pdf", "--embed-source", "-o", archived.toString());
    CliRun.Result without = run("render", input.toString(), "-f", "pdf", "-o", plain.toString());

    assertEquals(0, archive.exitCode, archive.toString());
    assertEquals(0, without.exitCode, without.toString());
    String archivePdf = Files.readString(archived.resolve("minutes-2022-06-02.pdf"), ISO_8859_1);
    assertTrue(archivePdf.contains("<pdfaid:part>3</pdfaid:part>"), "PDF/A-3");
    assertTrue(
        Files.readString(plain.resolve("minutes-2022-06-02.pdf"), ISO_8859_1)
            .contains("<pdfaid:part>2</pdfaid:part>"),
        "PDF/A-2 without --embed-source");
    Path back = folder.resolve("back");
    CliRun.Result read =
        run("render", archived.resolve("minutes-2022-06-02.pdf").toString(), "-f", "json", "-o",
            back.toString());
    assertEquals(0, read.exitCode, read.toString());
    assertArrayEquals(
        Files.readAllBytes(input), Files.readAllBytes(back.resolve("minutes-2022-06-02.json")));
  }

  @Test
  void embedSourceWithoutMinutes4jsPdfExporterIsAUsageError() throws IOException {
    Path input = folder.resolve("minutes-2022-06-02.json");
    Files.write(input, CliRun.referenceJson(ReferenceMinutes.all().get(0)));

    CliRun.Result result =
        CliRun.runWith(
            FormatRegistry.<MinutesExporter>of(List.of()),
            "render", input.toString(), "-f", "json,pdf", "--embed-source", "-o",
            folder.resolve("out").toString());

    assertEquals(2, result.exitCode, result.toString());
    assertTrue(
        result.err.contains(
            "--embed-source writes the minutes into each PDF of the PDF exporter, which is not"
                + " installed"),
        result.err);
  }

  /** A folder with minutes-2022-06-02.json and, beside it, minutes-2022-06-02.pdf of {@code pdf}. */
  private Path jsonBeside(byte[] pdf) throws IOException {
    Path mixed = Files.createDirectories(folder.resolve("mixed"));
    Files.write(mixed.resolve("minutes-2022-06-02.json"), CliRun.referenceJson(ReferenceMinutes.all().get(0)));
    Files.write(mixed.resolve("minutes-2022-06-02.pdf"), pdf);
    return mixed;
  }

  private static byte[] export(PdfMinutesExporter exporter, Minutes minutes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(minutes, ExportOptions.defaults(), out);
    return out.toByteArray();
  }
}
