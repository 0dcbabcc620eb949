/**
 * Validation of the model: {@link io.github.minutes4j.core.validation.MinutesValidator}, the
 * violations it reports, and the constraints it checks. The constraint annotations ({@link
 * io.github.minutes4j.core.validation.ConsistentProceedings}, {@link
 * io.github.minutes4j.core.validation.Text}, {@link
 * io.github.minutes4j.core.validation.LinkAddress}, {@link
 * io.github.minutes4j.core.validation.NameOrRole}, {@link
 * io.github.minutes4j.core.validation.DeclaredNetworks}, {@link
 * io.github.minutes4j.core.validation.EndAfterStart}, {@link
 * io.github.minutes4j.core.validation.FourDigitYear}, {@link
 * io.github.minutes4j.core.validation.NestingDepth}, {@link
 * io.github.minutes4j.core.validation.VisibleText}) state the rules on the public records, so they
 * are public too; their validators are internal. Public API.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.core.validation;
