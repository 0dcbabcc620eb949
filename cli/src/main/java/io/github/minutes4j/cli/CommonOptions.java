package io.github.minutes4j.cli;

import java.util.Collection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The options every command has: {@code --help} and {@code --verbose}. */
final class CommonOptions {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help, with the exit codes, and exit.")
  boolean help;

  @Option(names = "--verbose", description = "Print the stack trace of every error.")
  boolean verbose;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Whether the option of this name was given on the command line, rather than defaulted. */
  boolean given(String name) {
    return command.commandLine().getParseResult().hasMatchedOption(name);
  }

  /**
   * Whether each option of values separated by commas that was given names at least one value.
   * picocli splits {@code --format ,} into no value at all, which would quietly mean no format
   * ({@code render} writes nothing and succeeds) or the default ({@code --extract ,} writes the
   * whole minutes); the first such option is reported as a usage error.
   *
   * @return false if an option names no value, which is then reported
   */
  boolean listsNameValues(Report report) {
    ParseResult parsed = command.commandLine().getParseResult();
    for (OptionSpec option : command.options()) {
      if (!option.splitRegex().isEmpty()
          && parsed.hasMatchedOption(option)
          && option.getValue() instanceof Collection<?> values
          && values.isEmpty()) {
        report.usage(
            option.longestName()
                + " names no "
                + option.paramLabel()
                + "; give one or more, separated by single commas");
        return false;
      }
    }
    return true;
  }
}
