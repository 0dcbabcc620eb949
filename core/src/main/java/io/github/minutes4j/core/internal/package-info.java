/**
 * Implementation details of minutes4j core; nothing here is API, and anything may change or go
 * without notice. The module does not export this package.
 */
package io.github.minutes4j.core.internal;
