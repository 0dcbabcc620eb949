package io.github.minutes4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code minutes4j}: without a command, says to name one. */
@Command(
    name = "minutes4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Turns structured meeting minutes into accessible HTML, archival PDF and JSON, with every"
          + " exporter and reader installed on the class path.",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  minutes4j render minutes.json --format html,pdf --out site/",
      "  other-system | minutes4j render - --format pdf --out - > minutes.pdf",
      "  minutes4j validate archive/*.json",
      "  minutes4j formats"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK_LINE,
      ExitCodes.INVALID_INPUT_LINE,
      ExitCodes.USAGE_LINE,
      ExitCodes.FAILURE_LINE
    })
final class RootCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine line = spec.commandLine();
    line.getErr().println("error: name a command: render, validate or formats");
    line.getErr().println("Run 'minutes4j --help' for the commands and exit codes.");
    line.getErr().flush();
    return Minutes4jCli.USAGE;
  }
}
