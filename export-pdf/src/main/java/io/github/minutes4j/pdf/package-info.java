/**
 * The PDF exporter: {@link io.github.minutes4j.pdf.PdfMinutesExporter}, its {@linkplain
 * io.github.minutes4j.pdf.PdfMinutesExporter.Builder builder} for fonts of your own, and {@link
 * io.github.minutes4j.pdf.UnsupportedCharacterException}. Stable API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.pdf;
