package io.github.minutes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All or nothing when several files are moved into place: a move that fails puts back every
 * target already replaced, removes every one that did not exist, and leaves no hidden file.
 */
class StagedFilesTest {

  @TempDir Path folder;

  private static StagedFiles.Content text(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every name in the folder, hidden ones too, sorted. */
  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Moves as the real commit does, except onto the given target, where it fails. */
  private static StagedFiles.Mover failingOn(Path failing) {
    return (temporary, target) -> {
      if (target.equals(failing)) {
        throw new IOException("simulated failure of the move onto " + target.getFileName());
      }
      Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    };
  }

  @Test
  void whenTheSecondMoveFailsTheFirstTargetGetsItsPreviousContentBack() throws IOException {
    Path json = folder.resolve("minutes.json");
    Path html = folder.resolve("minutes.html");
    Files.writeString(json, "old json");
    Files.writeString(html, "old html");

    StagedFiles.CommitException e;
    try (StagedFiles staged = new StagedFiles()) {
      staged.stage(json, text("new json"));
      staged.stage(html, text("new html"));
      e = assertThrows(StagedFiles.CommitException.class, () -> staged.commit(failingOn(html)));
    }

    assertEquals("old json", Files.readString(json));
    assertEquals("old html", Files.readString(html));
    assertEquals(List.of("minutes.html", "minutes.json"), names(), "no temporary file, no backup");
    assertEquals(html, e.target());
    assertEquals(List.of(), e.notRestored());
    assertTrue(
        e.getMessage().startsWith("cannot move the output into place as " + html + ": "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; the outputs already moved were taken back"), e.getMessage());
  }

  @Test
  void whenTheLastMoveFailsTargetsThatDidNotExistAreRemoved() throws IOException {
    Path json = folder.resolve("minutes.json");
    Path html = folder.resolve("minutes.html");
    Path pdf = folder.resolve("minutes.pdf");
    Files.writeString(html, "old html");

    try (StagedFiles staged = new StagedFiles()) {
      staged.stage(json, text("new json"));
      staged.stage(html, text("new html"));
      staged.stage(pdf, text("new pdf"));
      assertThrows(StagedFiles.CommitException.class, () -> staged.commit(failingOn(pdf)));
    }

    assertEquals(List.of("minutes.html"), names());
    assertEquals("old html", Files.readString(html));
  }

  @Test
  void aFolderInTheWayOfTheSecondTargetUndoesTheFirst() throws IOException {
    Path json = folder.resolve("minutes.json");
    Path html = folder.resolve("minutes.html");
    Files.writeString(json, "old json");
    Files.createDirectory(html);

    try (StagedFiles staged = new StagedFiles()) {
      staged.stage(json, text("new json"));
      staged.stage(html, text("new html"));
      StagedFiles.CommitException e =
          assertThrows(StagedFiles.CommitException.class, staged::commit);
      assertEquals(html, e.target());
      assertEquals(
          "cannot move the output into place as " + html + ": a folder has this name, so the"
              + " file cannot take its place; rename or remove the folder, or write the file"
              + " elsewhere; the outputs already moved were taken back",
          e.getMessage());
    }

    assertEquals("old json", Files.readString(json));
    assertTrue(Files.isDirectory(html));
    assertEquals(List.of("minutes.html", "minutes.json"), names());
  }

  @Test
  void whenEveryMoveSucceedsTheTargetsAreReplacedAndNoBackupIsLeft() throws IOException {
    Path json = folder.resolve("minutes.json");
    Path html = folder.resolve("minutes.html");
    Files.writeString(json, "old json");

    List<Path> written;
    try (StagedFiles staged = new StagedFiles()) {
      staged.stage(json, text("new json"));
      staged.stage(html, text("new html"));
      written = staged.commit();
    }

    assertEquals(List.of(json, html), written);
    assertEquals("new json", Files.readString(json));
    assertEquals("new html", Files.readString(html));
    assertEquals(List.of("minutes.html", "minutes.json"), names());
  }
}
