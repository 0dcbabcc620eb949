/**
 * A {@link io.github.minutes4j.core.text.LabelProvider} for Northern Sámi ({@code se}), an example
 * of adding a language to minutes4j from outside.
 *
 * @since 0.2.0
 */
package io.github.minutes4j.examples.sami;
