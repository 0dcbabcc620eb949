/**
 * The implementation of the JSON format: not exported, and not part of the API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.json.internal;
