package io.github.minutes4j.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The input as the parser reads it: passes the bytes on, keeps them (to name the line and column
 * of a problem, and to find the places of validation problems), and refuses what is not strict
 * UTF-8 (RFC 3629), which Jackson's byte parser would accept in strings: overlong forms,
 * surrogates, code points beyond U+10FFFF. It hands on the bytes before a bad one, so that the
 * parser stands at its place, and fails on the next read.
 */
final class Utf8Document extends InputStream {

  /** An input that is not UTF-8, at a byte offset. */
  static final class EncodingProblem extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;

    EncodingProblem(long offset, String problem) {
      super(problem);
      this.offset = offset;
    }
  }

  private static final String CONVERT = "minutes4j JSON is UTF-8 (RFC 8259), so save or convert"
      + " the file as UTF-8";

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
    if (delivered >= end) {
      if (problem != null) {
        throw problem;
      }
      return -1;
    }
    int n = Math.min(len, end - delivered);
    System.arraycopy(bytes, delivered, b, off, n);
    delivered += n;
    return n;
  }

  /**
   * Reads what the parser wants, or what the input says it has at once (a file, an array) up to
   * {@link #AHEAD}, so that a document is mostly kept in one array, not copied as it grows.
   */
  private void fill(int wanted) throws IOException {
    int room = Math.max(Math.max(wanted, 16), Math.min(in.available(), AHEAD));
    if (bytes.length - length < room) {
      bytes = Arrays.copyOf(bytes, Math.max(length + room, length + (length >> 1)));
    }
    int n = in.read(bytes, length, room);
    if (n < 0) {
      if (checked < length) {
        problem = malformed(checked, "ends in the middle of a character");
      }
      return;
    }
    length += n;
    if (checked == 0) {
      start();
    }
    check();
  }

  /** Refuses UTF-16 and UTF-32, which the parser would otherwise detect and read. */
  private void start() throws IOException {
    while (length < 2) {
      int n = in.read(bytes, length, bytes.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    int b0 = length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = length > 1 ? bytes[1] & 0xFF : -1;
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      problem = new EncodingProblem(0, "the input starts with a UTF-16 or UTF-32 byte order mark; "
          + CONVERT);
    } else if (b0 == 0 || b1 == 0) {
      problem = new EncodingProblem(0, "the input has a zero byte among its first two bytes, as"
          + " UTF-16 or UTF-32 text has; " + CONVERT);
    }
  }

  /** Checks the complete characters received since the last check. */
  private void check() {
    int i = checked;
    while (i < length && problem == null) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4
          ? 3 : 0;
      if (more == 0) {
        problem = malformed(i, "has the byte " + hex(i, 1));
      } else if (i + more >= length) {
        break; // the rest of the character comes with the next read
      } else {
        int second = bytes[i + 1] & 0xFF;
        int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        boolean ok = second >= low && second <= high;
        for (int k = 2; k <= more && ok; k++) {
          ok = (bytes[i + k] & 0xC0) == 0x80;
        }
        if (ok) {
          i += more + 1;
        } else {
          problem = malformed(i, "has the bytes " + hex(i, more + 1));
        }
      }
    }
    checked = problem == null ? i : checked;
  }

  private String hex(int at, int count) {
    StringBuilder hex = new StringBuilder();
    for (int i = at; i < Math.min(length, at + count); i++) {
      hex.append(i == at ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return hex.toString();
  }

  private EncodingProblem malformed(int at, String what) {
    return new EncodingProblem(at, "the input is not valid UTF-8: it " + what + " at byte offset "
        + at + ", which is not UTF-8 (text in another encoding, such as Windows-1252, looks like"
        + " this); " + CONVERT);
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
    int i = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || (b == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column += b >= 0xF0 ? 2 : 1;
      }
    }
    return new long[] {line, column};
  }

  /** The bytes read so far. */
  byte[] bytes() {
    return bytes;
  }

  /** How many bytes were read so far. */
  int length() {
    return length;
  }
}
