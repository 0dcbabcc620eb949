package io.github.minutes4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.ExportOptions;
import io.github.minutes4j.core.format.FormatRegistry;
import io.github.minutes4j.core.spi.MinutesExporter;
import io.github.minutes4j.core.spi.MinutesReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No exporter or reader touches the network or the file system, whatever the document says. A
 * loopback HTTP server and a canary file (a FIFO, see {@link Canaries}) are named in every text
 * field, as markup, CSS and plain addresses, and every link of the document points at the server;
 * the document is rendered by every exporter installed (found with {@link FormatRegistry}, so a
 * new format is covered the day its jar is on the class path), in both languages, read back by
 * every reader, and rendered once more through the command-line tool. The server sees 0 requests
 * and the file 0 opens; the canaries' self-test shows that they would see them.
 */
class NoNetworkNoFileTest {

  /** The formats this module has on its class path; the test checks the registry finds them. */
  static final Set<String> INSTALLED = Set.of("json", "html", "pdf");

  private Canaries canaries;

  @BeforeEach
  void start() throws IOException {
    canaries = Canaries.startSelfTested();
  }

  @AfterEach
  void stop() throws IOException {
    canaries.close();
  }

  /** Texts that name the canaries in every way a renderer might follow. */
  List<String> baits() {
    String server = canaries.server();
    String file = canaries.fileUrl();
    String path = canaries.file().toString();
    return List.of(
        "<img src=\"" + server + "/img.png\" alt=\"x\">",
        "<img src=\"" + file + "\" alt=\"x\">",
        "<link rel=\"stylesheet\" href=\"" + server + "/style.css\">",
        "<style>@import url(\"" + server + "/import.css\"); body{background:url(" + file + ")}</style>",
        "body { background-image: url(" + server + "/bg.png) } @font-face { src: url(" + file + ") }",
        "<object data=\"" + server + "/object\"></object><embed src=\"" + file + "\">",
        "<iframe src=\"" + server + "/frame\"></iframe>",
        "<svg><image href=\"" + server + "/svg.png\"/></svg>",
        "<a href=\"" + file + "\">file</a> <a href=\"" + server + "/a\">server</a>",
        "<bookmark name=\"x\" href=\"" + server + "/bookmark\"/>",
        "<?xml-stylesheet href=\"" + server + "/xsl\"?><!DOCTYPE x SYSTEM \"" + file + "\">",
        "<!ENTITY e SYSTEM \"" + server + "/entity\"> &e;",
        server + "/plain-text-address " + file + " " + path,
        "src: local('Liberation Sans'), url(" + server + "/font.ttf) format('truetype')");
  }

  /**
   * {@link Documents#everyField()} with baits in every text and the server in every link. Each
   * text gets its own bait, numbered, and the same text the same one, so that what names another
   * part (an attendee's name in a ballot, a proposal's id in a vote) still names it.
   */
  Minutes baited() {
    List<String> baits = baits();
    int[] n = {0};
    Map<String, String> baited = new HashMap<>();
    return ModelText.map(
        Documents.everyField(),
        (p, kind, text) -> {
          switch (kind) {
            case CODE:
            case MEMBER_CODE:
              return text;
            case ADDRESS:
              return canaries.server() + "/link/" + n[0]++;
            default:
              return baited.computeIfAbsent(
                  text, t -> baits.get(baited.size() % baits.size()) + " " + baited.size());
          }
        });
  }

  @Test
  void noExporterOrReaderFetchesOrOpensAnything(@TempDir Path temp) throws IOException {
    Minutes minutes = baited();
    FormatRegistry<MinutesExporter> exporters = FormatRegistry.exporters();
    Set<String> ids = new TreeSet<>();
    List<String> rendered = new ArrayList<>();
    for (MinutesExporter exporter : exporters.providers()) {
      ids.add(exporter.format().id());
      for (ExportOptions options :
          List.of(
              ExportOptions.defaults(),
              ExportOptions.defaults()
                  .withLanguage(io.github.minutes4j.core.Language.ENGLISH)
                  .withPageSize(io.github.minutes4j.core.format.PageSize.LETTER))) {
        byte[] output = Formats.export(exporter, minutes, options);
        assertTrue(output.length > 0);
        rendered.add(exporter.format().id());
      }
    }
    assertEquals(INSTALLED, ids, "the exporters the registry finds");

    for (MinutesReader reader : FormatRegistry.readers().providers()) {
      // The PDF reader reads the archive copy, which carries the minutes as JSON inside.
      byte[] input =
          reader.format().id().equals("pdf")
              ? Formats.export(
                  io.github.minutes4j.pdf.PdfMinutesExporter.builder().embedSource(true).build(),
                  minutes,
                  ExportOptions.defaults())
              : Formats.json(minutes);
      assertEquals(minutes, reader.read(new ByteArrayInputStream(input)));
      rendered.add("read " + reader.format().id());
    }

    Path in = temp.resolve("baited.json");
    java.nio.file.Files.write(in, Formats.json(minutes));
    Cli.Result result =
        Cli.run(
            new ByteArrayInputStream(new byte[0]),
            "render", in.toString(), "-f", String.join(",", ids), "-o", temp.resolve("out").toString());
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(ids.size(), Cli.listing(temp.resolve("out")).size());

    assertEquals(List.of(), canaries.requests(), "requests to the canary server after " + rendered);
    assertEquals(0, canaries.reads(), "opens of the canary file after " + rendered);
    System.out.printf(
        "canaries: %s rendered %d times, read by %d readers, and by the command-line tool: %d"
            + " requests, %d file opens%n",
        ids, rendered.size(), FormatRegistry.readers().providers().size(),
        canaries.requests().size(), canaries.reads());
  }
}
