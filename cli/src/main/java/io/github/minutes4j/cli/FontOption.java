package io.github.minutes4j.cli;

import io.github.minutes4j.core.Minutes4jException;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.format.UnknownFormatException;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.pdf.PdfMinutesExporter;
import io.github.minutes4j.pdf.UnsupportedCharacterException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --font FILE.ttf}, of {@code render} and {@code validate}: fonts added to the PDF exporter
 * for characters its shipped fonts lack, the command line's way to call {@link
 * PdfMinutesExporter.Builder#addFont(Path)}; and what {@code render --embed-source} asks of the
 * same exporter ({@link PdfMinutesExporter.Builder#embedSource(boolean)}). The only place where
 * the tool names a format's classes; every other format is reached through the service-provider
 * interface.
 */
final class FontOption {

  /** What a refusal for a character no font has advises, instead of the builder's addFont. */
  static final String ADVICE = "--font FILE.ttf";

  /** The id of the format whose exporter the options configure. */
  private static final String PDF = "pdf";

  @Option(
      names = "--font",
      paramLabel = "FILE.ttf",
      description =
          "Add a TrueType font to the PDF exporter, for characters its shipped fonts (Liberation"
              + " Sans; Noto Sans Arabic, Hebrew, Ethiopic, Armenian, Georgian, Cherokee, Canadian"
              + " Aboriginal and Tifinagh; DejaVu Sans for symbols; Symbola for emoji; the Chinese,"
              + " Japanese and Korean fonts of minutes4j-fonts-cjk) lack, such as runes;"
              + " repeat for each face (regular, bold, italic). The family, weight and style are"
              + " read from the font. A missing or unusable font file is a usage error.")
  List<Path> files = List.of();

  /**
   * Whether {@code --font} and {@code --embed-source}, where given, apply to a format asked for:
   * both configure the PDF exporter, so with no PDF asked for they would be ignored, which is a
   * usage error, reported, as {@code --extract} with a data format is. Decided on the ids alone,
   * before a font file is read.
   *
   * @param formats the ids of {@code --format}; empty for every installed format
   * @param embedSource whether {@code --embed-source} was given
   * @return false if an option applies to none of the formats, which is then reported
   */
  boolean appliesTo(List<String> formats, boolean embedSource, Report report) {
    if (formats.isEmpty() || formats.stream().anyMatch(id -> id.strip().equalsIgnoreCase(PDF))) {
      return true;
    }
    String asked = "--format " + String.join(",", formats) + " writes no PDF";
    if (!files.isEmpty()) {
      report.usage("--font adds fonts to the pdf exporter, but " + asked
          + "; add pdf to --format, or leave out --font");
      return false;
    }
    if (embedSource) {
      report.usage("--embed-source writes the minutes into each PDF, but " + asked
          + "; add pdf to --format, or leave out --embed-source");
      return false;
    }
    return true;
  }

  /**
   * The exporters with minutes4j's PDF exporter, with the shipped fonts and the added ones, and
   * writing archive copies if asked, in place of the installed one; the exporters as they are
   * without {@code --font} and {@code --embed-source}; or empty, with a usage error reported, if a
   * font cannot be used or no PDF exporter of minutes4j is installed.
   *
   * @param embedSource whether the PDF exporter writes the minutes' JSON into each PDF
   *     ({@code --embed-source} of {@code render})
   */
  Optional<FormatRegistry<MinutesExporter>> apply(
      FormatRegistry<MinutesExporter> exporters, Report report, boolean embedSource) {
    if (files.isEmpty() && !embedSource) {
      return Optional.of(exporters);
    }
    String option = files.isEmpty() ? "--embed-source" : "--font";
    String does = files.isEmpty() ? "writes the minutes into each PDF of" : "adds fonts to";
    MinutesExporter installed;
    try {
      installed = exporters.byId(PDF);
    } catch (UnknownFormatException e) {
      report.usage(option + " " + does + " the PDF exporter, which is not installed; "
          + e.getMessage());
      return Optional.empty();
    }
    if (!(installed instanceof PdfMinutesExporter)) {
      report.usage(
          option + " " + does + " minutes4j's PDF exporter, but the installed pdf exporter is "
              + FormatRegistry.origin(installed)
              + "; configure that exporter where it is made");
      return Optional.empty();
    }
    PdfMinutesExporter.Builder builder = PdfMinutesExporter.builder().embedSource(embedSource);
    Set<Path> added = new HashSet<>();
    for (Path file : files) {
      if (file.toString().isEmpty()) {
        report.usage("--font is empty; name a TrueType font file (.ttf)");
        return Optional.empty();
      }
      if (!added.add(sameFile(file))) {
        // Named twice (as the same path or another): read once.
        continue;
      }
      try {
        builder.addFont(file);
      } catch (NoSuchFileException e) {
        report.usage("--font " + file + ": no such file; name a TrueType font file (.ttf)");
        return Optional.empty();
      } catch (IOException e) {
        report.usage("--font " + file + ": cannot read it: " + e);
        return Optional.empty();
      } catch (IllegalArgumentException e) {
        report.usage("--font " + file + ": " + e.getMessage());
        return Optional.empty();
      }
    }
    try {
      return Optional.of(exporters.replacing(builder.build()));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      report.usage("--font: " + withoutBuilderAdvice(e.getMessage()));
      return Optional.empty();
    }
  }

  /** A font file's path, so that two names of one file compare equal. */
  private static Path sameFile(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      // Reading it says what is wrong.
      return file.toAbsolutePath().normalize();
    }
  }

  /**
   * The exporter's message about the fonts without its advice that only a program building the
   * exporter can follow (such as turning the shipped fonts off), which the tool has no option
   * for.
   */
  private static String withoutBuilderAdvice(String message) {
    int builder = message.indexOf(" (with the builder: ");
    return builder < 0 ? message : message.substring(0, builder);
  }

  /**
   * An exporter's refusal as the tool's user can act on it: the PDF exporter's characters no font
   * has are advised {@code --font}, not the builder's {@code addFont}, which the user cannot call.
   */
  static String refusal(Minutes4jException e) {
    return e instanceof UnsupportedCharacterException
        ? ((UnsupportedCharacterException) e).messageAdvising(ADVICE)
        : e.getMessage();
  }
}
