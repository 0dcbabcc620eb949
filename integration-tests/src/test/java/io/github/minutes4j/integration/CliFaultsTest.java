package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool under faults: an output folder it cannot create or write in, a target it
 * cannot move into place, a disk that fills up in the middle of a file, an exporter that fails, a
 * thread interrupt, and the process being terminated in the middle of a write. Each time the exit
 * code and the message say what happened, and no partial or temporary file is left: the folder is
 * listed with hidden files.
 *
 * <p>The tests run as root in CI, where {@code chmod} stops nothing. What really fails for root is
 * used instead: a folder whose parent is a regular file, a folder in {@code /proc}, and a target
 * name that is taken by a folder.
 */
class CliFaultsTest {

  @TempDir Path temp;
  private Path input;
  private Path out;

  @BeforeEach
  void writeInput() throws IOException {
    input = temp.resolve("minutes-2022-06-02.json");
    Files.write(input, Formats.json(ReferenceMinutes.june2022()));
    out = temp.resolve("out");
  }

  private static Cli.Result run(FormatRegistry<MinutesExporter> exporters, String... args) {
    return Cli.run(exporters, FormatRegistry.readers(), new ByteArrayInputStream(new byte[0]), args);
  }

  private static Cli.Result run(String... args) {
    return run(FormatRegistry.exporters(), args);
  }

  // ------------------------------------------------------------------ folders

  @Test
  void anOutputFolderUnderARegularFileIsAUsageError() throws IOException {
    Path file = temp.resolve("a-file");
    Files.writeString(file, "not a folder");
    Path folder = file.resolve("out");

    Cli.Result result = run("render", input.toString(), "-f", "json,html", "-o", folder.toString());

    // As for an --out that is a file itself: the command line names a folder that cannot be one.
    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(
        result.err().contains("--out " + folder + ": " + file + " is a file, not a folder"),
        result.toString());
    assertEquals("not a folder", Files.readString(file));
    assertEquals(List.of("a-file", "minutes-2022-06-02.json"), Cli.listing(temp));
  }

  @Test
  void aFolderNobodyCanWriteInIsAnOutputFailure() throws IOException {
    // Even root cannot create files in /proc/self.
    Path folder = Path.of("/proc/self");
    List<String> before = Cli.listing(folder);

    Cli.Result result = run("render", input.toString(), "-f", "json", "-o", folder.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("error: cannot write " + folder.resolve("minutes-2022-06-02.json")
        + ": the folder " + folder + " cannot be written to; "), result.toString());
    assertFalse(result.err().contains("java.nio"), "no exception class for a person to decode: " + result);
    assertFalse(result.err().contains(".tmp"), "not the hidden file's name: " + result);
    assertTrue(result.err().contains("Nothing was written."), result.toString());
    assertEquals(before, Cli.listing(folder));
  }

  /**
   * A folder the system does not let anyone create (even root, under /proc/self): the message
   * gives the system's reason, without Java's exception or the offer of a stack trace.
   */
  @Test
  void anOutputFolderTheSystemRefusesGivesItsReason() {
    Path folder = Path.of("/proc/self/minutes4j-out");

    Cli.Result result = run("render", input.toString(), "-f", "json", "-o", folder.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("error: cannot create the output folder " + folder + ": "), result.toString());
    assertTrue(result.err().contains("; name a folder that you may write to with --out"), result.toString());
    assertFalse(result.err().contains("java.nio"), "no exception class for a person to decode: " + result);
    assertFalse(result.err().contains("--verbose"), "no stack trace to offer: " + result);
    assertFalse(Files.exists(folder));
  }

  @Test
  void aTargetNameTakenByAFolderFailsBeforeAnythingIsMoved() throws IOException {
    Files.createDirectories(out.resolve("minutes-2022-06-02.json"));

    Cli.Result result = run("render", input.toString(), "-f", "json,html", "-o", out.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("cannot move the output into place as " + out.resolve("minutes-2022-06-02.json") + ": a folder has this name"), result.toString());
    assertFalse(result.err().contains("java.nio"), "no exception class for a person to decode: " + result);
    assertTrue(result.err().contains("Nothing was written."), result.toString());
    assertEquals(List.of("minutes-2022-06-02.json"), Cli.listing(out), "no temporary file, no HTML");
    assertEquals(List.of(), Cli.listing(out.resolve("minutes-2022-06-02.json")));
  }

