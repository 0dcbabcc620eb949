/**
 * A Markdown exporter for minutes4j, written as a third party would write one: {@link
 * io.github.minutes4j.examples.markdown.MarkdownMinutesExporter} is the only public type.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.examples.markdown;
