/**
 * The PDF exporter: {@link io.github.minutes4j.pdf.PdfMinutesExporter}, its {@linkplain
 * io.github.minutes4j.pdf.PdfMinutesExporter.Builder builder} for fonts of your own, {@link
 * io.github.minutes4j.pdf.FontProvider}, by which a jar adds fonts for more scripts, the archive
 * copy and signing ({@link io.github.minutes4j.pdf.PdfSigner}), {@link
 * io.github.minutes4j.pdf.UnsupportedCharacterException}, and {@link
 * io.github.minutes4j.pdf.PdfMinutesReader}, which reads the minutes back from an archive copy.
 * Stable API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.pdf;