  /**
   * When the second of two moves fails, the first output, already moved into place, is taken
   * back: the folder is as it was, as the help promises ("if any input or output fails, nothing in
   * DIR changes"). Fixed finding: the first output used to stay. No temporary or backup file is
   * left.
   */
  @Test
  void aTargetNameTakenByAFolderAfterAnotherMoveLeavesNothingWritten() throws IOException {
    Files.createDirectories(out.resolve("minutes-2022-06-02.html"));

    Cli.Result result = run("render", input.toString(), "-f", "json,html", "-o", out.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("cannot move the output into place as " + out.resolve("minutes-2022-06-02.html")), result.toString());
    assertTrue(result.err().contains("the outputs already moved were taken back"), result.toString());
    assertTrue(result.err().contains("Nothing was written."), result.toString());
    assertEquals(List.of("minutes-2022-06-02.html"), Cli.listing(out), "no JSON, no hidden file");
    assertEquals(List.of(), Cli.listing(out.resolve("minutes-2022-06-02.html")));
  }

  /**
   * The same with outputs of an earlier run in the folder: the first target, replaced by the new
   * output, gets its previous content back, byte for byte.
   */
  @Test
  void aFailingSecondMoveGivesTheFirstTargetItsPreviousContentBack() throws IOException {
    Files.createDirectories(out.resolve("minutes-2022-06-02.html"));
    byte[] previous = "{\"an\": \"earlier output\"}".getBytes(StandardCharsets.UTF_8);
    Files.write(out.resolve("minutes-2022-06-02.json"), previous);

    Cli.Result result = run("render", input.toString(), "-f", "json,html", "-o", out.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("Nothing was written."), result.toString());
    assertEquals(List.of("minutes-2022-06-02.html", "minutes-2022-06-02.json"), Cli.listing(out));
    assertArrayEquals(previous, Files.readAllBytes(out.resolve("minutes-2022-06-02.json")));
  }

  // ------------------------------------------------------------------ failing exporters

