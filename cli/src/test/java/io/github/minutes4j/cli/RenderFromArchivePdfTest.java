package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.listing;
import static io.github.minutes4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
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
  }

  private static byte[] export(PdfMinutesExporter exporter, Minutes minutes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(minutes, ExportOptions.defaults(), out);
    return out.toByteArray();
  }
}
