/**
 * Implementation details of minutes4j core; nothing here is API, and anything may change or go
 * without notice. Among them are the validators of the constraints in {@link
 * io.github.minutes4j.core.validation}. The module exports it to the minutes4j CLI, the JSON reader
 * and the HTML exporter only.
 */
package io.github.minutes4j.core.internal;
