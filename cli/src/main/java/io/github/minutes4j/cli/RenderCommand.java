package io.github.minutes4j.cli;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.PageSize;
import io.github.minutes4j.core.format.UnknownFormatException;
import io.github.minutes4j.core.format.UnknownItemsException;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.text.LabelResolution;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code render}: reads the inputs, files and the files in folders, and writes each in every
 * format, on several threads. Each output is written completely to a temporary file first and
 * then moved into place. Without {@code --keep-going}, all outputs are moved at the end and the
 * first failure leaves the output folder as it was; with it, each input's outputs are moved when
 * all of them are written, and failing inputs are reported and passed over.
 */
@Command(
    name = "render",
    sortOptions = false,
    header = "Writes minutes in one or more formats, all outputs or none.",
    description = {
      "Reads each FILE (by its extension: .json, or any other installed reader) or standard input"
          + " (-, as JSON), and writes it in each format to DIR as NAME.EXTENSION, such as"
          + " minutes-2022-06-02.pdf. A FOLDER gives every file in it and its subfolders that an"
          + " installed reader handles (or that --include selects), leaving out hidden files and"
          + " DIR; each is written to the same subfolder of DIR.",
      "Each output is written to a hidden temporary file and moved into place when complete."
          + " Without --keep-going, everything is moved at the end and the first failing input or"
          + " output stops the run: nothing in DIR changes. With --keep-going, each input's"
          + " outputs are moved when all of them are written, so each input is all or nothing;"
          + " failing inputs are reported with their place and passed over.",
      "Several inputs render at once (--jobs). On a terminal, a progress bar shows the count, the"
          + " rate and the time left; elsewhere, a line per input. A summary ends a batch.",
      ""
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK_LINE,
      ExitCodes.INVALID_INPUT_LINE,
      ExitCodes.USAGE_LINE,
      ExitCodes.FAILURE_LINE
    })
final class RenderCommand implements Callable<Integer> {

