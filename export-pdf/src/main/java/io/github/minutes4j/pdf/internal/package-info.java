/**
 * How the PDF exporter prints: the fonts and their coverage, the print-only parts added to the
 * HTML exporter's page, and the locked-down, deterministic openhtmltopdf render. Not exported from
 * the module; no compatibility promise.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.pdf.internal;
