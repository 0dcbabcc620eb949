package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.IOException;
import java.util.ArrayList;
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
      "Then asks each installed exporter whether it would write the valid minutes with the"
          + " default options, without writing them: the PDF exporter refuses characters its fonts"
          + " cannot draw, and names each with where it is. Such a refusal is a warning (the line"
          + " on standard output reads 'NAME: valid, but the pdf exporter refuses it'), or, for a"
          + " format named with --format, an error (exit code 1), as render would fail.",
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

  @Option(
      names = {"-f", "--format"},
      split = ",",
      paramLabel = "ID",
      description =
          "Check only these formats, separated by commas, such as pdf, and make their refusals"
              + " errors (exit code 1). Default: every installed format, whose refusals are"
              + " warnings.")
  List<String> formats = List.of();

  @Mixin FontOption fonts = new FontOption();

  @Mixin CommonOptions common = new CommonOptions();

  ValidateCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Report report = new Report(environment.err(), common.verbose);
    if (!common.listsNameValues(report) || !fonts.appliesTo(formats, false, report)) {
      return report.exitCode();
    }
    Optional<Environment.Formats> installed = environment.formats(report, fonts, false);
    if (installed.isEmpty()) {
      return report.exitCode();
    }
    FormatRegistry<MinutesReader> readers = installed.get().readers();
    FormatRegistry<MinutesExporter> exporters = installed.get().exporters();
    boolean strict = !formats.isEmpty();
    Optional<List<MinutesExporter>> asked =
        strict
            ? RenderCommand.chooseExporters(formats, exporters, report)
            : Optional.of(exporters.providers());
    if (asked.isEmpty()) {
      return report.exitCode();
    }
    Optional<FolderInputs> folders = FolderInputs.of(includes, Optional.empty(), report);
    if (folders.isEmpty()) {
      return report.exitCode();
    }
    Optional<List<Input>> inputs = Input.resolve(files, readers, folders.get(), report);
    if (inputs.isEmpty()) {
      return report.exitCode();
    }
    int withoutMinutes = 0;
    for (Input input : inputs.get()) {
      Optional<Minutes> minutes = input.read(environment.in(), report, folders.get());
      if (folders.get().skippedWithoutMinutes(input)) {
        withoutMinutes++;
      }
      if (minutes.isPresent()) {
        List<String> refusing = new ArrayList<>();
        boolean failed = false;
        for (MinutesExporter exporter : asked.get()) {
          Optional<String> refusal = refusal(exporter, input, minutes.get(), report);
          if (refusal.isPresent() && strict) {
            RenderCommand.refused(report, exporter, input, refusal.get());
            failed = true;
          } else if (refusal.isPresent()) {
            report.warning(input.name(), RenderCommand.refusedBy(exporter, refusal.get()));
            refusing.add(exporter.format().id());
          }
        }
        if (!failed) {
          environment.text().println(
              input.name()
                  + ": valid"
                  + (refusing.isEmpty()
                      ? ""
                      : ", but the " + String.join(" and ", refusing)
                          + (refusing.size() == 1 ? " exporter refuses" : " exporters refuse")
                          + " it"));
          environment.text().flush();
        }
      }
    }
    if (withoutMinutes == inputs.get().size()) {
      // Every file found held no minutes: nothing to check, as in a folder of other files.
      folders.get().reportNoInput(report);
      return report.exitCode();
    }
    folders.get().skippedSentences(report.verbose()).forEach(report::progress);
    return report.exitCode();
  }

  /**
   * Asks an exporter whether it would write valid minutes with the default options: its refusal
   * as the tool's user can act on it, or empty if it would write them. An exporter that fails
   * otherwise is reported as a failure (exit code 3), as render reports it.
   */
  private static Optional<String> refusal(
      MinutesExporter exporter, Input input, Minutes minutes, Report report) {
    try {
      exporter.check(minutes, ExportOptions.defaults());
      return Optional.empty();
    } catch (Minutes4jException e) {
      return Optional.of(FontOption.refusal(e));
    } catch (IOException | RuntimeException | LinkageError e) {
      report.failure(RenderCommand.exporterFailed(exporter, input, e), e);
      return Optional.empty();
    }
  }
}
