/**
 * The minutes model, its validation, the labels and date formats of each supported language, the
 * registry through which applications find formats and export or read minutes ({@code
 * io.github.minutes4j.core.format}), and the service-provider interface that exporters and readers
 * implement ({@code io.github.minutes4j.core.spi}).
 *
 * <p>This module depends on Jakarta Validation and Hibernate Validator only; it has no JSON, HTML
 * or PDF code. Formats live in their own modules and register themselves with {@code provides
 * io.github.minutes4j.core.spi.MinutesExporter} (and {@code META-INF/services}).
 *
 * @since 0.1.0
 */
@SuppressWarnings("module") // javac warns that the CLI, built after core, is not found.
module io.github.minutes4j.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Only to keep Hibernate Validator's version line out of the log (internal.ValidatorBanner).
  requires java.logging;
  // The JDK's StAX parser checks that an SVG logo is static (internal.LogoCheck).
  requires java.xml;

  exports io.github.minutes4j.core;
  exports io.github.minutes4j.core.format;
  exports io.github.minutes4j.core.spi;
  exports io.github.minutes4j.core.text;
  exports io.github.minutes4j.core.validation;
  // Not API: the CLI shares the atomic file writing of MinutesExporter.exportToFile, the JSON
  // reader the "did you mean" of Suggestions, the HTML page the precision of times (TimeOfDay), and
  // the PDF exporter the discovery of font providers.
  exports io.github.minutes4j.core.internal to
      io.github.minutes4j.cli,
      io.github.minutes4j.html,
      io.github.minutes4j.json,
      io.github.minutes4j.pdf;

  // Hibernate Validator reads the constraints on the model and instantiates our validators.
  opens io.github.minutes4j.core to org.hibernate.validator;
  opens io.github.minutes4j.core.internal to org.hibernate.validator;

  uses io.github.minutes4j.core.spi.MinutesExporter;
  uses io.github.minutes4j.core.spi.MinutesReader;
  uses io.github.minutes4j.core.text.LabelProvider;
}
