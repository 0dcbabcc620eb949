package io.github.minutes4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** How a failure of a file is said: as the system says it, not as Java names it. */
class FileReasonTest {

  @Test
  void theSystemsReasonComesFirstInLowerCase() {
    assertEquals(
        "read-only file system",
        AtomicFiles.reason(new FileSystemException("/mnt/out", null, "Read-only file system")));
    assertEquals(
        "operation not permitted",
        AtomicFiles.reason(new AccessDeniedException("/sys/out", null, "Operation not permitted")));
  }

  @Test
  void withoutAReasonTheKindOfFailureIsSaidInWords() {
    assertEquals("permission denied", AtomicFiles.reason(new AccessDeniedException("/root/out")));
    assertEquals("no such file or folder", AtomicFiles.reason(new NoSuchFileException("/x/out")));
  }

  @Test
  void anyOtherFailureIsGivenAsItIs() {
    assertEquals("java.io.IOException: disk on fire", AtomicFiles.reason(new IOException("disk on fire")));
  }
}
