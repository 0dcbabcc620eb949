package io.github.minutes4j.cli;

/** The exit codes of every command, and their lines in the help. */
final class ExitCodes {

  static final String HEADING = "%nExit codes:%n";

  static final String OK_LINE = "0:Success.";
  static final String INVALID_INPUT_LINE =
      "1:Invalid input: a file is missing, unreadable or malformed, or describes minutes that are"
          + " not valid or that an exporter refuses (such as characters the PDF's fonts lack;"
          + " validate: of a format named with --format)."
          + " Nothing was written (render --keep-going: nothing of the inputs that"
          + " failed).";
  static final String USAGE_LINE =
      "2:Usage error: an unknown command, option, format or language, a missing argument,"
          + " --out - with more than one output, an --out that is a file or lies under one, no"
          + " reader for a file name, no input in the folders named (or only files that hold no"
          + " minutes), an invalid --include pattern"
          + " or --jobs below 1, an option that applies to none of the formats asked for (such as"
          + " --font without pdf), two outputs of one name, or a --font that is empty, missing or"
          + " not a usable TrueType font."
          + " Nothing was written.";
  static final String FAILURE_LINE =
      "3:Output or internal failure: an output could not be written, or an exporter, reader or"
          + " provider failed. The output folder is left as it was (render --keep-going: but for"
          + " the inputs rendered).";

  private ExitCodes() {}
}
