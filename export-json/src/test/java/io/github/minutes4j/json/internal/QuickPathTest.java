package io.github.minutes4j.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.spi.MinutesReadException;
import io.github.minutes4j.examples.reference.ReferenceMinutes;
import io.github.minutes4j.json.JsonMinutesExporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MinutesJsonReader#read}, which tries Jackson's byte parser first, has the outcome of
 * {@link MinutesJsonReader#readChecked}, the character parser behind {@link Utf8Input}: the same
 * minutes, or the same problem at the same place.
 */
class QuickPathTest {

  @Test
  void givesTheOutcomeOfTheCheckedPathForThousandsOfCorruptedDocuments() throws IOException {
    byte[] valid = json(ReferenceMinutes.december2021());
    Random random = new Random(2021);
    int quickSuccesses = 0;
    for (int round = 0; round < 3000; round++) {
      byte[] bytes = valid.clone();
      for (int changes = 1 + random.nextInt(2); changes > 0; changes--) {
        int at = random.nextInt(bytes.length);
        bytes[at] =
            switch (random.nextInt(5)) {
              case 0 -> (byte) (0x80 + random.nextInt(0x80)); // a byte that is not ASCII
              case 1 -> (byte) "{}[],:\"\\ 0an".charAt(random.nextInt(12));
              case 2 -> (byte) 0xED; // the start of an encoded surrogate
              default -> (byte) random.nextInt(0x80);
            };
      }
      if (round % 3 == 0) {
        bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)); // cut short
      }
      String quick = outcome(bytes, false);
      assertEquals(outcome(bytes, true), quick, "round " + round);
      quickSuccesses += quick.startsWith("minutes") ? 1 : 0;
    }
    assertTrue(quickSuccesses > 0, "some corruptions keep the document readable");
  }

  @Test
  void readsTheReferenceDocumentsWithAndWithoutAByteOrderMark() throws IOException {
    for (Minutes minutes :
        new Minutes[] {ReferenceMinutes.june2022(), ReferenceMinutes.december2021()}) {
      byte[] bytes = json(minutes);
      assertEquals(minutes, MinutesJsonReader.read(new ByteArrayInputStream(bytes)));
      byte[] withMark = new byte[bytes.length + 3];
      withMark[0] = (byte) 0xEF;
      withMark[1] = (byte) 0xBB;
      withMark[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withMark, 3, bytes.length);
      assertEquals(minutes, MinutesJsonReader.read(new ByteArrayInputStream(withMark)));
    }
  }

  @Test
  void leavesEncodingsJacksonWouldDetectToTheCheckedPath() throws IOException {
    byte[] bytes = json(ReferenceMinutes.june2022());
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = new String(bytes, StandardCharsets.UTF_8);
    byte[][] inputs = {
      concat(mark, mark, bytes), // Jackson's byte parser would skip the second mark
      concat(mark, text.getBytes(StandardCharsets.UTF_16LE)), // and read UTF-16
      concat(mark, text.getBytes(StandardCharsets.UTF_16BE)),
      concat(new byte[] {' '}, mark, bytes),
    };
    for (byte[] input : inputs) {
      String quick = outcome(input, false);
      assertTrue(quick.startsWith("problem "), quick);
      assertEquals(outcome(input, true), quick);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void aFailingStreamFailsWithItsOwnExceptionAfterTheBytesBeforeIt() throws IOException {
    byte[] bytes = json(ReferenceMinutes.june2022());
    IOException failure = new IOException("connection reset");
    for (int cut : new int[] {0, 1, 100, bytes.length / 2, bytes.length - 1}) {
      InputStream in =
          new FilterInputStream(new ByteArrayInputStream(bytes, 0, cut)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
              int n = super.read(b, off, Math.min(len, 7));
              if (n < 0) {
                throw failure;
              }
              return n;
            }
          };
      try {
        MinutesJsonReader.read(in);
        throw new AssertionError("read a document cut at " + cut);
      } catch (IOException e) {
        assertEquals(failure, e, "cut at " + cut);
      } catch (MinutesReadException e) {
        throw new AssertionError("cut at " + cut + ": " + e.getMessage(), e);
      }
    }
  }

  private static String outcome(byte[] bytes, boolean checked) {
    try {
      InputStream in = new ByteArrayInputStream(bytes);
      Minutes minutes =
          checked ? MinutesJsonReader.readChecked(in) : MinutesJsonReader.read(in);
      return "minutes " + minutes;
    } catch (MinutesReadException e) {
      return "problem " + e.getMessage() + " at " + e.location();
    } catch (IOException | RuntimeException e) {
      return "exception " + e;
    }
  }

  private static byte[] json(Minutes minutes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonMinutesExporter().export(minutes, out);
    return out.toByteArray();
  }
}
