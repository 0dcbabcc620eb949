package io.github.minutes4j.cli;

import static io.github.minutes4j.cli.CliRun.run;
import static io.github.minutes4j.cli.CliRun.writeReferenceJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool lets libraries log to standard error, as {@code main} sets it up. */
class LibraryLoggingTest {

  @TempDir Path folder;

  @Test
  void aCutShortFontIsOneErrorWithoutFontBoxsWarnings() throws IOException {
    Path june = writeReferenceJson(folder.resolve("in")).get(0);
    Path font = folder.resolve("cut.ttf");
    try (InputStream in = getClass().getResourceAsStream("NotoSansRunic-Regular.ttf")) {
      Files.write(font, Arrays.copyOf(in.readAllBytes(), 3000));
    }
    Logger fontbox = Logger.getLogger("org.apache.fontbox");
    Level rootLevel = Logger.getLogger("").getLevel();
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    StreamHandler handler = new StreamHandler(logged, new SimpleFormatter());
    handler.setLevel(Level.ALL);
    fontbox.addHandler(handler);
    try {
      Minutes4jCli.quietLibraryLogging(new String[] {"render"});

      CliRun.Result result =
          run("render", june.toString(), "-f", "pdf", "-o", folder.resolve("out").toString(),
              "--font", font.toString());

      assertEquals(2, result.exitCode, result.toString());
      assertTrue(result.err.startsWith("error: --font " + font + ": The font " + font
          + " cannot be read as a TrueType font"), result.err);
      handler.flush();
      assertEquals("", logged.toString(StandardCharsets.UTF_8),
          "FontBox's warnings about the tables of the cut-short file reach standard error");
    } finally {
      fontbox.removeHandler(handler);
      fontbox.setLevel(null);
      Logger.getLogger("org.apache.pdfbox").setLevel(null);
      Logger.getLogger("").setLevel(rootLevel);
    }
  }
}
