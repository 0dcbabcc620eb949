/**
 * The HTML exporter: {@link io.github.minutes4j.html.HtmlMinutesExporter}. Stable API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.html;
