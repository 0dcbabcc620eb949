package io.github.minutes4j.cli;

import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.UnknownFormatException;
import io.github.minutes4j.core.internal.AtomicFiles;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The inputs in folders named on the command line: every file in the folder and its subfolders,
 * in the order of their paths, that an installed reader handles by its name, or with {@code
 * --include}, that matches one of the patterns. Hidden files and folders (names that start with a
 * dot, such as the tool's own temporary files) and the output folder are left out. Files that
 * would be inputs but that no reader handles are skipped and counted, and so are files found that
 * turn out to hold no minutes at all (a plain PDF beside the JSON it was rendered from). Safe for
 * the workers of a batch to use at once.
 */
final class FolderInputs {

  /** How many names of skipped files the summary shows. */
  private static final int NAMES_SHOWN = 5;

  private final List<PathMatcher> includes;
  private final List<String> patterns;
  private final Optional<Path> outputFolder;
  /** The files skipped, by the name messages give them, with their paths. */
  private final Map<String, Path> skipped = new LinkedHashMap<>();
  /** The files found that hold no minutes, by the name messages give them. */
  private final Set<String> withoutMinutes = new LinkedHashSet<>();
  /** The folders and files that could not be listed or read, as messages name them. */
  private final List<String> unreadable = new ArrayList<>();
  /** The folders named, as given. */
  private final List<String> folders = new ArrayList<>();

  private FolderInputs(
      List<PathMatcher> includes, List<String> patterns, Optional<Path> outputFolder) {
    this.includes = includes;
    this.patterns = patterns;
    this.outputFolder = outputFolder;
  }

  /**
   * Folder inputs selected by glob patterns, leaving out an output folder.
   *
   * @param patterns globs; one without {@code /} matches a file's name at any depth, one with
   *     {@code /} the file's path relative to the folder named ({@code **} crosses folders)
   * @param outputFolder the output folder, left out of the walk when it is inside an input folder
   * @return the selection, or empty if a pattern is a usage error, which is then reported
   */
  static Optional<FolderInputs> of(List<String> patterns, Optional<Path> outputFolder, Report report) {
    List<PathMatcher> includes = new ArrayList<>();
    for (String pattern : patterns) {
      if (pattern.isBlank()) {
        report.usage("--include has an empty pattern; give a glob such as '*.json' or 'minutes/**'");
        return Optional.empty();
      }
      PathMatcher matcher;
      try {
        matcher = FileSystems.getDefault().getPathMatcher("glob:" + composed(glob(pattern)));
      } catch (PatternSyntaxException e) {
        // The JDK's own words, such as "Missing ']", with the quote it leaves open closed.
        String problem = e.getDescription();
        problem = problem.substring(0, 1).toLowerCase(Locale.ROOT) + problem.substring(1)
            + (problem.chars().filter(c -> c == '\'').count() % 2 == 1 ? "'" : "");
        report.usage("--include '" + pattern + "' is not a valid glob: " + problem
            + "; write a glob such as '*.json' or 'minutes/**', with each [set of characters]"
            + " and {alternative,alternative} closed");
        return Optional.empty();
      }
      boolean byName = !pattern.contains("/");
      // Names compared as a person reads them: 'möte.json' as macOS writes it (NFD, o and a
      // combining diaeresis) matches 'mö*' as typed elsewhere (NFC), and the other way round.
      includes.add(relative -> {
        Path matched = byName ? relative.getFileName() : relative;
        return matcher.matches(Paths.get(composed(matched.toString())));
      });
    }
    Optional<Path> real = Optional.empty();
    if (outputFolder.isPresent() && Files.isDirectory(outputFolder.get())) {
      try {
        real = Optional.of(outputFolder.get().toRealPath());
      } catch (IOException e) {
        // Cannot resolve it: then it cannot be compared, and is walked like any folder.
      }
    }
    return Optional.of(new FolderInputs(List.copyOf(includes), List.copyOf(patterns), real));
  }

  /** Whether a folder was named, so that the run is a batch even with one input. */
  synchronized boolean anyFolder() {
    return !folders.isEmpty();
  }

  /** The files skipped because no reader handles their names, as messages name them. */
  synchronized List<String> skipped() {
    return List.copyOf(skipped.keySet());
  }

  /**
   * The folders and files in the folders named that could not be listed or read, each reported
   * already: inputs that failed, for the summary to count and name.
   */
  synchronized List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /** How many files were skipped, for either reason. */
  synchronized int skippedCount() {
    return skipped.size() + withoutMinutes.size();
  }

  /**
   * Skips a file found in a folder that holds no minutes at all, such as a PDF rendered without
   * {@code --embed-source}: it is not an input, and is counted as skipped rather than failed.
   */
  synchronized void skipWithoutMinutes(Input input) {
    withoutMinutes.add(input.name());
  }

  /** Whether an input was skipped because it holds no minutes. */
  synchronized boolean skippedWithoutMinutes(Input input) {
    return withoutMinutes.contains(input.name());
  }

  /**
   * Reports that the folders named gave no input, a usage error: they hold no file that an
   * installed reader handles, none that {@code --include} selects, or only files that hold no
   * minutes (plain PDFs), which are named with why they are no input.
   */
  synchronized void reportNoInput(Report report) {
    String where = "no input in " + String.join(", ", folders);
    if (!withoutMinutes.isEmpty()) {
      int count = withoutMinutes.size();
      report.usage(where + ": skipped " + count
          + (count == 1 ? " file that holds" : " files that hold") + " no minutes ("
          + Report.someNames(sorted(withoutMinutes), NAMES_SHOWN) + "): a PDF written without"
          + " --embed-source carries none; render the JSON it was written from, or write an"
          + " archive copy (render --format pdf --embed-source)"
          + skippedSentence().map(s -> ". " + s).orElse(""));
      return;
    }
    if (!patterns.isEmpty()) {
      String matches = where + ": no file there matches --include '"
          + String.join("' or '", patterns) + "'; ";
      for (String pattern : patterns) {
        Optional<String> inside = withoutFolderNamed(pattern);
        if (inside.isPresent()) {
          report.usage(matches + "patterns are inside the folder named: write '" + inside.get()
              + "', not '" + pattern + "'");
          return;
        }
      }
      report.usage(matches + "a pattern without / matches the file's name ('*.json'), one with /"
          + " its path inside the folder named ('2022/**')");
      return;
    }
    report.usage(where + skippedSentence().map(s -> ". " + s).orElse(
        "; name files, or folders with files that an installed reader handles"));
  }

  /**
   * Whether a file found turned out to hold no minutes. If every input did, the run had nothing
   * to render or check, which {@link #reportNoInput} reports.
   */
  synchronized boolean anyWithoutMinutes() {
    return !withoutMinutes.isEmpty();
  }

  /**
   * Forgets the skipped files that the run writes (such as the HTML beside its JSON, with {@code
   * --out} naming the input folder): outputs of an earlier run, not files the user must look at.
   *
   * @param outputs the run's outputs, absolute and normalized
   */
  synchronized void leaveOutOutputs(Set<Path> outputs) {
    skipped.values().removeIf(file -> outputs.contains(file.toAbsolutePath().normalize()));
  }

  /**
   * The sentences for the summary about the skipped files, or none: those that no reader handles,
   * by name; those that hold no minutes, by their count (and names, if {@code verbose}).
   */
  synchronized List<String> skippedSentences(boolean verbose) {
    List<String> sentences = new ArrayList<>();
    skippedSentence().ifPresent(sentences::add);
    if (!withoutMinutes.isEmpty()) {
      List<String> names = sorted(withoutMinutes);
      int count = names.size();
      sentences.add(
          "Skipped "
              + count
              + (count == 1 ? " file that holds" : " files that hold")
              + " no minutes, such as a PDF written without --embed-source"
              + (verbose ? " (" + String.join(", ", names) + ")." : "; --verbose names them."));
    }
    return sentences;
  }

  /** A sentence for the summary that names the skipped files, or empty if there are none. */
  private synchronized Optional<String> skippedSentence() {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder line =
        new StringBuilder("Skipped ")
            .append(skipped.size())
            .append(skipped.size() == 1 ? " file" : " files")
            .append(" that no installed reader handles (")
            .append(Report.someNames(skipped(), NAMES_SHOWN));
    return Optional.of(
        line.append("); 'minutes4j formats' lists the readers, --include selects files.")
            .toString());
  }

  /**
   * Adds the files in a folder and its subfolders, sorted by their paths, to the inputs. A folder
   * that cannot be listed is reported as invalid input.
   */
  void addFilesIn(
      String argument,
      Path named,
      FormatRegistry<MinutesReader> readers,
      List<Input> inputs,
      Report report) {
    synchronized (this) {
      folders.add(argument);
    }
    List<Input> found = new ArrayList<>();
    // The walk does not follow links, not even the one it starts from: a folder named through a
    // link (~/minutes -> /mnt/share/minutes) would be one file, a link to a folder, and give no
    // input. Through "link/." the system resolves the link, and the names keep it.
    Path folder = Files.isSymbolicLink(named) ? named.resolve(".") : named;
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (!dir.equals(folder) && (isHidden(dir) || isOutputFolder(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              // A link is followed to its file; one that leads to no file (its target is missing,
              // or links go round in a loop) is an input too, whose reading says so.
              if (isHidden(file)
                  || !(Files.isRegularFile(file)
                      || attributes.isSymbolicLink() && !Files.exists(file))) {
                return FileVisitResult.CONTINUE;
              }
              Path relative = folder.relativize(file);
              if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(relative))) {
                return FileVisitResult.CONTINUE;
              }
              String name = Paths.get(argument).resolve(relative).toString();
              try {
                MinutesReader reader = readers.byFileName(file.getFileName().toString());
                Path subfolder = relative.getParent() == null ? Paths.get("") : relative.getParent();
                found.add(Input.found(name, file, reader, subfolder));
              } catch (UnknownFormatException e) {
                skipped.put(name, file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String name = Paths.get(argument).resolve(folder.relativize(file)).toString();
              unreadable(name);
              report.invalidInput(
                  name,
                  "cannot list or read it: " + AtomicFiles.reason(e)
                      + "; make it readable, or move it elsewhere");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      unreadable(argument);
      report.invalidInput(argument, "cannot list the folder: " + AtomicFiles.reason(e));
    }
    found.sort(Comparator.comparing(input -> input.name()));
    inputs.addAll(found);
  }

  /**
   * A pattern as find and .gitignore write it, as a glob of the paths inside the folder: without
   * a leading {@code ./} (the folder itself), and a trailing {@code /} (a folder) meaning every
   * file under it.
   */
  private static String glob(String pattern) {
    String glob = pattern;
    while (glob.startsWith("./")) {
      glob = glob.substring(2);
    }
    return glob.endsWith("/") ? glob + "**" : glob;
  }

  /**
   * The pattern without the folder named at its start, where a pattern that starts with it
   * ({@code archive/2022/**} for {@code render archive/}) is most likely meant to be; empty if
   * it does not start with one.
   */
  private Optional<String> withoutFolderNamed(String pattern) {
    String glob = glob(pattern);
    for (String folder : folders) {
      Path named = Paths.get(folder).normalize();
      for (Path start : new Path[] {named, named.getFileName()}) {
        if (start == null || start.toString().isEmpty()) {
          continue; // the current folder, or the root
        }
        String prefix = start + "/";
        if (glob.startsWith(prefix) && glob.length() > prefix.length()) {
          return Optional.of(glob.substring(prefix.length()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Text in Unicode's composed form (NFC), in which names that differ only in how their accented
   * letters are encoded are equal.
   */
  static String composed(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static List<String> sorted(Set<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    return sorted;
  }

  private synchronized void unreadable(String name) {
    unreadable.add(name);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private boolean isOutputFolder(Path dir) {
    if (outputFolder.isEmpty()) {
      return false;
    }
    try {
      return dir.toRealPath().equals(outputFolder.get());
    } catch (IOException e) {
      return false;
    }
  }
}
