package io.github.minutes4j.cli;

import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.ProviderFailure;
import io.github.minutes4j.core.spi.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.PrintWriter;

/**
 * Writes a command's errors and warnings to standard error and keeps the exit code: the most
 * severe of the problems reported (3 before 2 before 1). Stack traces only with {@code --verbose}.
 * Messages name the file, then the place in it, then what is wrong and how to fix it, in the
 * {@code file:line:column: error: message} form that editors and build tools link to.
 */
final class Report {

  private final PrintWriter err;
  private final boolean verbose;
  private int exitCode = Minutes4jCli.OK;

  Report(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  int exitCode() {
    return exitCode;
  }

  boolean failed() {
    return exitCode != Minutes4jCli.OK;
  }

  /** A usage error: exit code 2. */
  void usage(String message) {
    error(Minutes4jCli.USAGE, "error: " + message, null);
  }

  /** Input that cannot be used, without a place in it: exit code 1. */
  void invalidInput(String file, String message) {
    error(Minutes4jCli.INVALID_INPUT, file + ": error: " + message, null);
  }

  /** Input that cannot be read as minutes, at a place in it: exit code 1. */
  void unreadable(String file, SourceLocation location, String problem, Throwable cause) {
    StringBuilder line = new StringBuilder(file);
    if (location.line() > 0) {
      line.append(':').append(location.line()).append(':').append(location.column());
    }
    line.append(": error: ").append(problem);
    if (!location.pointer().isEmpty()) {
      line.append(" (at ").append(location.pointer()).append(')');
    }
    error(Minutes4jCli.INVALID_INPUT, line.toString(), cause);
  }

  /** Minutes that are not valid: exit code 1, one line per violation. */
  void invalid(String file, InvalidMinutesException invalid) {
    int count = invalid.violations().size();
    StringBuilder message = new StringBuilder();
    message
        .append(file)
        .append(": error: the minutes are not valid (")
        .append(count)
        .append(count == 1 ? " problem" : " problems")
        .append("); fix ")
        .append(count == 1 ? "it" : "each")
        .append(" at the property path given (agenda[2].presenters[0].name is the name of the")
        .append(" first presenter of the third agenda item):");
    for (Violation violation : invalid.violations()) {
      message.append(System.lineSeparator()).append("  ").append(file).append(": ").append(violation);
    }
    error(Minutes4jCli.INVALID_INPUT, message.toString(), invalid);
  }

  /** An output or internal failure: exit code 3. */
  void failure(String message, Throwable cause) {
    String hint =
        cause != null && !verbose ? " (run again with --verbose to see the stack trace)" : "";
    error(Minutes4jCli.FAILURE, "error: " + message + hint, cause);
  }

  /** A provider that failed to load; not an error unless the command needs it. */
  void warnAbout(FormatRegistry<?> registry) {
    for (ProviderFailure failure : registry.failures()) {
      err.println("warning: " + failure.description());
      if (verbose) {
        failure.cause().printStackTrace(err);
      }
    }
    err.flush();
  }

  /** A line of progress. */
  void progress(String line) {
    err.println(line);
    err.flush();
  }

  private void error(int code, String message, Throwable cause) {
    exitCode = Math.max(exitCode, code);
    err.println(message);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }
}
