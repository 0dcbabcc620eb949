package io.github.minutes4j.core.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Network;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.TestExporters;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MinutesExporter#exportToBytes} and {@link MinutesExporter#exportToFile}. */
class ExportConvenienceTest {

  private static final Minutes MINUTES = minutes("Ett möte");
  private static final ExportOptions OPTIONS = ExportOptions.defaults();

  @TempDir Path folder;

  private static Minutes minutes(String title) {
    return Minutes.builder(
            Language.SWEDISH,
            Organiser.of("Nätverken", new Network("NUH", "Uppdrag Hälsa")),
            DocumentKind.MEETING_NOTES,
            title,
            LocalDate.of(2022, 6, 11))
        .addSession(
            Session.on(LocalDate.of(2022, 6, 2), LocalTime.of(10, 0), LocalTime.of(15, 0)).build())
        .build();
  }

  @Test
  void exportToBytesGivesWhatTheStreamGets() throws IOException {
    MinutesExporter exporter = new TestExporters.Validating();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    exporter.export(MINUTES, OPTIONS, stream);

    assertArrayEquals(stream.toByteArray(), exporter.exportToBytes(MINUTES, OPTIONS));
    assertArrayEquals(
        "Ett möte".getBytes(StandardCharsets.UTF_8), exporter.exportToBytes(MINUTES, OPTIONS));
  }

  @Test
  void exportToFileWritesANewFileAndReplacesAnOldOneLeavingNothingElse() throws IOException {
    Path file = folder.resolve("minutes.txt");
    MinutesExporter exporter = new TestExporters.Validating();

    exporter.exportToFile(MINUTES, OPTIONS, file);
    assertEquals("Ett möte", Files.readString(file));

    exporter.exportToFile(minutes("Andra mötet"), OPTIONS, file);
    assertEquals("Andra mötet", Files.readString(file));
    assertEquals(List.of("minutes.txt"), filesIn(folder));
  }

  @Test
  void aRelativePathIsWrittenInTheWorkingFolder() throws IOException {
    Path relative = Path.of("target", "export-convenience-" + ProcessHandle.current().pid() + ".txt");
    try {
      new TestExporters.PlainText().exportToFile(MINUTES, OPTIONS, relative);
      assertEquals("Ett möte", Files.readString(relative));
    } finally {
      Files.deleteIfExists(relative);
    }
  }

  @Test
  void aFailingExporterLeavesNoFileAndTheOldOneUntouched() throws IOException {
    Path file = folder.resolve("minutes.txt");
    MinutesExporter failing = new TestExporters.FailsHalfWay();

    IOException thrown =
        assertThrows(IOException.class, () -> failing.exportToFile(MINUTES, OPTIONS, file));
    assertEquals("No space left on device", thrown.getMessage());
    assertEquals(List.of(), filesIn(folder));

    Files.writeString(file, "the previous minutes");
    assertThrows(IOException.class, () -> failing.exportToFile(MINUTES, OPTIONS, file));
    assertEquals("the previous minutes", Files.readString(file));
    assertEquals(List.of("minutes.txt"), filesIn(folder));
  }

  @Test
  void invalidMinutesWriteNothing() throws IOException {
    Path file = folder.resolve("minutes.txt");
    Files.writeString(file, "the previous minutes");

    InvalidMinutesException thrown =
        assertThrows(
            InvalidMinutesException.class,
            () -> new TestExporters.Validating().exportToFile(minutes(" "), OPTIONS, file));

    assertTrue(thrown.getMessage().contains("title"), thrown.getMessage());
    assertEquals("the previous minutes", Files.readString(file));
    assertEquals(List.of("minutes.txt"), filesIn(folder));
  }

  @Test
  void aMissingFolderOrAFolderInTheWayIsAnErrorThatLeavesNothing() throws IOException {
    MinutesExporter exporter = new TestExporters.PlainText();
    Path missing = folder.resolve("no/such/minutes.txt");
    NoSuchFileException thrown = assertThrows(
        NoSuchFileException.class, () -> exporter.exportToFile(MINUTES, OPTIONS, missing));
    // The file asked for and its folder, not the hidden temporary file beside it.
    assertEquals(
        missing.toAbsolutePath() + ": the folder " + missing.toAbsolutePath().getParent()
            + " does not exist; create it first, or name a file in a folder that exists",
        thrown.getMessage());

    Path inTheWay = Files.createDirectory(folder.resolve("minutes.txt"));
    FileSystemException folderThrown = assertThrows(
        FileSystemException.class, () -> exporter.exportToFile(MINUTES, OPTIONS, inTheWay));
    // Said as it is: not Java's "Is a directory", which reads as if the folder were the file.
    assertEquals(
        inTheWay + ": a folder has this name, so the file cannot take its place; rename or remove"
            + " the folder, or write the file elsewhere",
        folderThrown.getMessage());
    assertTrue(Files.isDirectory(inTheWay));
    assertEquals(List.of("minutes.txt"), filesIn(folder));
  }

  @Test
  void nullArgumentsAreRefused() {
    MinutesExporter exporter = new TestExporters.PlainText();
    Path file = folder.resolve("minutes.txt");
    assertThrows(NullPointerException.class, () -> exporter.exportToBytes(null, OPTIONS));
    assertThrows(NullPointerException.class, () -> exporter.exportToBytes(MINUTES, null));
    assertThrows(NullPointerException.class, () -> exporter.exportToFile(MINUTES, OPTIONS, null));
    assertThrows(NullPointerException.class, () -> exporter.exportToFile(null, OPTIONS, file));
  }

  /** Every name in a folder, hidden ones included, sorted. */
  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
