package io.github.minutes4j.html.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link Utf8Writer} writes the bytes the JDK's UTF-8 writer stack writes. */
class Utf8WriterTest {

  private static final String[] SAMPLES = {
    "",
    "plain ASCII <p>",
    "Årsmöte för Föreningen – “citat” …",
    "emoji \uD83D\uDE00 and 𝄞 outside the BMP",
    "\u0800\uFFFD\uFFFF\u07FF\u0080\u007F",
    "unpaired \uD800 high, unpaired \uDC00 low, reversed \uDC00\uD800 pair",
    "ends with a high surrogate \uD83D",
  };

  @Test
  void writesTheSameBytesAsAnOutputStreamWriter() throws IOException {
    for (String sample : SAMPLES) {
      assertSameBytes(sample, (byte[] unused) -> null);
    }
  }

  @Test
  void writesRandomTextLikeAnOutputStreamWriterAcrossBufferBoundaries() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20_000);
      for (int i = 0; i < length; i++) {
        switch (random.nextInt(6)) {
          case 0 -> text.append((char) random.nextInt(0x80));
          case 1 -> text.append((char) (0x80 + random.nextInt(0x780)));
          case 2 -> text.append((char) (0x800 + random.nextInt(0xD000)));
          case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
          case 4 -> text.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
          default -> text.append("plain ascii run ");
        }
      }
      assertSameBytes(text.toString(), null);
    }
  }

  @Test
  void writesEncodedBytesAsTheTextTheyEncode() throws IOException {
    for (String before : SAMPLES) {
      for (String constant :
          List.of("", "\n.page { margin: 0; }\n", "Årsmöte – ✓ 😀", "x".repeat(9000), "–".repeat(5000))) {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
        jdk.write(before);
        jdk.write(constant);
        jdk.write("after");
        jdk.flush();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Utf8Writer ours = new Utf8Writer(actual);
        ours.write(before);
        ours.writeEncoded(constant.getBytes(StandardCharsets.UTF_8));
        ours.write("after");
        ours.flush();
        assertArrayEquals(
            expected.toByteArray(),
            actual.toByteArray(),
            () -> "after " + before + ", a constant of " + constant.length() + " chars");
      }
    }
  }

  @Test
  void closeWritesAnUnpairedHighSurrogateAtTheEndAsTheJdkDoes() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
      jdk.write("a\uD83D");
    }
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    try (Writer ours = new Utf8Writer(actual)) {
      ours.write("a\uD83D");
    }
    assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    assertEquals("a?", actual.toString(StandardCharsets.UTF_8));
  }

  /**
   * Writes the text in pieces of varying size, through each of the write methods, with both
   * writers, flushes, and compares the bytes.
   */
  private static void assertSameBytes(String text, Function<byte[], Void> unused)
      throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteArrayOutputStream actual = new ByteArrayOutputStream();
    Writer jdk = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8));
    Writer ours = new Utf8Writer(actual);
    Random random = new Random(text.length());
    for (int i = 0; i < text.length(); ) {
      int n = Math.min(text.length() - i, 1 + random.nextInt(9000));
      switch (random.nextInt(3)) {
        case 0 -> {
          jdk.write(text, i, n);
          ours.write(text, i, n);
        }
        case 1 -> {
          char[] chars = ("xx" + text.substring(i, i + n)).toCharArray();
          jdk.write(chars, 2, n);
          ours.write(chars, 2, n);
        }
        default -> {
          n = 1;
          jdk.write(text.charAt(i));
          ours.write(text.charAt(i));
        }
      }
      i += n;
    }
    jdk.flush();
    ours.flush();
    assertTrue(
        java.util.Arrays.equals(expected.toByteArray(), actual.toByteArray()),
        () -> "different bytes for a text of " + text.length() + " chars");
  }
}
