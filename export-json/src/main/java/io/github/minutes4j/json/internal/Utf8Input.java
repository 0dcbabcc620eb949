package io.github.minutes4j.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as strict UTF-8 for the parser, and knows the line and column it has
 * reached.
 *
 * <p>Strict means what RFC 3629 says: overlong forms, encoded surrogates, bytes that start no
 * character and sequences cut short are errors, reported as an {@link EncodingProblem} with the
 * line and column of the first bad byte (every character before it has been handed out first).
 * A UTF-8 byte order mark at the start is skipped. Input that starts like UTF-16 or UTF-32 (a
 * byte order mark or a zero byte in the first two bytes, which JSON text in UTF-8 never has) is
 * refused with a message saying so.
 *
 * <p>Columns count UTF-16 code units, as the parser's do: a character outside the Basic
 * Multilingual Plane counts two. Not thread-safe; one per read.
 */
final class Utf8Input extends Reader {

  private static final int BUFFER_SIZE = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private final char[] spare = new char[2];
  private int spareStart;
  private int spareEnd;
  private boolean started;
  private boolean endOfInput;
  private boolean flushed;
  private long bytesRead;
  private long line = 1;
  private long column = 1;
  private boolean afterCarriageReturn;

  /**
   * Decodes a stream.
   *
   * @param in the bytes; read as needed, never closed
   */
  Utf8Input(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!started) {
      start();
    }
    if (spareStart < spareEnd) {
      int n = Math.min(length, spareEnd - spareStart);
      System.arraycopy(spare, spareStart, target, offset, n);
      spareStart += n;
      return counted(target, offset, n);
    }
    if (length < 2) {
      // A character outside the BMP needs two chars; decode into the spare buffer.
      int n = decode(spare, 0, 2);
      if (n <= 0) {
        return n;
      }
      spareStart = 0;
      spareEnd = n;
      return read(target, offset, length);
    }
    return counted(target, offset, decode(target, offset, length));
  }

  private int decode(char[] target, int offset, int length) throws IOException {
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      int decoded = out.position() - offset;
      if (result.isError()) {
        if (decoded > 0) {
          return decoded; // Hand out the good characters; the next call reports the bad bytes.
        }
        throw malformed(result.length());
      }
      if (decoded > 0) {
        return decoded;
      }
      if (result.isOverflow()) {
        throw new IllegalStateException("no room to decode into " + length + " chars");
      }
      if (endOfInput) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          if (out.position() > offset) {
            return out.position() - offset;
          }
        }
        return -1;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytesRead += n;
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Reads the first bytes, skips a UTF-8 byte order mark, and refuses UTF-16 and UTF-32. */
  private void start() throws IOException {
    started = true;
    while (!endOfInput && bytes.remaining() < 4) {
      fill();
    }
    int available = bytes.remaining();
    int b0 = available > 0 ? bytes.get(0) & 0xFF : -1;
    int b1 = available > 1 ? bytes.get(1) & 0xFF : -1;
    int b2 = available > 2 ? bytes.get(2) & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      bytes.position(3);
      return;
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      throw new EncodingProblem(
          "the input starts with a UTF-16 or UTF-32 byte order mark; minutes4j JSON is UTF-8"
              + " (RFC 8259), so save or convert the file as UTF-8",
          1,
          1);
    }
    if (b0 == 0 || b1 == 0) {
      throw new EncodingProblem(
          "the input has a zero byte among its first two bytes, as UTF-16 or UTF-32 text has;"
              + " minutes4j JSON is UTF-8 (RFC 8259), so save or convert the file as UTF-8",
          1,
          1);
    }
  }

  /**
   * How many bytes at the start of an input are a UTF-8 byte order mark, which a reader skips;
   * or -1 if the input starts as {@link #start()} refuses (a UTF-16 or UTF-32 byte order mark, a
   * zero byte among the first two).
   *
   * @param bytes the input
   * @return 3, 0, or -1
   */
  static int byteOrderMarkLength(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return 3;
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
      return -1;
    }
    return 0;
  }

  /**
   * Whether bytes are strict UTF-8 as this class reads it (RFC 3629): no overlong forms, no
   * encoded surrogates, nothing above U+10FFFF, no stray continuation bytes, no sequence cut
   * short.
   *
   * @param bytes the bytes
   * @param from the first to check
   * @param to the end (exclusive)
   * @return true if they all decode
   */
  static boolean isStrictUtf8(byte[] bytes, int from, int to) {
    return strictUtf8PrefixEnd(bytes, from, to) == to;
  }

  /**
   * Where the strict UTF-8 at the start of a range ends: the index of the first byte that does not
   * start a complete, valid character in the range (because it is not valid, or because the range
   * ends before the character does), or {@code to}.
   *
   * @param bytes the bytes
   * @param from the first to check
   * @param to the end (exclusive)
   * @return the end of the valid characters from {@code from}
   */
  static int strictUtf8PrefixEnd(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return i; // a continuation byte, or the start of an overlong two-byte form
      }
      if (b < 0xE0) {
        if (i + 1 >= to || !isContinuation(bytes[i + 1])) {
          return i;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= to || !isContinuation(bytes[i + 1]) || !isContinuation(bytes[i + 2])) {
          return i;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0)) {
          return i; // overlong, or a surrogate
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= to
            || !isContinuation(bytes[i + 1])
            || !isContinuation(bytes[i + 2])
            || !isContinuation(bytes[i + 3])) {
          return i;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90)) {
          return i; // overlong, or above U+10FFFF
        }
        i += 4;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private EncodingProblem malformed(int length) {
    long offset = bytesRead - bytes.remaining();
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(i == 0 ? "" : " ")
          .append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    String what =
        endOfInput && bytes.remaining() == length
            ? "ends in the middle of a character (the last bytes are " + hex + ")"
            : "has the byte" + (length == 1 ? " " : "s ") + hex + " at byte offset " + offset
                + ", which " + (length == 1 ? "is" : "are") + " not UTF-8";
    return new EncodingProblem(
        "the input is not valid UTF-8: it "
            + what
            + "; save or convert the file as UTF-8 (a text in another encoding, such as"
            + " Windows-1252, looks like this)",
        line,
        column);
  }

  /** Moves the line and column past characters handed out. */
  private int counted(char[] chars, int offset, int count) {
    for (int i = offset; i < offset + count; i++) {
      char c = chars[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
        }
        column = 1;
        afterCarriageReturn = false;
      } else if (c == '\r') {
        line++;
        column = 1;
        afterCarriageReturn = true;
      } else {
        column++;
        afterCarriageReturn = false;
      }
    }
    return count;
  }

  @Override
  public void close() {
    // The caller owns the stream and closes it.
  }

  /** The input is not UTF-8; thrown through the parser, which wraps it. */
  static final class EncodingProblem extends IOException {

    private static final long serialVersionUID = 1L;

    /** @serial the line of the first bad byte */
    private final long line;

    /** @serial the column of the first bad byte */
    private final long column;

    /**
     * Creates the problem.
     *
     * @param problem what is wrong and how to fix it
     * @param line the line of the first bad byte
     * @param column its column
     */
    EncodingProblem(String problem, long line, long column) {
      super(problem);
      this.line = line;
      this.column = column;
    }

    /** The line of the first bad byte, counted from 1. */
    long line() {
      return line;
    }

    /** The column of the first bad byte, counted from 1. */
    long column() {
      return column;
    }
  }
}