  private final Environment environment;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|FOLDER",
      description = "Minutes to render, folders of them, or - for standard input.")
  List<String> files = List.of();

  @Option(
      names = {"-f", "--format"},
      required = true,
      split = ",",
      paramLabel = "ID",
      description =
          "Formats to write, separated by commas, such as pdf,html,json."
              + " 'minutes4j formats' lists the installed ones.")
  List<String> formats = List.of();

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description =
          "Folder to write into, created if missing; or - to write the one output to standard"
              + " output.")
  String out = "";

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      converter = LanguageConverter.class,
      description =
          "Language of labels and dates, any BCP 47 tag (sv, sv-SE, fi, nb, da, de, en...);"
              + " a region sets the conventions of dates (en-US: June 2, 2022; en-GB: 2 June"
              + " 2022); labels it lacks are English. Default: the language of the minutes.")
  Optional<Language> language = Optional.empty();

  @Option(
      names = "--without-participants",
      description = "Leave out the participant list, such as for a page published on the web.")
  boolean withoutParticipants;

  @Option(
      names = "--extract",
      split = ",",
      paramLabel = "NUMBER",
      description =
          "Write an extract (protokollsutdrag) of the items with these numbers, as the minutes show"
              + " them, separated by commas, such as '§ 113,§ 115' or 113,115: the header, the"
              + " chosen items, the adjustment and a line to attest it on. For the formats people"
              + " read (html, pdf, ...), not for data formats such as json. Items the minutes do"
              + " not have are an error that names them.")
  List<String> extract = List.of();

  @Option(
      names = "--page-size",
      paramLabel = "a4|letter",
      defaultValue = "a4",
      description = "Paper size of paged formats such as PDF. Default: ${DEFAULT-VALUE}.")
  PageSize pageSize = PageSize.A4;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "In folders, render only the files that match, such as '*.json' or '2022/**'; repeat for"
              + " more. A pattern without / matches the file name, one with / the path inside the"
              + " folder ('2022/' and './2022/**' mean '2022/**'). Default: every file an"
              + " installed reader handles.")
  List<String> includes = List.of();

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Inputs to render at once. Default: the number of processors (${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-k", "--keep-going"},
      description =
          "Go on past inputs that are invalid or fail: keep each input whose outputs were all"
              + " written, report the others, and exit with the most severe code.")
  boolean keepGoing;

  @Option(
      names = "--progress",
      paramLabel = "auto|bar|lines|none",
      defaultValue = "auto",
      description =
          "How a batch shows progress on standard error: a bar redrawn in place, a line per"
              + " input, or nothing. Default: ${DEFAULT-VALUE} (a bar on a terminal, else lines).")
  Progress.Mode progress = Progress.Mode.AUTO;

  @Option(
      names = "--embed-source",
      description =
          "Write each PDF as an archive copy: PDF/A-3u with the minutes' JSON inside, from which"
              + " minutes4j reads the minutes back (render archive.pdf --format json). Without it,"
              + " and for an --extract, which leaves items out, a PDF is PDF/A-2u and holds no"
              + " data.")
  boolean embedSource;

  @Mixin FontOption fonts = new FontOption();

  @Mixin CommonOptions common = new CommonOptions();

  RenderCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    Report report = new Report(environment.err(), common.verbose);
    if (!common.listsNameValues(report) || !fonts.appliesTo(formats, embedSource, report)) {
      return report.exitCode();
    }
    Optional<Environment.Formats> installed = environment.formats(report, fonts, embedSource);
    if (installed.isEmpty()) {
      return report.exitCode();
    }
    FormatRegistry<MinutesReader> readers = installed.get().readers();

    Optional<List<MinutesExporter>> chosen =
        chooseExporters(formats, installed.get().exporters(), report);
    if (chosen.isEmpty() || !appliesToAFormat(chosen.get(), report)) {
      return report.exitCode();
    }
    if (jobs < 1) {
      report.usage("--jobs must be at least 1, but is " + jobs);
      return report.exitCode();
    }
    boolean toStandardOutput = out.equals("-");
    Optional<Path> folder = toStandardOutput ? Optional.empty() : outputFolder(report);
    if (!toStandardOutput && folder.isEmpty()) {
      return report.exitCode();
    }
    Optional<FolderInputs> folders = FolderInputs.of(includes, folder, report);
    if (folders.isEmpty()) {
      return report.exitCode();
    }
    Optional<List<Input>> inputs = Input.resolve(files, readers, folders.get(), report);
    if (inputs.isEmpty()) {
      return report.exitCode();
    }
    if (report.failed() && !keepGoing) {
      // A folder could not be listed.
      return nothingWritten(report);
    }
    int outputs = inputs.get().size() * chosen.get().size();
    if (toStandardOutput && outputs != 1) {
      report.usage(
          "--out - writes one output to standard output, but "
              + outputs
              + " were asked for ("
              + inputs.get().size()
              + (inputs.get().size() == 1 ? " input" : " inputs")
              + " in "
              + chosen.get().size()
              + (chosen.get().size() == 1 ? " format" : " formats")
              + "); name a folder with --out instead");
      return report.exitCode();
    }

    Optional<ExportOptions> extractOptions = extractOptions(chosen.get(), report);
    if (extractOptions.isEmpty()) {
      return report.exitCode();
    }
    ExportOptions options =
        extractOptions.get().withParticipants(!withoutParticipants).withPageSize(pageSize);
    if (language.isPresent()) {
      options = options.withLanguage(language.get());
    }
    if (toStandardOutput) {
      Input input = inputs.get().get(0);
      Optional<Minutes> minutes = input.read(environment.in(), report);
      if (minutes.isEmpty() || !hasExtractedItems(input, minutes.get(), options, report)) {
        return report.exitCode();
      }
      noteLabelFallback(input, minutes.get(), options, report);
      return writeToStandardOutput(input, minutes.get(), chosen.get().get(0), options, report);
    }

    // Standard input is read first: the names of its outputs depend on the minutes.
    Optional<Minutes> fromStandardInput = Optional.empty();
    List<Input> toRender = new ArrayList<>(inputs.get());
    // A folder that could not be listed failed, with --keep-going, before the batch.
    List<String> failedBefore = new ArrayList<>(folders.get().unreadable());
    for (Input input : inputs.get()) {
      if (input.path().isEmpty()) {
        fromStandardInput = input.read(environment.in(), report);
        if (fromStandardInput.isEmpty()) {
          if (!keepGoing) {
            return nothingWritten(report);
          }
          toRender.remove(input);
          failedBefore.add(input.name());
        }
      }
    }
    Optional<List<Batch.Job>> planned =
        plan(toRender, fromStandardInput, chosen.get(), folder.get(), folders.get(), report);
    if (planned.isEmpty()) {
      return nothingWritten(report);
    }
    folders.get().leaveOutOutputs(
        planned.get().stream()
            .flatMap(job -> job.outputs().stream())
            .map(output -> output.target().toAbsolutePath().normalize())
            .collect(Collectors.toSet()));
    Progress.Mode mode = progress;
    if (outputs == 1) {
      mode = Progress.Mode.NONE;
    } else if (mode == Progress.Mode.AUTO) {
      mode = environment.errIsTerminal() ? Progress.Mode.BAR : Progress.Mode.LINES;
    }
    boolean batch = inputs.get().size() > 1 || folders.get().anyFolder();
    // The files that are outputs of an earlier run are not among the jobs, nor counted.
    Batch run =
        new Batch(
            planned.get(),
            planned.get().size() + failedBefore.size(),
            environment.in(),
            options,
            keepGoing,
            report,
            folders.get());
    return run.run(
        folder.get(),
        Math.max(1, Math.min(jobs, planned.get().size())),
        mode,
        environment.terminalWidth(),
        batch,
        failedBefore);
  }

  /**
   * The exporters of the format ids, each once, in the order given; empty, with a usage error
   * reported, if an id is blank or not installed.
   */
  static Optional<List<MinutesExporter>> chooseExporters(
      List<String> formats, FormatRegistry<MinutesExporter> exporters, Report report) {
    List<MinutesExporter> chosen = new ArrayList<>();
    for (String id : formats) {
      if (id.isBlank()) {
        report.usage("--format has an empty format id; separate ids with single commas");
        return Optional.empty();
      }
      MinutesExporter exporter;
      try {
        exporter = exporters.byId(id);
      } catch (UnknownFormatException e) {
        report.usage(
            e.getMessage()
                + " Run 'minutes4j formats' to list the installed formats and where they come"
                + " from.");
        return Optional.empty();
      }
      if (!chosen.contains(exporter)) {
        chosen.add(exporter);
      }
    }
    return Optional.of(chosen);
  }

  /**
   * The default options with the extract asked for, if any; empty, with a usage error reported,
   * if a number is blank or a chosen format writes data rather than a document to read.
   */
  private Optional<ExportOptions> extractOptions(List<MinutesExporter> exporters, Report report) {
    if (extract.isEmpty()) {
      return Optional.of(ExportOptions.defaults());
    }
    for (MinutesExporter exporter : exporters) {
      if (writesData(exporter)) {
        report.usage(
            "--extract makes a document for people to read, but the "
                + exporter.format().id()
                + " format writes the whole minutes as data; render "
                + exporter.format().id()
                + " without --extract");
        return Optional.empty();
      }
    }
    try {
      return Optional.of(ExportOptions.defaults().withExtract(extract));
    } catch (IllegalArgumentException e) {
      report.usage("--extract has an empty item number; separate the numbers with single commas");
      return Optional.empty();
    }
  }

  /**
   * Whether an exporter writes the minutes as data (JSON) rather than as a document for people to
   * read, to which the options of labels, paper and extracts do not apply.
   */
  private static boolean writesData(MinutesExporter exporter) {
    String mediaType = exporter.format().mediaTypeWithoutParameters();
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /**
   * Whether {@code --lang} and {@code --page-size}, where given, apply to a format chosen: not if
   * every one writes data, which has neither labels nor pages; they would be ignored, which is a
   * usage error, reported, as {@code --extract} with a data format is.
   */
  private boolean appliesToAFormat(List<MinutesExporter> exporters, Report report) {
    if (!exporters.stream().allMatch(RenderCommand::writesData)) {
      return true;
    }
    List<String> ids = exporters.stream().map(e -> e.format().id()).collect(Collectors.toList());
    String data =
        "the " + String.join(" and ", ids) + (ids.size() == 1 ? " format writes" : " formats write")
            + " the minutes as data";
    if (language.isPresent()) {
      report.usage("--lang sets the language of labels and dates, but " + data
          + ", in their own language; leave out --lang, or add a format people read (html, pdf)");
      return false;
    }
    if (common.given("--page-size")) {
      report.usage("--page-size sets the paper of formats people read (html, pdf), but " + data
          + "; leave out --page-size, or add a format people read");
      return false;
    }
    return true;
  }

  /**
   * Whether the minutes have every item of the options' extract; if not, reports the input as
   * invalid with the numbers it lacks and those it has.
   */
  static boolean hasExtractedItems(
      Input input, Minutes minutes, ExportOptions options, Report report) {
    try {
      options.extractedItems(minutes);
      return true;
    } catch (UnknownItemsException e) {
      report.invalidInput(input.name(), e.getMessage() + "; check --extract");
      return false;
    }
  }

  /**
   * Notes on standard error, in one line, that the labels of the document fall back to another
   * language's set (an unshipped language, or labels a provided set lacks).
   */
  static void noteLabelFallback(
      Input input, Minutes minutes, ExportOptions options, Report report) {
    LabelResolution labels = options.labelsFor(minutes).resolution();
    if (labels.fallbackUsed()) {
      report.progress("note: " + input.name() + ": " + labels.describe());
    }
  }

  private Optional<Path> outputFolder(Report report) {
    if (out.isBlank()) {
      report.usage("--out is empty; name a folder, such as . for the current one, or - for"
          + " standard output");
      return Optional.empty();
    }
    Path folder;
    try {
      folder = Paths.get(out);
    } catch (InvalidPathException e) {
      report.usage("--out " + out + " is not a valid folder name: " + e.getReason());
      return Optional.empty();
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      report.usage("--out " + out + " is a file; name a folder, or - for standard output");
      return Optional.empty();
    }
    for (Path above = folder.getParent(); above != null; above = above.getParent()) {
      if (Files.exists(above) && !Files.isDirectory(above)) {
        report.usage("--out " + out + ": " + above + " is a file, not a folder; name a folder, or -"
            + " for standard output");
        return Optional.empty();
      }
    }
    return Optional.of(folder);
  }

  /**
   * Names every output of every input, refusing two outputs of one name and an output that is an
   * input, before anything is read (but standard input, read already). A file found in a folder
   * that another input's output would replace is that output, written by an earlier run (with
   * {@code --out} naming the input folder, {@code minutes.pdf} beside {@code minutes.json}): it is
   * left out, not read.
   */
  private static Optional<List<Batch.Job>> plan(
      List<Input> found,
      Optional<Minutes> fromStandardInput,
      List<MinutesExporter> exporters,
      Path folder,
      FolderInputs folders,
      Report report) {
    List<Input> notEarlierOutputs =
        withoutEarlierOutputs(found, Outputs.of(found, fromStandardInput, exporters, folder));
    List<Input> inputs =
        withoutFilesHoldingNoMinutes(
            notEarlierOutputs,
            Outputs.of(notEarlierOutputs, fromStandardInput, exporters, folder),
            folders);
    Set<Path> inputFiles = new HashSet<>();
    for (Input input : inputs) {
      if (input.path().isPresent()) {
        inputFiles.add(input.path().get().toAbsolutePath().normalize());
        try {
          inputFiles.add(input.path().get().toRealPath());
        } catch (IOException e) {
          // Missing or unreadable: reading it says so; it cannot be overwritten through a link.
        }
      }
    }
    List<Batch.Job> jobs = new ArrayList<>();
    Map<Path, Input> claimed = new HashMap<>();
    for (Input input : inputs) {
      List<Batch.Output> outputs = new ArrayList<>();
      for (MinutesExporter exporter : exporters) {
        Path target = target(input, fromStandardInput, exporter, folder);
        Path key = target.toAbsolutePath().normalize();
        Input previous = claimed.putIfAbsent(key, input);
        if (previous != null) {
          report.usage(
              previous.name()
                  + " and "
                  + input.name()
                  + " would both be written to "
                  + target
                  + (previous.found()
                          && input.found()
                          && !previous.extension().equals(input.extension())
                      ? "; render one of them: choose it with --include, such as --include '*."
                          + previous.extension()
                          + "', or rename the other"
                      : "; rename one of them, or render them into different folders"));
          return Optional.empty();
        }
        if (isAnInput(key, inputFiles)) {
          report.usage(
              target
                  + " is also an input, and rendering would overwrite it; choose another --out"
                  + " folder");
          return Optional.empty();
        }
        outputs.add(new Batch.Output(exporter, target));
      }
      jobs.add(
          new Batch.Job(
              input,
              input.path().isEmpty() ? fromStandardInput : Optional.empty(),
              List.copyOf(outputs)));
    }
    return Optional.of(jobs);
  }

  /** Where an input's output in one format goes. */
  private static Path target(
      Input input, Optional<Minutes> fromStandardInput, MinutesExporter exporter, Path folder) {
    String stem = input.fileStem().orElseGet(() -> input.stem(fromStandardInput.orElseThrow()));
    return folder.resolve(input.subfolder()).resolve(stem + "." + exporter.format().fileExtension());
  }

  /**
   * Where the inputs' outputs go, as absolute, normal paths: each input's, and who writes each
   * path (an input once per format that writes it there).
   */
  private record Outputs(Map<Input, Set<Path>> targets, Map<Path, List<Input>> writers) {

    static Outputs of(
        List<Input> inputs,
        Optional<Minutes> fromStandardInput,
        List<MinutesExporter> exporters,
        Path folder) {
      Map<Input, Set<Path>> targets = new HashMap<>();
      Map<Path, List<Input>> writers = new HashMap<>();
      for (Input input : inputs) {
        Set<Path> own = new HashSet<>();
        for (MinutesExporter exporter : exporters) {
          Path target =
              target(input, fromStandardInput, exporter, folder).toAbsolutePath().normalize();
          own.add(target);
          writers.computeIfAbsent(target, t -> new ArrayList<>()).add(input);
        }
        targets.put(input, own);
      }
      return new Outputs(targets, writers);
    }
  }

  /**
   * The inputs without the files found in folders that another input's output would replace,
   * unless that input's file is an output of theirs in turn (such as {@code a.json} and {@code
   * a.pdf} rendered to json and pdf into their folder): then neither is left out, and the output
   * that is an input is refused.
   */
  private static List<Input> withoutEarlierOutputs(List<Input> inputs, Outputs outputs) {
    List<Input> kept = new ArrayList<>();
    for (Input input : inputs) {
      Optional<Path> file =
          input.found() ? input.path().map(p -> p.toAbsolutePath().normalize()) : Optional.empty();
      boolean earlierOutput =
          file.isPresent()
              && outputs.writers().getOrDefault(file.get(), List.of()).stream()
                  .anyMatch(other -> other != input
                      && other.path()
                          .map(p -> !outputs.targets().get(input)
                              .contains(p.toAbsolutePath().normalize()))
                          .orElse(true));
      if (!earlierOutput) {
        kept.add(input);
      }
    }
    return kept;
  }

  /**
   * The inputs without the files found in folders that hold no minutes (a plain PDF beside the
   * JSON it was rendered from), which are skipped in {@code folders}. Only a file whose output
   * another input's would meet is read to find out; the others are skipped when they are read.
   */
  private static List<Input> withoutFilesHoldingNoMinutes(
      List<Input> inputs, Outputs outputs, FolderInputs folders) {
    List<Input> kept = new ArrayList<>();
    for (Input input : inputs) {
      boolean meetsAnother =
          outputs.targets().get(input).stream()
              .anyMatch(target -> outputs.writers().get(target).size() > 1);
      if (meetsAnother && input.holdsNoMinutes()) {
        folders.skipWithoutMinutes(input);
      } else {
        kept.add(input);
      }
    }
    return kept;
  }

  private static boolean isAnInput(Path target, Set<Path> inputFiles) {
    if (inputFiles.contains(target)) {
      return true;
    }
    try {
      return Files.exists(target) && inputFiles.contains(target.toRealPath());
    } catch (IOException e) {
      // Cannot resolve: the target is not an input that was read through this name.
      return false;
    }
  }

  private int writeToStandardOutput(
      Input input, Minutes minutes, MinutesExporter exporter, ExportOptions options, Report report) {
    // Buffered whole, so that a failing export writes nothing rather than part of a file.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    try {
      exporter.export(minutes, options, buffer);
    } catch (InvalidMinutesException e) {
      report.invalid(input.name(), e);
      return report.exitCode();
    } catch (Minutes4jException e) {
      refused(report, exporter, input, e);
      return report.exitCode();
    } catch (IOException e) {
      report.failure("cannot write the " + exporter.format().id() + " output: " + e, e);
      return report.exitCode();
    } catch (RuntimeException | LinkageError e) {
      report.failure(exporterFailed(exporter, input, e), e);
      return report.exitCode();
    }
    environment.text().flush();
    environment.out().write(buffer.toByteArray(), 0, buffer.size());
    environment.out().flush();
    if (environment.out().checkError()) {
      report.failure("cannot write to standard output (is the pipe closed?)", null);
    }
    return report.exitCode();
  }

  static String exporterFailed(MinutesExporter exporter, Input input, Throwable e) {
    return "the "
        + exporter.format().id()
        + " exporter "
        + FormatRegistry.origin(exporter)
        + " failed on "
        + input.name()
        + ": "
        + e
        + "; this is a bug in the exporter, please report it";
  }

  /**
   * An exporter's own refusal of these minutes (such as the PDF's fonts lacking a character): a
   * problem of the input, which its message names with the fix, and not a failure of the tool.
   */
  static void refused(Report report, MinutesExporter exporter, Input input, Minutes4jException e) {
    refused(report, exporter, input, FontOption.refusal(e));
  }

  /** An exporter's refusal, as {@link FontOption#refusal} words it for the tool's user. */
  static void refused(Report report, MinutesExporter exporter, Input input, String refusal) {
    report.invalidInput(input.name(), refusedBy(exporter, refusal));
  }

  /** Says which exporter refuses an input, and why. */
  static String refusedBy(MinutesExporter exporter, String refusal) {
    return "the " + exporter.format().id() + " exporter refuses it: " + refusal;
  }

  private static int nothingWritten(Report report) {
    report.progress(Batch.NOTHING_WRITTEN);
    return report.exitCode();
  }

  /** Converts {@code --lang} with the message of {@link Language#ofTag}. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.ofTag(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
