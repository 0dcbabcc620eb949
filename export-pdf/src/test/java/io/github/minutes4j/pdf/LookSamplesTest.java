package io.github.minutes4j.pdf;

import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.PageSize;
import io.github.minutes4j.html.HtmlMinutesExporter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Writes the look sample to target/pdf for people to look at. */
class LookSamplesTest {
  @Test
  void writeSamples() throws Exception {
    Pdfs.write("look-a4", Pdfs.render(SampleMinutes.looks()));
    Pdfs.write("look-letter", Pdfs.render(SampleMinutes.looks(), ExportOptions.defaults().withPageSize(PageSize.LETTER)));
    Pdfs.write("june-letter", Pdfs.render(io.github.minutes4j.examples.reference.ReferenceMinutes.june2022(), ExportOptions.defaults().withPageSize(PageSize.LETTER)));
    Pdfs.write("dec-letter", Pdfs.render(io.github.minutes4j.examples.reference.ReferenceMinutes.december2021(), ExportOptions.defaults().withPageSize(PageSize.LETTER)));
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    new HtmlMinutesExporter().export(SampleMinutes.looks(), ExportOptions.defaults(), html);
    Files.write(Pdfs.outputDir().resolve("look.html"), html.toByteArray());
  }
}
