/**
 * The service-provider interface through which formats are added, and the registry that finds
 * them by id, media type or file name. Public API: exporter and reader authors implement it,
 * applications look providers up in it.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core.spi;
