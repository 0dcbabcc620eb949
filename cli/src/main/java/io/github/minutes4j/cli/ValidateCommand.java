package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.ProviderConfigurationException;
import io.github.minutes4j.core.spi.MinutesReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: reads every input and reports every problem in each. */
@Command(
    name = "validate",
    header = "Checks minutes and reports every problem with its place and fix.",
    description = {
      "Reads each FILE (by its extension), the files in each FOLDER and its subfolders that an"
          + " installed reader handles (or that --include selects), or standard input (-, as"
          + " JSON), and checks that it"
          + " describes valid minutes. Prints 'NAME: valid' for each valid input on standard"
          + " output, and every problem of the others on standard error, with the file, the"
          + " place (line and column, or the path of the property) and how to fix it.",
      ""
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK_LINE,
      ExitCodes.INVALID_INPUT_LINE,
      ExitCodes.USAGE_LINE,
      ExitCodes.FAILURE_LINE
    })
final class ValidateCommand implements Callable<Integer> {

  private final Environment environment;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|FOLDER",
      description = "Minutes to check, folders of them, or - for standard input.")
  List<String> files = List.of();

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "In folders, check only the files that match, such as '*.json'; as for render.")
  List<String> includes = List.of();

  @Mixin CommonOptions common = new CommonOptions();

  ValidateCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Report report = new Report(environment.err(), common.verbose);
    FormatRegistry<MinutesReader> readers;
    try {
      readers = environment.readers().get();
    } catch (ProviderConfigurationException e) {
      report.failure(e.getMessage(), e);
      return report.exitCode();
    }
    report.warnAbout(readers);
    Optional<FolderInputs> folders = FolderInputs.of(includes, Optional.empty(), report);
    if (folders.isEmpty()) {
      return report.exitCode();
    }
    Optional<List<Input>> inputs = Input.resolve(files, readers, folders.get(), report);
    if (inputs.isEmpty()) {
      return report.exitCode();
    }
    for (Input input : inputs.get()) {
      Optional<Minutes> minutes = input.read(environment.in(), report);
      if (minutes.isPresent()) {
        environment.text().println(input.name() + ": valid");
        environment.text().flush();
      }
    }
    folders.get().skippedSentence().ifPresent(report::progress);
    return report.exitCode();
  }
}
