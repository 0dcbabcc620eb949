package io.github.minutes4j.cli;

import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.ExportOptions;
import io.github.minutes4j.core.spi.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.spi.PageSize;
import io.github.minutes4j.core.spi.ProviderConfigurationException;
import io.github.minutes4j.core.spi.UnknownFormatException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code render}: reads every input, and only if all are valid, writes every output, each
 * completely to a temporary file first and then moved into place, so that the output folder
 * either gets every file or stays as it was.
 */
@Command(
    name = "render",
    sortOptions = false,
    header = "Writes minutes in one or more formats, all outputs or none.",
    description = {
      "Reads each FILE (by its extension: .json, or any other installed reader) or standard input"
          + " (-, as JSON), and writes it in each format to DIR as NAME.EXTENSION, such as"
          + " minutes-2022-06-02.pdf.",
      "Every input is read and validated before anything is written. Each output is written to a"
          + " hidden temporary file in DIR and moved into place when complete; if any input or"
          + " output fails, nothing in DIR changes.",
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
      paramLabel = "FILE",
      description = "Minutes to render, or - for standard input.")
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
              + " labels it lacks are English. Default: the language of the minutes.")
  Optional<Language> language = Optional.empty();

  @Option(
      names = "--without-participants",
      description = "Leave out the participant list, such as for a page published on the web.")
  boolean withoutParticipants;

  @Option(
      names = "--page-size",
      paramLabel = "a4|letter",
      defaultValue = "a4",
      description = "Paper size of paged formats such as PDF. Default: ${DEFAULT-VALUE}.")
  PageSize pageSize = PageSize.A4;

  @Mixin CommonOptions common = new CommonOptions();

  RenderCommand(Environment environment) {
    this.environment = environment;
  }

  /** One file to write: which minutes, in which format, where. */
  private static final class Output {
    final Input input;
    final Minutes minutes;
    final MinutesExporter exporter;
    final Path target;

    Output(Input input, Minutes minutes, MinutesExporter exporter, Path target) {
      this.input = input;
      this.minutes = minutes;
      this.exporter = exporter;
      this.target = target;
    }
  }

  @Override
  public Integer call() {
    Report report = new Report(environment.err(), common.verbose);
    FormatRegistry<MinutesExporter> exporters;
    FormatRegistry<MinutesReader> readers;
    try {
      exporters = environment.exporters().get();
      readers = environment.readers().get();
    } catch (ProviderConfigurationException e) {
      report.failure(e.getMessage(), e);
      return report.exitCode();
    }
    report.warnAbout(exporters);
    report.warnAbout(readers);

    Optional<List<MinutesExporter>> chosen = chooseExporters(exporters, report);
    if (chosen.isEmpty()) {
      return report.exitCode();
    }
    boolean toStandardOutput = out.equals("-");
    int outputs = files.size() * chosen.get().size();
    if (toStandardOutput && outputs != 1) {
      report.usage(
          "--out - writes one output to standard output, but "
              + outputs
              + " were asked for ("
              + files.size()
              + (files.size() == 1 ? " input" : " inputs")
              + " in "
              + chosen.get().size()
              + (chosen.get().size() == 1 ? " format" : " formats")
              + "); name a folder with --out instead");
      return report.exitCode();
    }
    Optional<Path> folder = toStandardOutput ? Optional.empty() : outputFolder(report);
    if (!toStandardOutput && folder.isEmpty()) {
      return report.exitCode();
    }
    Optional<List<Input>> inputs = Input.resolve(files, readers, report);
    if (inputs.isEmpty()) {
      return report.exitCode();
    }

    List<Minutes> documents = new ArrayList<>();
    for (Input input : inputs.get()) {
      input.read(environment.in(), report).ifPresent(documents::add);
    }
    if (report.failed()) {
      return nothingWritten(report);
    }

    ExportOptions options =
        ExportOptions.defaults().withParticipants(!withoutParticipants).withPageSize(pageSize);
    if (language.isPresent()) {
      options = options.withLanguage(language.get());
    }
    for (int i = 0; i < documents.size(); i++) {
      LabelResolution labels = options.labelsFor(documents.get(i)).resolution();
      if (labels.fallbackUsed()) {
        report.progress("note: " + inputs.get().get(i).name() + ": " + labels.describe());
      }
    }
    if (toStandardOutput) {
      return writeToStandardOutput(
          inputs.get().get(0), documents.get(0), chosen.get().get(0), options, report);
    }
    Optional<List<Output>> planned = plan(inputs.get(), documents, chosen.get(), folder.get(), report);
    if (planned.isEmpty()) {
      return nothingWritten(report);
    }
    return write(planned.get(), folder.get(), options, report);
  }

  private Optional<List<MinutesExporter>> chooseExporters(
      FormatRegistry<MinutesExporter> exporters, Report report) {
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

  private Optional<Path> outputFolder(Report report) {
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
    return Optional.of(folder);
  }

  /** Names every output, refusing two outputs of one name and an output that is an input. */
  private static Optional<List<Output>> plan(
      List<Input> inputs,
      List<Minutes> documents,
      List<MinutesExporter> exporters,
      Path folder,
      Report report) {
    List<Output> outputs = new ArrayList<>();
    Map<Path, Input> claimed = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      String stem = input.stem(documents.get(i));
      for (MinutesExporter exporter : exporters) {
        Path target = folder.resolve(stem + "." + exporter.format().fileExtension());
        Path key = target.toAbsolutePath().normalize();
        Input previous = claimed.putIfAbsent(key, input);
        if (previous != null) {
          report.usage(
              previous.name()
                  + " and "
                  + input.name()
                  + " would both be written to "
                  + target
                  + "; rename one of them, or render them into different folders");
          return Optional.empty();
        }
        if (isAnInput(key, inputs)) {
          report.usage(
              target
                  + " is also an input, and rendering would overwrite it; choose another --out"
                  + " folder");
          return Optional.empty();
        }
        outputs.add(new Output(input, documents.get(i), exporter, target));
      }
    }
    return Optional.of(outputs);
  }

  private static boolean isAnInput(Path target, List<Input> inputs) {
    for (Input input : inputs) {
      if (input.path().isEmpty()) {
        continue;
      }
      Path source = input.path().get().toAbsolutePath().normalize();
      try {
        if (source.equals(target) || (Files.exists(target) && Files.isSameFile(source, target))) {
          return true;
        }
      } catch (IOException e) {
        // Cannot compare: the read succeeded, so the input exists; assume they differ.
      }
    }
    return false;
  }

  private int write(List<Output> outputs, Path folder, ExportOptions options, Report report) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      report.failure("cannot create the output folder " + folder + ": " + e, e);
      return report.exitCode();
    }
    try (StagedFiles staged = new StagedFiles()) {
      int done = 0;
      for (Output output : outputs) {
        done++;
        if (outputs.size() > 1) {
          report.progress("[" + done + "/" + outputs.size() + "] " + output.target.getFileName());
        }
        try {
          staged.stage(output.target, out -> output.exporter.export(output.minutes, options, out));
        } catch (InvalidMinutesException e) {
          report.invalid(output.input.name(), e);
          return nothingWritten(report);
        } catch (IOException e) {
          report.failure("cannot write " + output.target + ": " + e, e);
          return nothingWritten(report);
        } catch (RuntimeException | LinkageError e) {
          report.failure(exporterFailed(output.exporter, output.input, e), e);
          return nothingWritten(report);
        }
      }
      staged.commit();
    } catch (StagedFiles.CommitException e) {
      report.failure(e.getMessage(), e);
      if (e.notRestored().isEmpty()) {
        return nothingWritten(report);
      }
    }
    return report.exitCode();
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

  private static String exporterFailed(MinutesExporter exporter, Input input, Throwable e) {
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

  private int nothingWritten(Report report) {
    environment.err().println("Nothing was written.");
    environment.err().flush();
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
