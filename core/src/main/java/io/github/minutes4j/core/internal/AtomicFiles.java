package io.github.minutes4j.core.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written completely beside their target before anyone sees them: the one piece of code
 * behind {@code MinutesExporter.exportToFile} and the CLI's staged outputs.
 *
 * <p>A temporary file is a hidden file in the target's folder, so that moving it onto the target
 * is one rename within one file system, which is atomic. It is created with {@code CREATE_NEW},
 * which fails rather than follow a link or reuse a file planted under its name, so its name need
 * only be unlikely, not secret; and with the permissions any new file gets, so the published file
 * is as readable as one written directly (unlike {@link Files#createTempFile}, which makes it
 * private to its owner).
 */
public final class AtomicFiles {

  /** The most bytes of a file's name in ext4, XFS, Btrfs, APFS and NTFS (there, UTF-16 units). */
  static final int MAX_NAME_BYTES = 255;

  private AtomicFiles() {}

  /** Writes one output to a stream. */
  @FunctionalInterface
  public interface Content {

    /**
     * Writes the content.
     *
     * @param out where to write; closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file atomically: the content goes to a new hidden file beside the target, which then
   * replaces the target in one atomic rename. A reader sees the old file or the new one, never a
   * part. If writing or the move fails, the temporary file is deleted and the target is as it was.
   * A process killed in the middle may leave a hidden {@code .NAME.*.tmp} file behind.
   *
   * @param target the file to write; replaced if it exists
   * @param content what to write
   * @throws IOException if writing or moving fails
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(content, "content");
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw folderInTheWay(target, null); // before anything is written
    }
    Path temporary = hiddenBeside(target, ".tmp");
    try {
      writeNew(temporary, content);
    } catch (FileSystemException e) {
      throw failedCreate(target, temporary, e);
    }
    boolean moved = false;
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      throw failedMove(target, e);
    } finally {
      if (!moved) {
        deleteQuietly(temporary);
      }
    }
  }

  /**
   * A failed move of a file into place: said as {@link #folderInTheWay} if a folder has the
   * target's name, else as it is.
   *
   * @param target the file moved into place
   * @param e the move's failure
   * @return the failure to report
   */
  public static IOException failedMove(Path target, IOException e) {
    return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? folderInTheWay(target, e) : e;
  }

  /**
   * The failure to put a file where a folder of the same name is, said so: Java says "Is a
   * directory" or "Directory not empty", which reads as if the folder were the file written.
   *
   * @param target the file's name, taken by a folder
   * @param cause the failed move, or null if nothing was tried
   * @return the failure, naming the target
   */
  public static FileSystemException folderInTheWay(Path target, IOException cause) {
    FileSystemException about = new FileSystemException(target.toString(), null,
        "a folder has this name, so the file cannot take its place; rename or remove the folder,"
            + " or write the file elsewhere");
    about.initCause(cause);
    return about;
  }

  /**
   * The failure to create the hidden file beside a target, said of the file the caller named: its
   * folder does not exist, or it cannot be written to (permission denied, a read-only file system).
   * Java names the hidden file, which the caller never heard of.
   *
   * @param target the file the caller named
   * @param temporary the hidden file beside it
   * @param e the failure; returned as it is if it is not about the hidden file
   * @return the failure, naming the target and its folder
   */
  public static FileSystemException failedCreate(
      Path target, Path temporary, FileSystemException e) {
    if (!temporary.toString().equals(e.getFile())) {
      return e; // not the hidden file's creation: another file the content wrote
    }
    Path folder = temporary.getParent();
    String cannot = "the folder " + folder + " cannot be written to";
    // A folder that exists can still say "no such file" (a virtual file system such as /proc).
    boolean missing = e instanceof NoSuchFileException && !Files.isDirectory(folder);
    String reason = missing
        ? "the folder " + folder + " does not exist; create it first, or name a file in a folder"
            + " that exists"
        : (e instanceof AccessDeniedException || e instanceof NoSuchFileException
            || e.getReason() == null
            ? cannot : cannot + " (" + reason(e) + ")")
            + "; a new file is written beside " + target + " and then renamed to it, so choose"
            + " another folder, or change its permissions";
    FileSystemException about = missing
        ? new NoSuchFileException(target.toString(), null, reason)
        : e instanceof AccessDeniedException
            ? new AccessDeniedException(target.toString(), null, reason)
            : new FileSystemException(target.toString(), null, reason);
    about.initCause(e);
    return about;
  }

  /**
   * What went wrong with a file as the system says it, without Java's class name: the reason the
   * system gave ("read-only file system"), else what the kind of failure means ("permission
   * denied"), else the exception as it is.
   *
   * @param e the failure
   * @return a phrase to follow a colon
   */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException failure && failure.getReason() != null) {
      String reason = failure.getReason();
      return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    return String.valueOf(e);
  }

  /**
   * Creates a file that must not exist yet and writes content to it, buffered. If writing fails,
   * the file is deleted before the exception is thrown.
   *
   * @param file the new file
   * @param content what to write
   * @throws IOException if the file exists or writing fails
   */
  public static void writeNew(Path file, Content content) throws IOException {
    Objects.requireNonNull(content, "content");
    boolean written = false;
    try {
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              64 * 1024)) {
        content.writeTo(out);
      }
      written = true;
    } finally {
      if (!written) {
        deleteQuietly(file);
      }
    }
  }

  /**
   * A hidden name in the target's folder that is unlikely to be taken: {@code .NAME.RANDOM.SUFFIX}.
   * Within 255 bytes (UTF-8), the limit of a name in the common file systems,
   * so that a target whose own name fits can be written: the end of a long {@code NAME} is left
   * out, whole characters at a time.
   *
   * @param target the file that the hidden one stands beside
   * @param suffix such as {@code .tmp}
   * @return the path; nothing is created
   */
  public static Path hiddenBeside(Path target, String suffix) {
    Objects.requireNonNull(suffix, "suffix");
    Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath();
    Path name = absolute.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("'" + target + "' names no file; give a file's path");
    }
    String end = "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix;
    return absolute.resolveSibling(
        "." + within(name.toString(), MAX_NAME_BYTES - utf8Length("." + end)) + end);
  }

  /** The longest start of {@code text}, in whole characters, of at most {@code bytes} in UTF-8. */
  private static String within(String text, int bytes) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = utf8Length(new String(Character.toChars(codePoint)));
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Deletes a file if it exists, ignoring failure: for temporary files, whose hidden names say
   * what they are.
   *
   * @param file the file
   */
  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing better to do: the file is hidden, and its name says it is temporary.
    }
  }
}
