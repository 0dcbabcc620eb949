package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.UnknownFormatException;
import io.github.minutes4j.core.spi.MinutesReader;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One input: a file named on the command line or found in a folder named there, or {@code -} for
 * standard input, with the reader that reads it: chosen by the file name's extension, and JSON for
 * standard input.
 */
final class Input {

  /** The argument that names standard input. */
  static final String STANDARD_INPUT_ARGUMENT = "-";

  private static final String STANDARD_INPUT_FORMAT = "json";

  private static final Path NO_SUBFOLDER = Paths.get("");

  private final String name;
  private final Optional<Path> path;
  private final MinutesReader reader;
  private final Path subfolder;
  private final boolean found;

  private Input(
      String name, Optional<Path> path, MinutesReader reader, Path subfolder, boolean found) {
    this.name = name;
    this.path = path;
    this.reader = reader;
    this.subfolder = subfolder;
    this.found = found;
  }

  /** A file found in a folder named on the command line. */
  static Input found(String name, Path path, MinutesReader reader, Path subfolder) {
    return new Input(name, Optional.of(path), reader, subfolder, true);
  }

  /** Whether this is a file found in a folder, rather than named on the command line. */
  boolean found() {
    return found;
  }

  /**
   * The inputs of the arguments, each with its reader; a folder gives the files in it and its
   * subfolders that {@code folders} selects.
   *
   * @return the inputs, or empty if an argument is a usage error or the folders give no input,
   *     which is then reported
   */
  static Optional<List<Input>> resolve(
      List<String> arguments,
      FormatRegistry<MinutesReader> readers,
      FolderInputs folders,
      Report report) {
    List<Input> inputs = new ArrayList<>();
    boolean standardInput = false;
    for (String argument : arguments) {
      if (argument.equals(STANDARD_INPUT_ARGUMENT)) {
        if (standardInput) {
          report.usage("standard input (-) can be read only once; name it once");
          return Optional.empty();
        }
        standardInput = true;
        try {
          inputs.add(
              new Input(
                  Environment.STANDARD_INPUT,
                  Optional.empty(),
                  readers.byId(STANDARD_INPUT_FORMAT),
                  NO_SUBFOLDER,
                  false));
        } catch (UnknownFormatException e) {
          report.usage("standard input is read as JSON, but: " + e.getMessage());
          return Optional.empty();
        }
        continue;
      }
      Path path;
      try {
        path = Paths.get(argument);
      } catch (InvalidPathException e) {
        report.usage(argument + ": not a valid file name: " + e.getReason());
        return Optional.empty();
      }
      if (Files.isDirectory(path)) {
        folders.addFilesIn(argument, path, readers, inputs, report);
        continue;
      }
      try {
        inputs.add(
            new Input(
                argument, Optional.of(path), readers.byFileName(argument), NO_SUBFOLDER, false));
      } catch (UnknownFormatException e) {
        // A name without an extension that does not exist: most likely a folder's, mistyped.
        if (!Files.exists(path)
            && path.getFileName() != null
            && !path.getFileName().toString().contains(".")) {
          report.invalidInput(
              argument, "no such file or folder; check the name and the current folder");
          return Optional.empty();
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
          // A pipe or a device, such as the /dev/fd/63 of the shell's <(command): no name to fix.
          report.usage(
              argument
                  + ": a pipe or device (such as the shell's <(command)), whose name tells no"
                  + " format; give JSON on standard input instead, as -: COMMAND | minutes4j"
                  + " render - ..., or minutes4j render - ... < FILE");
          return Optional.empty();
        }
        report.usage(
            argument
                + ": cannot tell the format from the file name. "
                + e.getMessage()
                + " Rename the file to end in the extension of its format.");
        return Optional.empty();
      }
    }
    if (inputs.isEmpty() && !report.failed()) {
      // Only folders can give nothing; one that cannot be listed is reported already.
      folders.reportNoInput(report);
      return Optional.empty();
    }
    return Optional.of(distinct(inputs));
  }

  /**
   * The inputs without a path named again, as written or otherwise (overlapping globs, {@code
   * ./a.json} and {@code a.json}, or a file in a folder named too): it is read once, under the
   * name it had first. A link is another name, with outputs of its own ({@code latest.json}).
   */
  private static List<Input> distinct(List<Input> inputs) {
    List<Input> distinct = new ArrayList<>();
    Set<Path> files = new HashSet<>();
    for (Input input : inputs) {
      if (input.path().isEmpty() || files.add(input.path().get().toAbsolutePath().normalize())) {
        distinct.add(input);
      }
    }
    return List.copyOf(distinct);
  }

  /**
   * The folder, relative to the output folder, that this input's outputs go to: for a file found
   * in a folder, its folder relative to the one named; else the output folder itself.
   */
  Path subfolder() {
    return subfolder;
  }

  /** How messages name this input: the argument as given, or {@code <stdin>}. */
  String name() {
    return name;
  }

  /** The file, or empty for standard input. */
  Optional<Path> path() {
    return path;
  }

  /**
   * Reads and validates the minutes, reporting any problem.
   *
   * @return the minutes, or empty if there was a problem, which is then reported
   */
  Optional<Minutes> read(InputStream standardInput, Report report) {
    return read(standardInput, report, Optional.empty());
  }

