package io.github.minutes4j.cli;

import picocli.CommandLine.Option;

/** The options every command has: {@code --help} and {@code --verbose}. */
final class CommonOptions {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help, with the exit codes, and exit.")
  boolean help;

  @Option(names = "--verbose", description = "Print the stack trace of every error.")
  boolean verbose;
}
