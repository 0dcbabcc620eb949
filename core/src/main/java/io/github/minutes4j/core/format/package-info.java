/**
 * What applications use to find formats and to export or read minutes: {@link
 * io.github.minutes4j.core.format.FormatRegistry}, which finds exporters and readers by id, media
 * type or file name, the {@link io.github.minutes4j.core.format.ExportOptions} an export takes
 * (page size, look, logo, accent colour), and the exceptions that finding, exporting and reading
 * throw. Public API.
 *
 * <p>Authors of exporters and readers implement the interfaces of {@link
 * io.github.minutes4j.core.spi}.
 *
 * @since 0.2.0
 */
package io.github.minutes4j.core.format;
