/**
 * The labels ("Tid och plats", "Participants", ...) and date formats of each supported language,
 * which exporters print. Public API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core.text;
