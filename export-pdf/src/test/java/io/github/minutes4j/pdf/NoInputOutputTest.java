package io.github.minutes4j.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.sun.net.httpserver.HttpServer;
import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Participant;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.pdf.internal.FontSet;
import io.github.minutes4j.pdf.internal.PageRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporter reads nothing from the network or the file system, whatever addresses the minutes
 * hold. A local HTTP server counts requests; a canary FIFO records being opened (opening a FIFO
 * for reading blocks until a writer comes, so a watching writer thread sees every open, which a
 * file's access time, subject to {@code relatime} and {@code noatime}, would not show reliably).
 *
 * <p>Both are aimed at through the exporter (links, link texts, every text field), and through
 * the internal renderer with a page that has images, style sheets, {@code @import}, {@code url()},
 * {@code @font-face} and objects pointing at them, which proves the lock-down itself rather than
 * only that the HTML exporter writes no resource. A control renders that page with openhtmltopdf's
 * defaults and must reach both, so the test is known to be able to fail.
 */
class NoInputOutputTest {

  private HttpServer server;
  private final List<String> requests = new ArrayList<>();
  private Path canary;
  private final AtomicBoolean canaryOpened = new AtomicBoolean();
  private final AtomicBoolean stopWatching = new AtomicBoolean();
  private Thread watcher;

  @BeforeEach
  void startServerAndCanary(@TempDir Path folder) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          synchronized (requests) {
            requests.add(exchange.getRequestURI().toString());
          }
          byte[] body = "p { color: red }".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();

    canary = folder.resolve("canary.png");
    Process mkfifo = new ProcessBuilder("mkfifo", canary.toString()).inheritIO().start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for the canary");
    watcher =
        new Thread(
            () -> {
              while (!stopWatching.get()) {
                // Blocks until somebody opens the FIFO for reading, then gives them one byte and
                // the end of the file, and waits for the next reader.
                try (OutputStream out = Files.newOutputStream(canary)) {
                  if (!stopWatching.get()) {
                    canaryOpened.set(true);
                  }
                  out.write('x');
                } catch (IOException e) {
                  // The reader left before the byte was written (broken pipe); wait for the next.
                }
              }
            },
            "canary-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop(0);
    stopWatching.set(true);
    // Open the FIFO once for reading, so that the watcher's pending open returns and it ends.
    Thread unblock =
        new Thread(
            () -> {
              try (InputStream in = Files.newInputStream(canary)) {
                in.readAllBytes();
              } catch (IOException ignored) {
                // The watcher has ended.
              }
            });
    unblock.setDaemon(true);
    unblock.start();
    watcher.join(5_000);
  }

  private String address(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void exportingMinutesFullOfAddressesReadsNothing() throws Exception {
    String file = canary.toUri().toString();
    String img = "<img src=\"" + address("/inline.png") + "\"> <img src=\"" + file + "\">";
    Minutes minutes =
        ReferenceMinutes.june2022().toBuilder()
            .title("Möte om " + address("/title.png") + " och " + file)
            .addAgendaItem(
                AgendaItem.withHeading("Adresser " + img)
                    .addBlocks(
                        Block.paragraph(
                            Inline.plain("Se " + img + " "),
                            Inline.link("bilden", LinkTarget.of(address("/link.png"))),
                            Inline.plain(" och "),
                            Inline.link(file, LinkTarget.of(address("/style.css")))),
                        Block.subsection(
                            "@import url(" + address("/imported.css") + ");",
                            Block.paragraph("url(" + file + ")")))
                    .addLink(LinkKind.SLIDES, "Bilder", LinkTarget.of(address("/slides.pdf")))
                    .addLink(LinkKind.DOCUMENT, file, LinkTarget.of(address("/document.pdf")))
                    .build())
            .participants(
                ParticipantList.headed(
                    "Deltagare " + address("/list.png"),
                    List.of(
                        Participant.of("Anna", Affiliation.member("NUH"), file)
                            .withLink(LinkTarget.of(address("/anna.png"))))))
            .build();

    byte[] pdf = Pdfs.render(minutes);

    assertNothingRead();
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTrue(
          Pdfs.linkTargets(document).contains(address("/link.png")),
          "the links are in the PDF, as links: " + Pdfs.linkTargets(document));
      assertTrue(Pdfs.body(document).contains("Adresser <img src="), "escaped markup is text");
    }
  }

  @Test
  void theRendererRefusesEveryResourceOfAHostilePage() throws Exception {
    byte[] pdf = new PageRenderer(FontSet.shipped()).render(hostilePage(), date());

    assertNothingRead();
    try (PDDocument document = Pdfs.load(pdf)) {
      assertTrue(Pdfs.body(document).contains("Text efter bilderna"), "the page is printed");
    }
  }

  /** The control: openhtmltopdf's defaults do fetch and read, so the test above can fail. */
  @Test
  void withoutTheLockDownTheSamePageReachesServerAndFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(new W3CDom().fromJsoup(hostilePage()), "about:blank");
    builder.toStream(out);
    builder.run();

    synchronized (requests) {
      assertFalse(requests.isEmpty(), "the default renderer should have fetched from the server");
    }
    for (int waited = 0; waited < 50 && !canaryOpened.get(); waited++) {
      Thread.sleep(100); // the watcher notices the open on its own thread
    }
    assertTrue(canaryOpened.get(), "the default renderer should have opened the canary file");
  }

  private Document hostilePage() {
    String port = Integer.toString(server.getAddress().getPort());
    String file = canary.toUri().toString();
    return Jsoup.parse(
        """
        <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title>
        <link rel="stylesheet" href="http://127.0.0.1:PORT/linked.css">
        <style>
          @import url("http://127.0.0.1:PORT/imported.css");
          @font-face { font-family: Remote; src: url("http://127.0.0.1:PORT/font.ttf"); }
          body { background-image: url("FILE"); }
          p { background-image: url("http://127.0.0.1:PORT/background.png"); font-family: Remote; }
        </style></head>
        <body><main><h1>Rubrik</h1>
        <p>Text <img src="http://127.0.0.1:PORT/image.png" alt="bild">
           <img src="FILE" alt="fil"> Text efter bilderna</p>
        <p><a href="http://127.0.0.1:PORT/link">länk</a></p>
        <object data="http://127.0.0.1:PORT/object.pdf" type="application/pdf">objekt</object>
        </main></body></html>
        """
            .replace("PORT", port)
            .replace("FILE", file));
  }

  private void assertNothingRead() throws InterruptedException {
    Thread.sleep(200); // give the watcher thread time to notice an open, were there one
    synchronized (requests) {
      assertEquals(List.of(), requests, "requests to the local server");
    }
    assertFalse(canaryOpened.get(), "the canary file was opened");
  }

  private static OffsetDateTime date() {
    return OffsetDateTime.parse("2022-06-11T00:00Z");
  }
}
