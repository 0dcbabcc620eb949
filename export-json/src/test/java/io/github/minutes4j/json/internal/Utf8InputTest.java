package io.github.minutes4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8InputTest {

  private static final String TEXT = "{\"a\": \"Hälsa 😀\"}\r\n\r\n\n x";

  /** A stream that hands out one byte per call, as slow networks do. */
  private static InputStream trickling(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static String readAll(Utf8Input input, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n; (n = input.read(buffer, 0, chunk)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  @Test
  void decodesWhateverTheSizesOfReadsAndWrites() throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 3, 4096}) {
      assertEquals(TEXT, readAll(new Utf8Input(new ByteArrayInputStream(bytes)), chunk));
      assertEquals(TEXT, readAll(new Utf8Input(trickling(bytes)), chunk), "chunk " + chunk);
    }
  }

  @Test
  void skipsAByteOrderMarkEvenWhenItArrivesByteByByte() throws IOException {
    byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, readAll(new Utf8Input(trickling(bytes)), 4096));
  }

  /** Lines end at \n, \r or \r\n, as the parser counts them; columns count UTF-16 units. */
  @Test
  void placesABadByteByLineAndColumn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(TEXT.getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    Utf8Input.EncodingProblem problem =
        assertThrows(
            Utf8Input.EncodingProblem.class,
            () -> readAll(new Utf8Input(trickling(bytes.toByteArray())), 7));
    assertEquals(4, problem.line());
    assertEquals(3, problem.column());
    assertEquals(
        "the input is not valid UTF-8: it has the byte 0xFF at byte offset 27, which is not UTF-8;"
            + " save or convert the file as UTF-8 (a text in another encoding, such as"
            + " Windows-1252, looks like this)",
        problem.getMessage());
  }

  @Test
  void columnsCountACharacterOutsideTheBmpTwice() {
    byte[] bytes = "😀x\u0080".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xC0; // 0xC2 0x80 becomes the overlong 0xC0 0x80
    Utf8Input.EncodingProblem problem =
        assertThrows(
            Utf8Input.EncodingProblem.class,
            () -> readAll(new Utf8Input(new ByteArrayInputStream(bytes)), 4096));
    assertEquals(1, problem.line());
    assertEquals(4, problem.column());
  }
}
