package io.github.minutes4j.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The input as the parser reads it: keeps the bytes (to name the line and column of a problem,
 * and the places of validation problems), and refuses what is not strict UTF-8, which Jackson's
 * byte parser would accept in strings (overlong forms, surrogates, code points beyond U+10FFFF).
 * It hands on the bytes before a bad one, so that the parser stands at its
 * place, and fails on the next read. The parser starts on the array that holds the bytes read
 * first ({@link #start()}), all of a document that arrives at once.
 */
final class Utf8Document extends InputStream {

  /** An input that is not UTF-8, at a byte offset. */
  static final class EncodingProblem extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;

    EncodingProblem(long offset, String problem) {
      this(offset, problem, "minutes4j JSON is UTF-8 (RFC 8259), so save or convert the file as"
          + " UTF-8");
    }

    EncodingProblem(long offset, String problem, String fix) {
      super(problem + "; " + fix);
      this.offset = offset;
    }
  }

  private static final VarHandle EIGHT =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The most read ahead of what the parser asked for: 1 MiB. */
  private static final int AHEAD = 1 << 20;

  private final InputStream in;
  private byte[] bytes = new byte[0];
  private int length;
  private int checked;
  private int delivered;
  private EncodingProblem problem;

  Utf8Document(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (delivered == length && problem == null) {
      fill(len);
    }
    int end = problem == null ? length : (int) problem.offset;
    if (delivered >= end && problem != null) {
      throw problem;
    }
    int n = Math.min(len, end - delivered);
    if (b == bytes && n > 0) {
      grow(len); // the parser reads into the array it started on: the document moves
    }
    System.arraycopy(bytes, delivered, b, off, n);
    delivered += n;
    return n == 0 && len > 0 ? -1 : n;
  }

  /**
   * Reads the start of the input as Jackson's own start does, until it has four bytes or the input
   * ends, and hands on every byte read at once, in {@link #bytes()} up to {@link #delivered()}.
   *
   * @return where the document starts: 3 after a UTF-8 byte order mark, else 0
   * @throws EncodingProblem if the first four bytes are not UTF-8
   * @throws IOException if reading fails
   */
  int start() throws IOException {
    while (length < 4 && problem == null && fill(8000)) {
      // as many reads as it takes
    }
    if (problem != null && problem.offset < 4) {
      throw problem;
    }
    delivered = problem == null ? length : (int) problem.offset;
    return delivered >= 4 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /**
   * Reads what the parser wants, or what the input has at once up to {@link #AHEAD}. The array
   * grows only when nearly full, and by 16 bytes more than that, so that the read that finds the
   * end of a document read at once needs no new array.
   */
  private boolean fill(int wanted) throws IOException {
    int room = Math.max(Math.max(wanted, 16), Math.min(in.available(), AHEAD));
    if (bytes.length - length < 16) {
      grow(room);
    }
    int n = in.read(bytes, length, Math.min(room, bytes.length - length));
    if (n < 0) {
      // The bytes so far were UTF-8: the input was most likely cut short, as a file copied or
      // downloaded in part is.
      problem = checked < length ? new EncodingProblem(checked, "the input ends in the middle of"
          + " a character, so it was probably cut short",
          "check that the file was copied or downloaded in full") : null;
      return false;
    }
    length += n;
    while (checked == 0 && length < 2 && (n = in.read(bytes, length, bytes.length - length)) >= 0) {
      length += n;
    }
    int b0 = length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = length > 1 ? bytes[1] & 0xFF : -1;
    if (checked == 0 && (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE)) {
      problem = new EncodingProblem(0, "the input starts with a UTF-16 or UTF-32 byte order mark");
    } else if (checked == 0 && (b0 == 0 || b1 == 0)) {
      problem = new EncodingProblem(0, "the input has a zero byte among its first two bytes, as"
          + " UTF-16 or UTF-32 text has");
    }
    int end = problem == null ? check(bytes, checked, length) : checked;
    checked = end >= 0 ? end : -end - 1;
    if (end < 0) {
      int more = Math.max(0, followers(bytes[checked] & 0xFF));
      StringBuilder hex = new StringBuilder();
      for (int i = checked; i <= checked + more; i++) {
        hex.append(String.format(" 0x%02X", bytes[i] & 0xFF));
      }
      problem = new EncodingProblem(checked, "the input is not valid UTF-8: it has the byte"
          + (more > 0 ? "s" : "") + hex + " at byte offset " + checked + ", which is not UTF-8"
          + " (text in another encoding, such as Windows-1252, looks like this)");
    }
    return true;
  }

  /**
   * Reads on until at least {@code count} bytes are read, the input ends or a byte is not UTF-8:
   * for a look at the start of an input that the parser refused before it read that far.
   *
   * @throws IOException if reading fails
   */
  void readAtLeast(int count) throws IOException {
    while (length < count && problem == null && fill(count - length)) {
      // as many reads as it takes
    }
  }

  /** Moves the bytes to a new array with room for at least {@code room} more. */
  private void grow(int room) {
    bytes = Arrays.copyOf(bytes, Math.max(length + room + 16, length + (length >> 1)));
  }

  /**
   * How many continuation bytes follow a lead byte that is not ASCII, or -1 if no UTF-8 character
   * starts with it (a continuation byte, an overlong lead 0xC0 or 0xC1, or 0xF5 and above).
   */
  private static int followers(int lead) {
    return lead < 0xC2 ? -1 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : lead < 0xF5 ? 3 : -1;
  }

  /**
   * Checks bytes as strict UTF-8: ASCII eight bytes at a time, a two-byte character (such as a
   * Swedish letter) at once, and the second byte of longer ones against overlong forms, surrogates
   * and code points beyond U+10FFFF.
   *
   * @return {@code to}, or the start of a character that {@code to} cuts; or -1 minus the offset
   *     of the first byte that is not UTF-8
   */
  static int check(byte[] bytes, int from, int to) {
    int i = from;
    while (true) {
      while (i <= to - 8) {
        long high = (long) EIGHT.get(bytes, i) & 0x8080808080808080L;
        if (high != 0) {
          i += Long.numberOfTrailingZeros(high) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < to && bytes[i] >= 0) {
        i++;
      }
      if (i >= to) {
        return to;
      }
      int b = bytes[i] & 0xFF;
      int more = followers(b);
      if (more > 0 && i + more >= to) {
        return i; // the rest of the character comes with the next read
      } else if (more == 1 && (bytes[i + 1] & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
      int second = more > 0 ? bytes[i + 1] & 0xFF : 0;
      boolean ok = more > 1 && second >= (b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80)
          && second <= (b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF)
          && (bytes[i + 2] & 0xC0) == 0x80 && (more == 2 || (bytes[i + 3] & 0xC0) == 0x80);
      if (!ok) {
        return -1 - i;
      }
      i += more + 1;
    }
  }

  /**
   * The line and column of a byte offset, as a person counts them: lines end at LF, CR or CRLF;
   * columns count UTF-16 code units from 1; a byte order mark at the start does not count.
   *
   * @return {line, column}
   */
  long[] lineAndColumn(long offset) {
    long line = 1;
    long column = 1;
    int end = (int) Math.min(offset, length);
    int lead = end;
    while (lead > 0 && lead < length && end - lead < 3 && (bytes[lead] & 0xC0) == 0x80) {
      lead--;
    }
    if (lead < end && (bytes[lead] & 0xFF) >= 0xC0) {
      end = lead; // Jackson may name a byte inside a character: the character is the place
    }
    for (int i = markLength(); i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r' && (i + 1 >= length || bytes[i + 1] != '\n')) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column += b >= 0xF0 ? 2 : 1;
      }
    }
    return new long[] {line, column};
  }

  /** The length of the UTF-8 byte order mark the bytes read so far start with: 3, or 0 if none. */
  int markLength() {
    return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** The bytes read so far. */
  byte[] bytes() {
    return bytes;
  }

  /** How many bytes were handed on. */
  int delivered() {
    return delivered;
  }

  /** How many bytes were read so far. */
  int length() {
    return length;
  }
}
