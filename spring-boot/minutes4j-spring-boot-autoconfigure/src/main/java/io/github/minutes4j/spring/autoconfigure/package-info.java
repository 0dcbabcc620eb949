/**
 * Spring Boot auto-configuration for minutes4j: the format registries and the validator as beans,
 * the {@code minutes4j.*} properties, an HTTP message converter that writes minutes in the format
 * of the {@code Accept} header and reads {@code minutes4j/1} JSON, and problem details (RFC 9457)
 * for minutes that are invalid, unreadable or too large.
 *
 * <p>Every bean backs off when the application defines its own of the same type.
 *
 * @since 0.2.0
 */
package io.github.minutes4j.spring.autoconfigure;
