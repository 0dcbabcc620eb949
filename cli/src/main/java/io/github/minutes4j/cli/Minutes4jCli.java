package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.MinutesValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code minutes4j} command-line tool: {@code render}, {@code validate} and {@code formats}.
 *
 * <p>{@link #main} runs it as a program, with the exporters and readers that {@link
 * java.util.ServiceLoader} finds and the process's standard streams, and exits with the code
 * that {@link #execute} returns. To run it inside another program or a test, configure an
 * instance and call {@link #execute}: it never calls {@link System#exit}.
 *
 * <pre>{@code
 * int code = Minutes4jCli.withFormats(FormatRegistry.exporters().with(myExporter),
 *         FormatRegistry.readers())
 *     .withStreams(in, out, err)
 *     .execute("render", "minutes.json", "--format", "html", "--out", "site");
 * }</pre>
 *
 * <p>Exit codes: {@link #OK}, {@link #INVALID_INPUT}, {@link #USAGE}, {@link #FAILURE}. Instances
 * are immutable; {@code with...} methods return copies. An instance is not meant to execute two
 * commands at once on the same streams.
 *
 * @since 0.1.0
 */
public final class Minutes4jCli {

  /** Exit code 0: success. */
  public static final int OK = 0;

  /**
   * Exit code 1: invalid input. A file is missing, unreadable or malformed, or describes minutes
   * that are not valid; nothing was written ({@code render --keep-going}: nothing of the inputs
   * that failed).
   */
  public static final int INVALID_INPUT = 1;

  /**
   * Exit code 2: usage error. An unknown command, option, format or language, a missing argument,
   * no reader for a file name, or a {@code --font} file that is missing or not a usable TrueType
   * font; nothing was read or written.
   */
  public static final int USAGE = 2;

  /**
   * Exit code 3: output or internal failure. An output could not be written, or an exporter,
   * reader or provider failed; the output folder is as it was ({@code render --keep-going}: but
   * for the inputs rendered).
   */
  public static final int FAILURE = 3;

  private final Supplier<FormatRegistry<MinutesExporter>> exporters;
  private final Supplier<FormatRegistry<MinutesReader>> readers;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Charset textEncoding;
  private final boolean processStreams;

  private Minutes4jCli(
      Supplier<FormatRegistry<MinutesExporter>> exporters,
      Supplier<FormatRegistry<MinutesReader>> readers,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Charset textEncoding,
      boolean processStreams) {
    this.exporters = exporters;
    this.readers = readers;
    this.in = in;
    this.out = out;
    this.err = err;
    this.textEncoding = textEncoding;
    this.processStreams = processStreams;
  }

  /**
   * The tool with the exporters and readers that {@link FormatRegistry#exporters()} and {@link
   * FormatRegistry#readers()} find when a command first needs them, on the process's standard
   * streams, writing messages in the console's encoding.
   *
   * @return the tool; never null
   */
  public static Minutes4jCli withDiscoveredFormats() {
    return new Minutes4jCli(
        FormatRegistry::exporters,
        FormatRegistry::readers,
        System.in,
        System.out,
        System.err,
        consoleEncoding(),
        true);
  }

  /**
   * The tool with the given exporters and readers only, on the process's standard streams.
   *
   * @param exporters the exporters, such as {@code FormatRegistry.exporters().with(custom)}
   * @param readers the readers
   * @return the tool; never null
   * @throws NullPointerException if an argument is null
   */
  public static Minutes4jCli withFormats(
      FormatRegistry<MinutesExporter> exporters, FormatRegistry<MinutesReader> readers) {
    Objects.requireNonNull(exporters, "exporters");
    Objects.requireNonNull(readers, "readers");
    return new Minutes4jCli(
        () -> exporters,
        () -> readers,
        System.in,
        System.out,
        System.err,
        consoleEncoding(),
        true);
  }

  /**
   * This tool on other streams, writing messages in UTF-8.
   *
   * @param in what {@code -} reads
   * @param out where {@code --out -} writes its bytes, and listings and help go
   * @param err where errors, warnings and progress go
   * @return a copy; never null
   * @throws NullPointerException if an argument is null
   */
  public Minutes4jCli withStreams(InputStream in, PrintStream out, PrintStream err) {
    return new Minutes4jCli(
        exporters,
        readers,
        Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(out, "out"),
        Objects.requireNonNull(err, "err"),
        StandardCharsets.UTF_8,
        false);
  }

  /**
   * Runs one command.
   *
   * @param args the arguments, such as {@code render minutes.json --format pdf --out out}
   * @return the exit code: {@link #OK}, {@link #INVALID_INPUT}, {@link #USAGE} or {@link
   *     #FAILURE}
   * @throws NullPointerException if {@code args} or an argument is null
   */
  public int execute(String... args) {
    for (String arg : Objects.requireNonNull(args, "args")) {
      Objects.requireNonNull(arg, "an argument is null");
    }
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, textEncoding), true);
    PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, textEncoding), true);
    boolean errIsTerminal = processStreams && standardErrorIsTerminal();
    Environment environment =
        new Environment(
            memoize(exporters),
            memoize(readers),
            in,
            out,
            text,
            errors,
            errIsTerminal,
            Progress.terminalWidth(System.getenv("COLUMNS")));
    CommandLine line = new CommandLine(new RootCommand());
    line.addSubcommand("render", new RenderCommand(environment));
    line.addSubcommand("validate", new ValidateCommand(environment));
    line.addSubcommand("formats", new FormatsCommand(environment));
    line.addSubcommand("help", new CommandLine.HelpCommand());
    // Set after the subcommands are added, so that these reach them too.
    line.setOut(text);
    line.setErr(errors);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setParameterExceptionHandler(Minutes4jCli::usageError);
    line.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          // Commands report their own failures; this is for what none of them foresaw.
          PrintWriter commandErr = command.getErr();
          commandErr.println("error: internal failure: " + exception);
          if (parseResult.originalArgs().contains("--verbose")) {
            exception.printStackTrace(commandErr);
          } else {
            commandErr.println("Run again with --verbose to see the stack trace.");
          }
          commandErr.flush();
          return FAILURE;
        });
    try {
      return line.execute(args);
    } finally {
      text.flush();
      errors.flush();
    }
  }

  private static int usageError(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    List<String> unmatched = command.getUnmatchedArguments();
    // picocli checks the required options and parameters before it refuses the arguments it could
    // not match: a mistyped --format would read "Missing required option: '--format'".
    ParameterException shown =
        exception instanceof UnmatchedArgumentException || unmatched.isEmpty()
            ? exception
            : new UnmatchedArgumentException(command, unmatched);
    err.println("error: " + choicesAsTyped(shown.getMessage()));
    UnmatchedArgumentException.printSuggestions(shown, err);
    for (String argument : unmatched) {
      if (argument.startsWith("-") && !argument.equals("-") && exists(argument)) {
        err.println(
            "'" + argument + "' is read as an option; to name the file, write ./" + argument
                + ", or -- before the files");
      }
    }
    err.println(
        "Run '"
            + command.getCommandSpec().qualifiedName()
            + " --help' for the options and exit codes.");
    err.flush();
    return USAGE;
  }

  private static boolean exists(String argument) {
    try {
      return Files.exists(Paths.get(argument));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static final Pattern CHOICES =
      Pattern.compile("expected one of \\[([A-Za-z0-9_, ]+)\\] \\(case-insensitive\\)");

  /**
   * Picocli's refusal of a value with the choices as the help and the user write them, {@code
   * expected one of a4, letter}, not as the enum's constants, {@code [A4, LETTER]
   * (case-insensitive)}.
   */
  static String choicesAsTyped(String message) {
    Matcher choices = CHOICES.matcher(message);
    return choices.find()
        ? choices.replaceFirst(Matcher.quoteReplacement("expected one of "
            + choices.group(1).toLowerCase(Locale.ROOT).replace('_', '-')))
        : message;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String... args) {
    quietLibraryLogging(args);
    prepareValidation(args);
    System.exit(withDiscoveredFormats().execute(args));
  }

  /**
   * For {@code render} and {@code validate}, which validate every input, starts building the
   * shared validator on a thread of its own, and returns that thread. Building it (reading the
   * model's constraints; Hibernate Validator starts later, and only for an input with a violation)
   * is a one-time cost of a run, and the first input waits for it: built meanwhile, it overlaps
   * the reading of the command line, the formats' discovery and the walk of the folders, on the
   * core that is idle then. In a batch on several cores the jobs' first inputs would otherwise
   * all wait for the one that builds it. A failure is reported by the first input that needs the
   * validator; Java 17 then tells only that the class could not be initialized, so with {@code
   * --verbose} this thread prints the cause to standard error. A daemon thread: it never keeps the
   * process alive.
   *
   * @return the thread, or empty for other commands
   */
  static Optional<Thread> prepareValidation(String[] args) {
    if (args.length == 0 || !(args[0].equals("render") || args[0].equals("validate"))) {
      return Optional.empty();
    }
    boolean verbose = Arrays.asList(args).contains("--verbose");
    Thread thread =
        new Thread(
            () -> {
              try {
                MinutesValidator.shared();
              } catch (RuntimeException | LinkageError e) {
                if (verbose) {
                  System.err.println("error: cannot build the validator:");
                  e.printStackTrace();
                }
              }
            },
            "minutes4j-prepare");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(thread);
  }

  /**
   * The loggers of PDFBox and FontBox, held here so that the level set on them stays (the log
   * manager holds a logger only weakly).
   */
  private static final List<Logger> PDF_LIBRARY_LOGGERS =
      List.of(Logger.getLogger("org.apache.fontbox"), Logger.getLogger("org.apache.pdfbox"));

  /**
   * Keeps libraries that log to java.util.logging at INFO, such as Hibernate Validator's banner,
   * off standard error, unless {@code --verbose}; and PDFBox's and FontBox's warnings too, such as
   * the twenty lines of "Skip table ... which goes past the file size" of a cut-short {@code
   * --font} file, whose problem the tool reports itself in one line. The root logger is held by the
   * log manager, so the level stays.
   */
  static void quietLibraryLogging(String[] args) {
    for (String arg : args) {
      if (arg.equals("--verbose")) {
        return;
      }
    }
    Logger.getLogger("").setLevel(Level.WARNING);
    for (Logger logger : PDF_LIBRARY_LOGGERS) {
      logger.setLevel(Level.SEVERE);
    }
  }

  /**
   * Whether the process's standard error is a terminal. Java 17 cannot ask for standard error
   * alone ({@link System#console()} is about standard input and output), so: on Linux, what
   * {@code /proc/self/fd/2} links to; elsewhere, whether there is a console at all. Never with
   * {@code TERM=dumb}, which cannot redraw a line.
   */
  private static boolean standardErrorIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path descriptor = Paths.get("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(descriptor).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return !Files.exists(descriptor) && System.console() != null;
    }
  }

  private static Charset consoleEncoding() {
    String name = System.getProperty("sun.stdout.encoding");
    if (name != null) {
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // An encoding this JVM does not know: fall back to the default.
      }
    }
    return Charset.defaultCharset();
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = Objects.requireNonNull(supplier.get(), "registry");
        }
        return value;
      }
    };
  }
}
