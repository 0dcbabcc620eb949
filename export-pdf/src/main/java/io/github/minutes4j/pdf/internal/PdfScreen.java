package io.github.minutes4j.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Looks over a file's raw bytes, before PDFBox parses it, for what would make PDFBox use unbounded
 * memory: PDFBox decodes a compressed object stream or cross-reference stream whole into memory,
 * with no limit, so a small file can hold gigabytes (a decompression bomb). Stateless.
 *
 * <ul>
 *   <li>Every stream is inflated as PDFBox's {@code /FlateDecode} does (two header bytes skipped,
 *       raw deflate), into a small scratch buffer that is thrown away, counting the bytes: a
 *       stream that expands past {@value #MAX_STREAM} bytes, or all streams together past {@value
 *       #MAX_TOTAL}, is refused. Time and memory are bounded by those counts.
 *   <li>A JPEG stream (PDFBox decodes {@code /DCTDecode} with ImageIO) whose frame header declares
 *       more than {@value #MAX_PIXELS} samples is refused.
 *   <li>Encryption and the filters that minutes4j never writes and that expand data without such
 *       a check (LZW, run length, ASCII hex and base-85 in front of deflate, CCITT fax, crypt
 *       filters) are refused by name, {@code #xx} escapes decoded. A name inside a string counts
 *       too: that refuses a few harmless files, never a file this exporter writes.
 * </ul>
 *
 * <p>Internal to the module; no compatibility promise.
 */
final class PdfScreen {

  /** The most bytes one stream may expand to. */
  static final long MAX_STREAM = 64L << 20;

  /** The most bytes all streams together may expand to. */
  static final long MAX_TOTAL = 256L << 20;

  /** The most samples (width x height x components) a JPEG may declare. */
  static final long MAX_PIXELS = 64L << 20;

  private static final Set<String> REFUSED_NAMES =
      Set.of(
          "Encrypt",
          "LZWDecode",
          "LZW",
          "RunLengthDecode",
          "RL",
          "ASCIIHexDecode",
          "AHx",
          "ASCII85Decode",
          "A85",
          "CCITTFaxDecode",
          "CCF",
          "Crypt");

  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

  private PdfScreen() {}

  /**
   * Screens a file.
   *
   * @param pdf the file
   * @return what is wrong, as a sentence without the fix, or empty if PDFBox may parse the file
   */
  static Optional<String> problem(byte[] pdf) {
    Optional<String> name = refusedName(pdf);
    if (name.isPresent()) {
      return name;
    }
    Inflater inflater = new Inflater(true);
    byte[] scratch = new byte[64 * 1024];
    long total = 0;
    try {
      for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + 1)) {
        if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
          continue; // endstream
        }
        int data = at + STREAM.length;
        while (data < pdf.length && data < at + STREAM.length + 3 && isSpace(pdf[data])) {
          data++;
        }
        if (isJpegTooLarge(pdf, data)) {
          return Optional.of(
              "an image at byte " + data + " declares more than " + MAX_PIXELS + " samples");
        }
        long size = inflated(inflater, pdf, data + 2, scratch, Math.min(MAX_STREAM, MAX_TOTAL - total));
        if (size < 0) {
          return Optional.of(
              "a compressed stream at byte "
                  + data
                  + " expands to more than "
                  + Math.min(MAX_STREAM, MAX_TOTAL - total)
                  + " bytes (a decompression bomb?), more than any minutes4j file holds");
        }
        total += size;
      }
    } finally {
      inflater.end();
    }
    return Optional.empty();
  }

  /** How many bytes deflate data expands to, at most {@code limit}; -1 if more. */
  private static long inflated(Inflater inflater, byte[] pdf, int from, byte[] scratch, long limit) {
    if (from >= pdf.length) {
      return 0;
    }
    inflater.reset();
    inflater.setInput(pdf, from, pdf.length - from);
    long size = 0;
    try {
      while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        int n = inflater.inflate(scratch);
        size += n;
        if (size > limit) {
          return -1;
        }
        if (n == 0 && (inflater.needsInput() || inflater.finished())) {
          break;
        }
      }
    } catch (DataFormatException e) {
      // Not deflate data (or no longer): PDFBox stops there too.
    }
    return size;
  }

  /** Whether JPEG data at an offset declares a frame of more than MAX_PIXELS samples. */
  private static boolean isJpegTooLarge(byte[] pdf, int at) {
    if (at + 1 >= pdf.length || (pdf[at] & 0xFF) != 0xFF || (pdf[at + 1] & 0xFF) != 0xD8) {
      return false;
    }
    int i = at + 2;
    while (i + 9 < pdf.length && (pdf[i] & 0xFF) == 0xFF) {
      int marker = pdf[i + 1] & 0xFF;
      int length = ((pdf[i + 2] & 0xFF) << 8) | (pdf[i + 3] & 0xFF);
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        long height = ((pdf[i + 5] & 0xFF) << 8) | (pdf[i + 6] & 0xFF);
        long width = ((pdf[i + 7] & 0xFF) << 8) | (pdf[i + 8] & 0xFF);
        long components = pdf[i + 9] & 0xFF;
        return width * height * Math.max(1, components) > MAX_PIXELS;
      }
      if (length < 2) {
        return false;
      }
      i += 2 + length;
    }
    return false;
  }

  /** The first name token that is refused, decoded, as a sentence. */
  private static Optional<String> refusedName(byte[] pdf) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < pdf.length; i++) {
      if (pdf[i] != '/') {
        continue;
      }
      name.setLength(0);
      int j = i + 1;
      while (j < pdf.length && isRegular(pdf[j]) && name.length() <= 20) {
        if (pdf[j] == '#' && j + 2 < pdf.length) {
          int hex = Character.digit(pdf[j + 1], 16) * 16 + Character.digit(pdf[j + 2], 16);
          name.append((char) (hex & 0xFF));
          j += 3;
        } else {
          name.append((char) (pdf[j] & 0xFF));
          j++;
        }
      }
      String found = name.toString();
      if (REFUSED_NAMES.contains(found)) {
        return Optional.of(
            found.equals("Encrypt")
                ? "the file is encrypted, which PDF/A forbids and minutes4j never writes"
                : "the file uses /" + found + ", which minutes4j never writes");
      }
      i = j - 1;
    }
    return Optional.empty();
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
  }

  private static boolean isRegular(byte b) {
    return !isSpace(b) && "()<>[]{}/%".indexOf(b) < 0;
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = from; i <= data.length - needle.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (data[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
