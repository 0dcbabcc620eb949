package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A font set made to parse its faces when needed reads each face's bytes once, and only then. */
class FontSetTest {

  private static final String FOLDER = "/io/github/minutes4j/pdf/fonts/";

  /** A face whose bytes are the shipped file, counting how often they are read. */
  private static FontSet.Source face(String file, int weight, boolean italic, AtomicInteger reads) {
    return new FontSet.Source(
        () -> {
          reads.incrementAndGet();
          InputStream in = FontSetTest.class.getResourceAsStream(FOLDER + file);
          if (in == null) {
            throw new IllegalStateException(FOLDER + file + " is missing");
          }
          return in;
        },
        "Test Sans",
        weight,
        italic);
  }

  @Test
  void parsesEachFaceOnlyWhenFirstNeededAndOnce() {
    AtomicInteger regular = new AtomicInteger();
    AtomicInteger bold = new AtomicInteger();
    FontSet fonts =
        FontSet.parsedWhenNeeded(
            List.of(
                face("LiberationSans-Regular.ttf", 400, false, regular),
                face("LiberationSans-Bold.ttf", 700, false, bold)));
    assertEquals(List.of("Test Sans"), fonts.families());
    assertEquals(0, regular.get() + bold.get(), "nothing is read before a face is needed");

    assertTrue(fonts.covers('å'));
    assertTrue(fonts.covers('Ж'));
    assertEquals(1, regular.get(), "the first face answers, read once");
    assertEquals(0, bold.get(), "a character of the first face reads no other");

    assertFalse(fonts.covers(0x4E2D)); // a Chinese character: no face has it, so all are asked
    assertEquals(1, regular.get());
    assertEquals(1, bold.get());
  }
}
