package io.github.minutes4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hidden file beside a target fits the file systems' limit of 255 bytes to a name whenever
 * the target does: a target whose name is near the limit can be written.
 */
class HiddenNameTest {

  @TempDir Path folder;

  @Test
  void aHiddenNameBesideALongNameStaysWithinTheLimit() {
    String[] names = {
      "m".repeat(250) + ".html", "ä".repeat(125) + ".html", "😀".repeat(62) + ".json"
    };
    for (String name : names) {
      Path hidden = AtomicFiles.hiddenBeside(folder.resolve(name), ".tmp");
      String hiddenName = hidden.getFileName().toString();
      int bytes = hiddenName.getBytes(StandardCharsets.UTF_8).length;

      assertTrue(bytes <= 255, bytes + " bytes: " + hiddenName);
      assertTrue(hiddenName.startsWith("." + name.substring(0, 10)), hiddenName);
      assertTrue(hiddenName.endsWith(".tmp"), hiddenName);
      assertEquals(folder.toAbsolutePath(), hidden.getParent());
      // Whole characters: what was kept of the name reads back as it was written.
      String kept = hiddenName.substring(0, hiddenName.lastIndexOf('.', hiddenName.length() - 5));
      assertTrue(("." + name).startsWith(kept), hiddenName);
    }
    assertEquals(
        ".minutes.html.",
        AtomicFiles.hiddenBeside(folder.resolve("minutes.html"), ".tmp").getFileName().toString()
            .substring(0, 14),
        "a short name is kept whole");
  }

  @Test
  void aTargetWhoseNameIsNearTheLimitIsWritten() throws IOException {
    Path target = folder.resolve("ö".repeat(120) + "-minutes.html");

    AtomicFiles.write(target, out -> out.write(new byte[] {'o', 'k'}));

    assertEquals("ok", Files.readString(target));
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count(), "no hidden file left");
    }
  }
}
