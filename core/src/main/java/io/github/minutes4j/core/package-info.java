/**
 * The minutes model: {@link io.github.minutes4j.core.Minutes} and the immutable records it is made
 * of. Public API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core;
