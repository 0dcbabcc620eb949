package io.github.minutes4j.cli;

import io.github.minutes4j.core.internal.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * and so does a shutdown hook if the process is interrupted meanwhile (Ctrl-C, SIGTERM), which then
 * also removes the folders the run created that are left empty; after either, no file is staged any
 * more. Several threads may stage files at once; {@link #commit()} is for one thread
 * once they are done.
 *
 * <p>All or nothing: before a file replaces an existing target, the target is kept as a hidden
 * backup beside it (a hard link, or a copy where the file system has none), so the target is never
 * missing. If any move fails, every target already replaced is put back from its backup, and every
 * target that did not exist is removed; only then is the failure reported. Backups are deleted once
 * every file is in place. Should the process die in the middle of the moves, a backup may remain
 * as a hidden {@code .NAME.*.bak} file: the previous content is never lost.
 */
final class StagedFiles implements AutoCloseable {

  /** Writes one output to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private boolean closed; // guarded by staged
  private final List<Path> createdFolders;
  private final Thread cleanup = new Thread(this::stopping, "minutes4j-cleanup");

  /** Files staged in folders that were there. */
  StagedFiles() {
    this(List.of());
  }

  /**
   * Files staged in folders of which the run created some; if the process is interrupted, those
   * left empty are removed too, so that an interrupted run leaves no trace.
   *
   * @param createdFolders the folders the run created, parents before their subfolders
   */
  StagedFiles(List<Path> createdFolders) {
    this.createdFolders = List.copyOf(createdFolders);
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Writes content to a temporary file beside the target. If writing fails, the temporary file
   * is deleted before the exception is thrown.
   */
  void stage(Path target, Content content) throws IOException {
    Path temporary = AtomicFiles.hiddenBeside(target, ".tmp");
    OutputStream file;
    // Created while holding the lock that the clean-up takes, so that a file is either known to
    // the clean-up or never created: jobs of a batch may still run while the shutdown hook does.
    synchronized (staged) {
      if (closed) {
        throw new Stopping(target);
      }
      try {
        file = Files.newOutputStream(
            temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileSystemException e) {
        throw AtomicFiles.failedCreate(target, temporary, e);
      }
      staged.put(temporary, target);
    }
    boolean written = false;
    try {
      try (OutputStream out = new BufferedOutputStream(file, 64 * 1024)) {
        content.writeTo(out);
      }
      written = true;
    } finally {
      if (!written) {
        synchronized (staged) {
          staged.remove(temporary);
        }
        AtomicFiles.deleteQuietly(temporary);
      }
    }
  }

  /**
   * Moves every staged file onto its target, replacing what is there, in the order staged; if one
   * move fails, puts every target back as it was.
   *
   * @return the targets written
   * @throws CommitException if a move fails; it says whether every target could be put back
   */
  List<Path> commit() throws CommitException {
    return commit(StagedFiles::moveIntoPlace);
  }

  /** Moves a staged file onto its target; replaceable in tests to simulate a failing move. */
  @FunctionalInterface
  interface Mover {
    void move(Path temporary, Path target) throws IOException;
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** {@link #commit()} with the given way of moving a file into place. */
  List<Path> commit(Mover mover) throws CommitException {
    List<Map.Entry<Path, Path>> entries;
    synchronized (staged) {
      entries = new ArrayList<>(staged.entrySet());
    }
    List<Replaced> replaced = new ArrayList<>();
    for (Map.Entry<Path, Path> entry : entries) {
      Path temporary = entry.getKey();
      Path target = entry.getValue();
      Replaced step;
      try {
        step = new Replaced(target, backUp(target));
      } catch (IOException e) {
        throw new CommitException(target, !replaced.isEmpty(), rollBack(replaced), e);
      }
      try {
        mover.move(temporary, target);
      } catch (IOException e) {
        // The target is as it was: the rename did not happen.
        step.discardBackup();
        throw new CommitException(
            target, !replaced.isEmpty(), rollBack(replaced), AtomicFiles.failedMove(target, e));
      }
      synchronized (staged) {
        staged.remove(temporary);
      }
      replaced.add(step);
    }
    List<Path> written = new ArrayList<>();
    for (Replaced step : replaced) {
      step.discardBackup();
      written.add(step.target);
    }
    return List.copyOf(written);
  }

  /**
   * Keeps what is at the target, if anything but a folder is, as a hidden file beside it: a hard
   * link where the file system has them, else a copy. A folder stays: the move onto it fails.
   *
   * @return the backup, or null if there was nothing to keep
   */
  private static Path backUp(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path backup = AtomicFiles.hiddenBeside(target, ".bak");
    try {
      Files.createLink(backup, target);
    } catch (UnsupportedOperationException | IOException noHardLink) {
      try {
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        AtomicFiles.deleteQuietly(backup);
        throw e;
      }
    }
    return backup;
  }

  /**
   * Puts back every target replaced so far, the last first.
   *
   * @return the targets that could not be put back, each with where its previous content is
   */
  private static List<String> rollBack(List<Replaced> replaced) {
    List<String> notRestored = new ArrayList<>();
    for (int i = replaced.size() - 1; i >= 0; i--) {
      replaced.get(i).restore(notRestored);
    }
    return notRestored;
  }

  /** A target moved into place, and the backup of what was there before, if anything was. */
  private static final class Replaced {
    final Path target;
    final Path backup;

    Replaced(Path target, Path backup) {
      this.target = target;
      this.backup = backup;
    }

    /** Puts the previous content back, or removes the target if it did not exist. */
    void restore(List<String> notRestored) {
      try {
        if (backup == null) {
          Files.deleteIfExists(target);
        } else {
          Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException e) {
        notRestored.add(
            target + (backup == null ? " (remove it)" : " (its previous content is in " + backup + ")"));
      }
    }

    /** Deletes the backup: the target is to stay as it is. */
    void discardBackup() {
      if (backup != null) {
        AtomicFiles.deleteQuietly(backup);
      }
    }
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

  /**
   * The shutdown hook: deletes what was staged, then the created folders left empty. Several
   * hooks of one run (one per input with --keep-going) may do so at once: the last to look finds
   * every staged file of the others gone.
   */
  private void stopping() {
    deleteStaged();
    removeEmptyFolders(createdFolders);
  }

  /**
   * Removes the folders that are empty, the deepest first; one that holds a file, or that cannot be
   * removed, stays.
   *
   * @param folders the folders, parents before their subfolders
   */
  static void removeEmptyFolders(List<Path> folders) {
    for (int i = folders.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(folders.get(i));
      } catch (DirectoryNotEmptyException e) {
        // Outputs went into it: it stays.
      } catch (IOException e) {
        // An empty folder left behind is harmless.
      }
    }
  }

  private void deleteStaged() {
    List<Path> temporaries;
    synchronized (staged) {
      closed = true;
      temporaries = new ArrayList<>(staged.keySet());
      staged.clear();
    }
    for (Path temporary : temporaries) {
      AtomicFiles.deleteQuietly(temporary);
    }
  }

  /**
   * A file staged after the staged files were deleted: the process is stopping (Ctrl-C, SIGTERM),
   * and the file was not written. Not a failure to report: the user stopped the run.
   */
  static final class Stopping extends IOException {
    private static final long serialVersionUID = 1L;

    Stopping(Path target) {
      super("the tool is stopping; " + target + " was not written");
    }
  }

  /** A move into place failed; every target was put back as it was, unless said otherwise. */
  static final class CommitException extends IOException {
    private static final long serialVersionUID = 1L;

    // Paths are not serializable; an exception that crossed a process boundary loses them.
    private final transient Path target;
    private final List<String> notRestored;

    CommitException(Path target, boolean undid, List<String> notRestored, IOException cause) {
      super(
          "cannot move the output into place as "
              + target
              + ": "
              + (cause instanceof FileSystemException f
                      && f.getReason() != null
                      && target.toString().equals(f.getFile())
                  ? f.getReason() // the target is named already
                  : cause)
              + (notRestored.isEmpty()
                  ? (undid ? "; the outputs already moved were taken back" : "")
                  : "; could not put back " + String.join(", ", notRestored)),
          cause);
      this.target = target;
      this.notRestored = List.copyOf(notRestored);
    }

    Path target() {
      return target;
    }

    /** The targets that could not be put back as they were; empty when the folder is unchanged. */
    List<String> notRestored() {
      return notRestored;
    }
  }
}
