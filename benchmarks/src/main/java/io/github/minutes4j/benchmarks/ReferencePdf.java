package io.github.minutes4j.benchmarks;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.validation.MinutesValidator;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the PDF benchmarks of the reference documents share: the document (a JMH parameter), the
 * minutes, validated once, the default options, and the exporter users get from {@link
 * java.util.ServiceLoader}. A subclass's {@code @Setup} calls {@link #loadDocument()} first.
 */
@State(Scope.Benchmark)
public abstract class ReferencePdf {

  /** The reference document: {@value Documents#JUNE_2022} or {@value Documents#DECEMBER_2021}. */
  @Param({Documents.JUNE_2022, Documents.DECEMBER_2021})
  public String document;

  /** The document's minutes, valid; set by {@link #loadDocument()}. */
  protected Minutes minutes;

  /** The options of every export: the defaults. */
  protected final ExportOptions options = ExportOptions.defaults();

  /** The plain exporter: PDF/UA-1 and PDF/A-2u, shipped fonts, no archive copy, not signed. */
  protected final PdfMinutesExporter plain = new PdfMinutesExporter();

  /** Builds and validates the {@link #document}. */
  protected final void loadDocument() {
    minutes = MinutesValidator.shared().requireValid(Documents.byName(document));
  }
}
