/**
 * Writes and reads minutes as JSON in the documented, versioned format {@code minutes4j/1}:
 * {@link io.github.minutes4j.json.JsonMinutesExporter} and {@link
 * io.github.minutes4j.json.JsonMinutesReader}, both found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.json;
