package io.github.minutes4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Utf8Document} lets through exactly the bytes that the JDK's strict UTF-8 decoder decodes
 * without error, however the reads split them; Jackson's byte parser alone accepts more.
 */
class Utf8DocumentTest {

  @Test
  void agreesWithTheJdkDecoderOnEveryShortSequence() {
    // Every sequence of one or two bytes, and every three-byte sequence with a lead byte from
    // 0xE0 or above (where overlong forms, surrogates and the end of Unicode are decided).
    byte[] one = new byte[1];
    byte[] two = new byte[2];
    for (int a = 0; a < 256; a++) {
      one[0] = (byte) a;
      assertAgrees(one);
      for (int b = 0; b < 256; b++) {
        two[0] = (byte) a;
        two[1] = (byte) b;
        assertAgrees(two);
      }
    }
    byte[] three = new byte[3];
    byte[] four = new byte[4];
    for (int a = 0xC0; a < 256; a++) {
      for (int b = 0x70; b < 0xD0; b++) {
        for (int c = 0x70; c < 0xD0; c++) {
          three[0] = (byte) a;
          three[1] = (byte) b;
          three[2] = (byte) c;
          assertAgrees(three);
          four[0] = (byte) a;
          four[1] = (byte) b;
          four[2] = (byte) c;
          four[3] = (byte) 0x80;
          assertAgrees(four);
          four[3] = (byte) 0x41;
          assertAgrees(four);
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomText() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes;
      if (round % 2 == 0) {
        // Valid text with one byte changed, to reach every kind of error inside longer input.
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
          text.appendCodePoint(
              switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x780);
                case 2 -> 0xE000 + random.nextInt(0x2000);
                default -> 0x10000 + random.nextInt(0x100000);
              });
        }
        bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextBoolean()) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      } else {
        bytes = new byte[random.nextInt(12)];
        random.nextBytes(bytes);
      }
      assertAgrees(bytes);
    }
  }

  @Test
  void handsOnTheBytesBeforeABadOneAndFailsAtItsOffset() throws IOException {
    byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, (byte) 0xA9, (byte) 0xC0, (byte) 0xAF, 'd'};
    Utf8Document document = new Utf8Document(new ByteArrayInputStream(bytes));
    byte[] buffer = new byte[100];
    assertEquals(5, document.read(buffer, 0, 100));
    Utf8Document.EncodingProblem problem =
        assertThrows(Utf8Document.EncodingProblem.class, () -> document.read(buffer, 0, 100));
    assertEquals(5, problem.offset);
    assertTrue(problem.getMessage().contains("0xC0 at byte offset 5"), problem.getMessage());
  }

  @Test
  void countsLinesAndColumnsInUtf16CodeUnitsAfterAByteOrderMark() throws IOException {
    byte[] bytes = "\uFEFFab\r\nc\u00E9\uD83D\uDE00x\ry".getBytes(StandardCharsets.UTF_8);
    Utf8Document document = new Utf8Document(new ByteArrayInputStream(bytes));
    document.readAllBytes();
    assertArrayEquals(new long[] {1, 1}, document.lineAndColumn(3));
    assertArrayEquals(new long[] {2, 1}, document.lineAndColumn(7));
    // c, é (2 bytes), 😀 (4 bytes, 2 UTF-16 units): x is at column 5
    assertArrayEquals(new long[] {2, 5}, document.lineAndColumn(14));
    assertArrayEquals(new long[] {3, 1}, document.lineAndColumn(16));
  }

  private static void assertAgrees(byte[] bytes) {
    boolean decodes;
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      decodes = true;
    } catch (CharacterCodingException e) {
      decodes = false;
    }
    if (passes(bytes, bytes.length < 6 ? 4096 : 1) != decodes) {
      throw new AssertionError(
          HexFormat.ofDelimiter(" ").formatHex(bytes)
              + (decodes ? " decodes, but the check refuses it" : " does not decode, but the check accepts it"));
    }
  }

  /** Whether the bytes, after two letters, pass when read in pieces of the given size. */
  private static boolean passes(byte[] bytes, int piece) {
    byte[] input = new byte[bytes.length + 2];
    input[0] = 'a';
    input[1] = 'b';
    System.arraycopy(bytes, 0, input, 2, bytes.length);
    Utf8Document document = new Utf8Document(new ByteArrayInputStream(input));
    byte[] buffer = new byte[piece];
    try {
      while (document.read(buffer, 0, piece) >= 0) {
        // reads to the end
      }
      return true;
    } catch (Utf8Document.EncodingProblem e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
