package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server and a canary file that record every request and every read, for tests
 * that show an exporter fetches nothing, whatever the document names.
 *
 * <p>The canary file is a FIFO (made with {@code mkfifo}): a thread holds it open for writing,
 * which blocks until some reader opens it. So any open of the file for reading, by anyone, is
 * seen at once; the access time of a regular file would not be (file systems mounted {@code
 * noatime} or {@code relatime} do not update it on every read). A reader that opens it gets a
 * few bytes and the end of the file, so it does not hang. {@link #close()} opens the FIFO itself,
 * without counting, to release the thread.
 */
final class Canaries implements AutoCloseable {

  private final HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final Path folder;
  private final Path fifo;
  private final AtomicInteger reads = new AtomicInteger();
  private final Thread watcher;
  private volatile boolean closing;

  private Canaries() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          byte[] body = "canary".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    folder = Files.createTempDirectory("minutes4j-canary");
    fifo = folder.resolve("canary.css");
    mkfifo(fifo);
    watcher = new Thread(this::watch, "canary-file-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Starts the server and makes the FIFO. */
  static Canaries start() {
    try {
      return new Canaries();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void mkfifo(Path path) throws IOException {
    Process process = new ProcessBuilder("mkfifo", "-m", "644", path.toString()).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(
            "mkfifo failed: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making the FIFO", e);
    }
    if (Files.isRegularFile(path) || !Files.exists(path)) {
      throw new IOException(path + " is not a FIFO");
    }
  }

  private void watch() {
    while (!closing) {
      // Blocks until a reader opens the FIFO.
      try (OutputStream out = new FileOutputStream(fifo.toFile())) {
        if (closing) {
          return;
        }
        reads.incrementAndGet();
        out.write("body{background:red}".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The reader went away before the write: it was still an open for reading.
      }
      // The reader may keep the FIFO open for a while; a new FIFO in its place waits for the
      // next reader, so one reader is counted once.
      try {
        Files.deleteIfExists(fifo);
        mkfifo(fifo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The loopback server's base address, such as {@code http://127.0.0.1:41234}. */
  String server() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  /** The port of the loopback server. */
  int port() {
    return server.getAddress().getPort();
  }

  /** The canary file's path. */
  Path file() {
    return fifo;
  }

  /** The canary file as a {@code file:} URL. */
  String fileUrl() {
    return fifo.toUri().toString();
  }

  /** Every request the server has had, as "METHOD /path". */
  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How often the canary file has been opened for reading. */
  int reads() {
    return reads.get();
  }

  /**
   * Shows that the canaries work: one request to the server and one read of the file are seen.
   * Tests call it on a fresh instance, so that "0 requests, 0 reads" elsewhere means something.
   */
  void selfTest() throws IOException {
    try (InputStream in = new java.net.URL(server() + "/self-test").openStream()) {
      in.readAllBytes();
    }
    drain(fifo);
  }

  /**
   * Reads a FIFO to its end. ({@code FileInputStream.readAllBytes} would fail on it with "Illegal
   * seek".)
   */
  private static void drain(Path fifo) throws IOException {
    try (InputStream in = new FileInputStream(fifo.toFile())) {
      byte[] buffer = new byte[256];
      while (in.read(buffer) >= 0) {
        // Nothing to keep.
      }
    }
  }

  /**
   * Starts the canaries and shows that they work ({@link #selfTest()}: exactly the self-test's
   * request and one read are seen), then forgets the self-test, so that "0 requests, 0 reads"
   * afterwards means something.
   */
  static Canaries startSelfTested() throws IOException {
    Canaries canaries = start();
    canaries.selfTest();
    assertEquals(List.of("GET /self-test"), canaries.requests(), "the server counts requests");
    assertEquals(1, canaries.reads(), "the canary file counts opens");
    canaries.reset();
    return canaries;
  }

  /** Asserts that no request reached the server and the file was not opened, then closes. */
  void assertUntouchedAndClose() throws IOException {
    try {
      assertEquals(List.of(), requests(), "requests to the canary server");
      assertEquals(0, reads(), "reads of the canary file");
    } finally {
      close();
    }
  }

  /** Forgets what the self-test recorded. */
  void reset() {
    requests.clear();
    reads.set(0);
  }

  @Override
  public void close() throws IOException {
    closing = true;
    server.stop(0);
    // Releases the watcher, which is blocked opening the FIFO for writing.
    drain(fifo);
    try {
      watcher.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(fifo);
    Files.deleteIfExists(folder);
  }
}
