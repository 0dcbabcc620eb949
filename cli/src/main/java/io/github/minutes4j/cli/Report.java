package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.ProviderFailure;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes a command's errors and warnings to standard error and keeps the exit code: the most
 * severe of the problems reported (3 before 2 before 1). Stack traces only with {@code --verbose}.
 * Messages name the file, then the place in it, then what is wrong and how to fix it, in the
 * {@code file:line:column: error: message} form that editors and build tools link to.
 *
 * <p>Thread-safe: the jobs of a batch report through one instance, each message whole. On a
 * terminal, a status line (the progress bar) may stand at the bottom: each message clears it,
 * prints, and draws it again, so that messages and bar never mix on one line.
 */
final class Report {

  /** Moves to the start of the line and erases it: ANSI carriage return and erase-in-line. */
  private static final String ERASE_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private final boolean verbose;
  private int exitCode = Minutes4jCli.OK;
  private String status = "";

  Report(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  /** Whether the user asked for details ({@code --verbose}). */
  boolean verbose() {
    return verbose;
  }

  synchronized int exitCode() {
    return exitCode;
  }

  synchronized boolean failed() {
    return exitCode != Minutes4jCli.OK;
  }

  /** The first {@code shown} names, separated by commas, and how many more there are. */
  static String someNames(List<String> names, int shown) {
    String first = String.join(", ", names.subList(0, Math.min(shown, names.size())));
    return names.size() > shown ? first + ", and " + (names.size() - shown) + " more" : first;
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
    StringBuilder line = errorAt(new StringBuilder(), file, location).append(problem);
    if (!location.pointer().isEmpty()) {
      line.append(" (at ").append(location.pointer()).append(')');
    }
    error(Minutes4jCli.INVALID_INPUT, line.toString(), cause);
  }

  /**
   * Minutes that are not valid: exit code 1, one line per violation in the {@code
   * file:line:column: error: path: problem} form (without line and column when the place in the
   * file is not known), then one line with the count.
   */
  void invalid(String file, InvalidMinutesException invalid) {
    StringBuilder message = new StringBuilder();
    for (Violation violation : invalid.violations()) {
      errorAt(message, file, violation.location())
          .append(violation.path().isEmpty() ? "" : violation.path() + ": ")
          .append(violation.message())
          .append(System.lineSeparator());
    }
    int count = invalid.violations().size();
    message.append(file).append(": the minutes are not valid (").append(count)
        .append(count == 1 ? " problem)" : " problems)");
    error(Minutes4jCli.INVALID_INPUT, message.toString(), invalid);
  }

  /**
   * Appends the start of an error line as compilers write it: {@code file:line:column: error: },
   * or {@code file: error: } when the place in the file is not known.
   */
  private static StringBuilder errorAt(StringBuilder line, String file, SourceLocation location) {
    line.append(file);
    if (location.line() > 0) {
      line.append(':').append(location.line()).append(':').append(location.column());
    }
    return line.append(": error: ");
  }

  /** An output or internal failure: exit code 3. */
  void failure(String message, Throwable cause) {
    String hint =
        cause != null && !verbose ? " (run again with --verbose to see the stack trace)" : "";
    error(Minutes4jCli.FAILURE, "error: " + message + hint, cause);
  }

  /**
   * A failure of the file system that the message explains (such as "permission denied" or
   * "read-only file system"): no stack trace is offered, as it would add nothing.
   */
  void fileFailure(String message) {
    error(Minutes4jCli.FAILURE, "error: " + message, null);
  }

  /** A provider that failed to load; not an error unless the command needs it. */
  synchronized void warnAbout(FormatRegistry<?> registry) {
    for (ProviderFailure failure : registry.failures()) {
      print("warning: " + failure.description(), verbose ? failure.cause() : null);
    }
  }

  /** A problem that does not fail the command, in a file: exit code unchanged. */
  void warning(String file, String message) {
    progress(file + ": warning: " + message);
  }

  /** A line of progress or of the summary: exit code unchanged. */
  synchronized void progress(String line) {
    print(line, null);
  }

  /**
   * Draws the status line, replacing the one drawn before: only for a terminal, which the
   * carriage return takes back to the start of the line. The line must fit the terminal's width.
   */
  synchronized void status(String line) {
    status = line;
    err.print(ERASE_LINE + line);
    err.flush();
  }

  /** Erases the status line, if one is drawn, and draws none until {@link #status} again. */
  synchronized void clearStatus() {
    if (!status.isEmpty()) {
      status = "";
      err.print(ERASE_LINE);
      err.flush();
    }
  }

  private synchronized void error(int code, String message, Throwable cause) {
    exitCode = Math.max(exitCode, code);
    print(message, verbose ? cause : null);
  }

  private void print(String message, Throwable trace) {
    if (!status.isEmpty()) {
      err.print(ERASE_LINE);
    }
    err.println(message);
    if (trace != null) {
      trace.printStackTrace(err);
    }
    if (!status.isEmpty()) {
      err.print(status);
    }
    err.flush();
  }
}
