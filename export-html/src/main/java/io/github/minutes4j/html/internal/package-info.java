/**
 * How the HTML exporter writes a page: an escaping writer, the page's outline, link names and the
 * stylesheet. Not exported from the module.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.html.internal;
