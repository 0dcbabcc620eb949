package io.github.minutes4j.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Output files written completely beside their targets first, then moved into place together,
 * each with one atomic rename, so that no reader ever sees a half-written file and a failure
 * leaves the folder as it was.
 *
 * <p>Each temporary file is a hidden file in the target's folder (a rename within one file system
 * is atomic), created new with the permissions any new file gets, so a published file is as
 * readable as one written directly. It is created with {@code CREATE_NEW}, which fails rather
 * than follow a link or reuse a file planted under its name, so the name need only be unlikely,
 * not secret. {@link #close()} deletes every temporary file not yet moved,
 * and so does a shutdown hook if the process is interrupted meanwhile.
 */
final class StagedFiles implements AutoCloseable {

  /** Writes one output to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private final Thread cleanup = new Thread(this::deleteStaged, "minutes4j-cleanup");

  StagedFiles() {
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Writes content to a temporary file beside the target. If writing fails, the temporary file
   * is deleted before the exception is thrown.
   */
  void stage(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary =
        folder.resolve(
            "."
                + target.getFileName()
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
    synchronized (staged) {
      staged.put(temporary, target);
    }
    boolean written = false;
    try {
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(
                  temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              64 * 1024)) {
        content.writeTo(out);
      }
      written = true;
    } finally {
      if (!written) {
        synchronized (staged) {
          staged.remove(temporary);
        }
        delete(temporary);
      }
    }
  }

  /**
   * Moves every staged file onto its target, replacing what is there, in the order staged.
   *
   * @return the targets written
   * @throws CommitException if a move fails; it says which targets were already replaced
   */
  List<Path> commit() throws CommitException {
    List<Path> moved = new ArrayList<>();
    List<Map.Entry<Path, Path>> entries;
    synchronized (staged) {
      entries = new ArrayList<>(staged.entrySet());
    }
    for (Map.Entry<Path, Path> entry : entries) {
      try {
        Files.move(entry.getKey(), entry.getValue(), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new CommitException(entry.getValue(), List.copyOf(moved), e);
      }
      synchronized (staged) {
        staged.remove(entry.getKey());
      }
      moved.add(entry.getValue());
    }
    return List.copyOf(moved);
  }

  /** Deletes what was staged and not moved. */
  @Override
  public void close() {
    deleteStaged();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs, or has run, on its own.
    }
  }

  private void deleteStaged() {
    List<Path> temporaries;
    synchronized (staged) {
      temporaries = new ArrayList<>(staged.keySet());
      staged.clear();
    }
    for (Path temporary : temporaries) {
      delete(temporary);
    }
  }

  private static void delete(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Nothing better to do: the file is hidden, and its name says it is temporary.
    }
  }

  /** A move into place failed. */
  static final class CommitException extends IOException {
    private static final long serialVersionUID = 1L;

    // Paths are not serializable; an exception that crossed a process boundary loses them.
    private final transient Path target;
    private final transient List<Path> moved;

    CommitException(Path target, List<Path> moved, IOException cause) {
      super("cannot move the output into place as " + target + ": " + cause, cause);
      this.target = target;
      this.moved = moved;
    }

    Path target() {
      return target;
    }

    List<Path> moved() {
      return moved;
    }
  }
}
