/**
 * Validation of the model: {@link io.github.minutes4j.core.validation.MinutesValidator}, the
 * violations it reports, and the constraints it checks. Public API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core.validation;