  /** Writes 1 MB, then finds the disk full, as a real stream would say it. */
  static final class DiskFull implements MinutesExporter {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("full", "application/x-full", "full");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
      OutputStream full =
          new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
              write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              if (written + len > 1 << 20) {
                throw new IOException("No space left on device");
              }
              written += len;
              out.write(b, off, len);
            }
          };
      for (int i = 0; i < 1_000; i++) {
        full.write(new byte[4096]);
      }
    }
  }

  @Test
  void aFullDiskInTheMiddleOfAFileLeavesNothing() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("minutes-2022-06-02.html"), "published yesterday");
    var exporters = FormatRegistry.exporters().with(new DiskFull());

    Cli.Result result = run(exporters, "render", input.toString(), "-f", "json,html,full", "-o", out.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("error: cannot write " + out.resolve("minutes-2022-06-02.full")), result.toString());
    assertTrue(result.err().contains("No space left on device"), result.toString());
    assertTrue(result.err().contains("Nothing was written."), result.toString());
    assertEquals(List.of("minutes-2022-06-02.html"), Cli.listing(out), "no JSON, no temporary file");
    assertEquals("published yesterday", Files.readString(out.resolve("minutes-2022-06-02.html")));
  }

  /** Fails with an unchecked exception after writing, as a buggy exporter does. */
  static final class Crashes implements MinutesExporter {
    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("crash", "application/x-crash", "crash");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
      out.write(new byte[300_000]);
      throw new IllegalStateException("the renderer lost its fonts");
    }
  }

  @Test
  void anExporterFailingMidRunLeavesNothing() throws IOException {
    var exporters = FormatRegistry.exporters().with(new Crashes());

    Cli.Result result = run(exporters, "render", input.toString(), "-f", "html,crash,json", "-o", out.toString());

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("the crash exporter"), result.toString());
    assertTrue(result.err().contains("the renderer lost its fonts"), result.toString());
    assertTrue(result.err().contains("this is a bug in the exporter"), result.toString());
    assertEquals(List.of(), Cli.listing(out));
  }

  // ------------------------------------------------------------------ interruption

  /** Writes slowly, and says when it has started. */
  static final class Slow implements MinutesExporter {
    final CountDownLatch started = new CountDownLatch(1);

    @Override
    public FormatDescriptor format() {
      return new FormatDescriptor("slow", "application/x-slow", "slow");
    }

    @Override
    public void write(Minutes minutes, ExportOptions options, OutputStream out) throws IOException {
      // More than the tool's 64 KB buffer, so the temporary file has content.
      out.write(new byte[200_000]);
      out.flush();
      started.countDown();
      for (int i = 0; i < 3_000; i++) {
        out.write(new byte[8192]);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while writing");
        }
      }
    }
  }

  @Test
  void anInterruptedRunSaysSoAndLeavesNothing() throws Exception {
    Slow slow = new Slow();
    var exporters = FormatRegistry.exporters().with(slow);
    AtomicReference<Thread> runner = new AtomicReference<>();
    CompletableFuture<Cli.Result> run =
        CompletableFuture.supplyAsync(
            () -> {
              runner.set(Thread.currentThread());
              try {
                return run(exporters, "render", input.toString(), "-f", "json,slow", "-o", out.toString());
              } finally {
                Thread.interrupted(); // This pool thread goes back clean.
              }
            });
    assertTrue(slow.started.await(60, TimeUnit.SECONDS), "the export did not start");
    assertTrue(
        Cli.listing(out).stream().anyMatch(name -> name.startsWith(".minutes-2022-06-02.slow.")),
        "the output is staged in a hidden temporary file: " + Cli.listing(out));
    runner.get().interrupt();
    Cli.Result result = run.get(60, TimeUnit.SECONDS);

    assertEquals(3, result.exitCode(), result.toString());
    assertTrue(result.err().contains("error: cannot write " + out.resolve("minutes-2022-06-02.slow")), result.toString());
    assertTrue(result.err().contains("nterrupt"), "the message says it was interrupted: " + result);
    assertEquals(List.of(), Cli.listing(out), "no JSON, no temporary file");
  }

  /**
   * The process terminated (SIGTERM) in the middle of writing: the tool's shutdown hook removes
   * the temporary file. Runs the tool in a child JVM, {@link SlowCliMain}.
   */
  @Test
  void aTerminatedProcessLeavesNoTemporaryFile() throws Exception {
    terminateWhileWriting(out, "render", input.toString(), "-f", "json,slow", "-o", out.toString());

    assertEquals(List.of(), Cli.listing(out), "no JSON, no temporary file");
  }

  /**
   * Terminated while rendering a folder into sub-folders of an --out that did not exist: nothing
   * half-written, and no folder that the run created stays behind empty, the output folder
   * included; with --keep-going too, which stages each input on its own. A folder that was there
   * before stays.
   */
  @Test
  void aTerminatedRunRemovesTheEmptyFoldersItCreated() throws Exception {
    Path in = temp.resolve("in");
    Files.createDirectories(in.resolve("2021/12"));
    Files.createDirectories(in.resolve("2022/06"));
    Files.write(in.resolve("2021/12/minutes-2021-12-09.json"),
        Formats.json(ReferenceMinutes.december2021()));
    Files.copy(input, in.resolve("2022/06/minutes-2022-06-02.json"));
    Path existing = Files.createDirectories(temp.resolve("existing"));

    terminateWhileWriting(out.resolve("2021/12"),
        "render", in.toString(), "-f", "json,slow", "-o", out.toString(), "--jobs", "1");
    terminateWhileWriting(existing.resolve("2021/12"),
        "render", in.toString(), "-f", "json,slow", "-o", existing.toString(), "--jobs", "1",
        "--keep-going");

    assertFalse(Files.exists(out), "the output folder the run created: " + Cli.listing(out));
    assertEquals(List.of(), Cli.listing(existing), "no sub-folder left in the one that was there");
  }

  /**
   * Runs the tool in a child JVM, {@link SlowCliMain}, waits until the slow exporter is writing
   * its staged file in {@code staging}, and terminates the child (SIGTERM).
   */
  private static void terminateWhileWriting(Path staging, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(
        List.of(java, "-cp", System.getProperty("java.class.path"), SlowCliMain.class.getName()));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = err.readLine()) != null && !line.equals(SlowCliMain.STARTED)) {
        seen.append(line).append('\n');
      }
      assertEquals(SlowCliMain.STARTED, line, "the child did not start writing:\n" + seen);
      assertTrue(
          Cli.listing(staging).stream()
              .anyMatch(name -> name.startsWith(".minutes-") && name.contains(".slow.")),
          "the output is staged in a hidden temporary file: " + Cli.listing(staging));
      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child did not end");
    } finally {
      process.destroyForcibly();
    }
    assertEquals(128 + 15, process.exitValue(), "terminated by SIGTERM");
  }
}
