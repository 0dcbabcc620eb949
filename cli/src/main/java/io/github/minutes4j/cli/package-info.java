/**
 * The {@code minutes4j} command-line tool. {@link io.github.minutes4j.cli.Minutes4jCli} is the
 * entry point, for the {@code java} launcher and for programs that embed the tool; the commands
 * themselves are internal.
 *
 * @since 0.1.0
 */
package io.github.minutes4j.cli;
