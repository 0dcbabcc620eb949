/**
 * The font provider of {@code minutes4j-fonts-cjk}: {@link io.github.minutes4j.fonts.cjk.CjkFonts}.
 * Nothing here needs to be called: on the class path or module path, the PDF exporter finds it.
 * Stable API.
 *
 * @since 0.3.0
 */
package io.github.minutes4j.fonts.cjk;