  /**
   * Reads and validates the minutes, reporting any problem; a file found in a folder that holds
   * no minutes at all is not an input, and is skipped in {@code folders} rather than reported.
   *
   * @return the minutes, or empty if there was a problem, which is then reported, or if the file
   *     was skipped
   */
  Optional<Minutes> read(InputStream standardInput, Report report, FolderInputs folders) {
    return read(standardInput, report, Optional.of(folders));
  }

  private Optional<Minutes> read(
      InputStream standardInput, Report report, Optional<FolderInputs> folders) {
    try (InputStream in = open(standardInput)) {
      return Optional.of(reader.read(in));
    } catch (MinutesReadException e) {
      if (found && e.carriesNoMinutes() && folders.isPresent()) {
        folders.get().skipWithoutMinutes(this);
      } else {
        report.unreadable(name, e.location(), e.problem(), e);
      }
    } catch (InvalidMinutesException e) {
      report.invalid(name, e);
    } catch (NoSuchFileException e) {
      report.invalidInput(
          name,
          brokenLink()
              .or(this::otherwiseEncoded)
              .orElse("no such file; check the name and the current folder"));
    } catch (AccessDeniedException e) {
      report.invalidInput(name, "permission denied; make the file readable");
    } catch (IOException e) {
      Optional<String> link = brokenLink();
      if (link.isPresent()) {
        report.invalidInput(name, link.get());
      } else {
        report.failure(name + ": cannot read: " + e, e);
      }
    } catch (RuntimeException | LinkageError e) {
      report.failure(
          name
              + ": the "
              + reader.format().id()
              + " reader "
              + FormatRegistry.origin(reader)
              + " failed: "
              + e
              + "; this is a bug in the reader, please report it",
          e);
    }
    return Optional.empty();
  }

  /**
   * Whether this file, found in a folder, holds no minutes at all (a plain PDF): read to find out
   * before the outputs are planned, for a file whose outputs another input's would meet. Any other
   * problem is left for its reading to report.
   */
  boolean holdsNoMinutes() {
    if (!found || path.isEmpty()) {
      return false;
    }
    try (InputStream in = open(InputStream.nullInputStream())) {
      reader.read(in);
      return false;
    } catch (MinutesReadException e) {
      return e.carriesNoMinutes();
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** The file name extension of this input's format, such as {@code json}. */
  String extension() {
    return reader.format().fileExtension();
  }

  /**
   * For a symbolic link that leads to no file, what it is and the fix; empty for anything else.
   */
  private Optional<String> brokenLink() {
    if (path.isEmpty() || !Files.isSymbolicLink(path.get()) || Files.exists(path.get())) {
      return Optional.empty();
    }
    String target;
    try {
      target = Files.readSymbolicLink(path.get()).toString();
    } catch (IOException e) {
      target = "?";
    }
    return Optional.of("a symbolic link to " + target + " that leads to no file (the file is"
        + " missing, or the links go round in a loop); fix or remove the link");
  }

  /**
   * For a file that is missing under its name, the file in its folder whose name differs only in
   * how its accented letters are encoded (as macOS writes names, NFD: o and a combining
   * diaeresis, where a keyboard elsewhere types ö), with the fix; empty if there is none.
   */
  private Optional<String> otherwiseEncoded() {
    if (path.isEmpty() || path.get().getFileName() == null) {
      return Optional.empty();
    }
    String wanted = FolderInputs.composed(path.get().getFileName().toString());
    Path folder = path.get().getParent() == null ? Paths.get(".") : path.get().getParent();
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(other -> FolderInputs.composed(other).equals(wanted))
          .findFirst()
          .map(other -> "no such file, but its folder has this name with its accented letters"
              + " encoded otherwise: "
              + (Normalizer.isNormalized(other, Normalizer.Form.NFC)
                  ? "composed (NFC), where the name given is decomposed (NFD)"
                  : "decomposed (NFD), as macOS writes names, where the name given is composed"
                      + " (NFC)")
              + "; name the file as it is written there (the shell's Tab completion does), or"
              + " rename it");
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private InputStream open(InputStream standardInput) throws IOException {
    if (path.isEmpty()) {
      // Not closed by the caller's try: standard input belongs to the process.
      return new BufferedInputStream(standardInput) {
        @Override
        public void close() {}
      };
    }
    return new BufferedInputStream(Files.newInputStream(path.get()));
  }

  /**
   * The stem of the output files' names: the input file's name without the reader's extension,
   * or for standard input {@code minutes-} and the date of the first session, as the reference
   * documents are named.
   */
  String stem(Minutes minutes) {
    return fileStem().orElseGet(() -> "minutes-" + minutes.sessions().get(0).date());
  }

  /**
   * The stem of a file's outputs, known before it is read: its name without the reader's
   * extension; empty for standard input, whose stem depends on the minutes.
   */
  Optional<String> fileStem() {
    if (path.isEmpty() || path.get().getFileName() == null) {
      return Optional.empty();
    }
    String file = path.get().getFileName().toString();
    String extension = "." + reader.format().fileExtension();
    if (file.toLowerCase(Locale.ROOT).endsWith(extension) && file.length() > extension.length()) {
      return Optional.of(file.substring(0, file.length() - extension.length()));
    }
    return Optional.of(file);
  }
}
