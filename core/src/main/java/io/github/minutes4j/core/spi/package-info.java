/**
 * For implementers of exporters and readers: the interfaces a format module implements ({@link
 * io.github.minutes4j.core.spi.MinutesExporter}, {@link
 * io.github.minutes4j.core.spi.MinutesReader}, {@link io.github.minutes4j.core.spi.FormatProvider})
 * and the {@link io.github.minutes4j.core.spi.FormatDescriptor} it returns. Public API.
 *
 * <p>Applications find and use formats through {@link io.github.minutes4j.core.format}.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core.spi;
