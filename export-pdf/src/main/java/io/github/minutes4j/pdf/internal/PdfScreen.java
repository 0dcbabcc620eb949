package io.github.minutes4j.pdf.internal;

import java.io.ByteArrayOutputStream;
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
 *       filters) are refused, {@code #xx} escapes decoded, where they take effect: an {@code
 *       /Encrypt} key with a dictionary or a reference, a {@code /Filter} key with such a name (a
 *       filter given by reference is refused as well). Text that only holds such a name, such as a
 *       title "KS 2026/RL" in the uncompressed XMP metadata, and compressed bytes that happen to
 *       spell one, are not refused.
 *   <li>A {@code /Columns} over {@value #MAX_COLUMNS} or a {@code /BitsPerComponent} over 32,
 *       or either given by reference, in the file or in the inflated data of its streams (where
 *       an object stream may hold a stream's decode parameters), is refused: PDFBox's predictor
 *       allocates two rows of that size, and pads the last row, whatever the data.
 * </ul>
 *
 * <p>Internal to the module; no compatibility promise.
 */
final class PdfScreen {

  /** The problem of an encrypted file, which the caller words with the way to decrypt it. */
  static final String ENCRYPTED = "the file is encrypted";

  /** The most bytes one stream may expand to. */
  static final long MAX_STREAM = 64L << 20;

  /** The most bytes all streams together may expand to. */
  static final long MAX_TOTAL = 256L << 20;

  /** The most samples (width x height x components) a JPEG may declare. */
  static final long MAX_PIXELS = 64L << 20;

  /** The most columns of a predictor's row: an image 65,536 pixels wide. */
  static final long MAX_COLUMNS = 1 << 16;

  /** The most tokens read for the value of one entry. */
  private static final int MAX_TOKENS = 64;

  /** The most characters of a name or keyword kept. */
  private static final int MAX_NAME = 64;

  /** The longest string skipped inside the value of an entry. */
  private static final int MAX_STRING = 4096;

  private static final Set<String> REFUSED_FILTERS =
      Set.of(
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
    Optional<String> entry = refusedEntry(pdf, pdf.length, false);
    if (entry.isPresent()) {
      return entry;
    }
    Inflater inflater = new Inflater(true);
    Buffer inflated = new Buffer();
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
        long limit = Math.min(MAX_STREAM, MAX_TOTAL - total);
        if (!inflate(inflater, pdf, data + 2, inflated, limit)) {
          return Optional.of(
              "a compressed stream at byte "
                  + data
                  + " expands to more than "
                  + limit
                  + " bytes (a decompression bomb?), more than any minutes4j file holds");
        }
        total += inflated.size();
        Optional<String> inside = refusedEntry(inflated.array(), inflated.size(), true);
        if (inside.isPresent()) {
          return Optional.of("in the compressed stream at byte " + data + ", " + inside.get());
        }
      }
    } finally {
      inflater.end();
    }
    return Optional.empty();
  }

  /**
   * Inflates deflate data into a buffer, emptied first, up to {@code limit} bytes.
   *
   * @return false if the data expands to more than {@code limit} bytes
   */
  private static boolean inflate(
      Inflater inflater, byte[] pdf, int from, Buffer out, long limit) {
    out.reset();
    if (from >= pdf.length) {
      return true;
    }
    inflater.reset();
    inflater.setInput(pdf, from, pdf.length - from);
    byte[] chunk = new byte[16 * 1024];
    try {
      while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        int n = inflater.inflate(chunk);
        if (out.size() + (long) n > limit) {
          return false;
        }
        out.write(chunk, 0, n);
        if (n == 0 && (inflater.needsInput() || inflater.finished())) {
          break;
        }
      }
    } catch (DataFormatException e) {
      // Not deflate data (or no longer): PDFBox stops there too.
    }
    return true;
  }

  /** A byte array output stream whose bytes are read in place. Not thread-safe. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(64 * 1024);
    }

    byte[] array() {
      return buf;
    }
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

  /**
   * The first entry that is refused, as a sentence: a {@code /Filter} that names a refused filter
   * or is given by reference, an {@code /Encrypt} entry, and the numbers of a predictor's rows that
   * {@link #refusedNumber} refuses. A name counts only where it takes effect, as such a key or its
   * value: text that merely holds one (a title "KS 2026/RL" in the XMP metadata, which is not
   * compressed) and compressed bytes that happen to spell one do not.
   *
   * @param data the file, or the inflated data of one of its streams
   * @param length how many bytes of {@code data} to look at
   * @param inflated whether the data is a stream's, in which only the numbers count: a stream
   *     holds no stream dictionaries and no trailer, only (in an object stream) dictionaries
   *     such as decode parameters that a stream dictionary refers to
   */
  private static Optional<String> refusedEntry(byte[] data, int length, boolean inflated) {
    Syntax syntax = new Syntax(data, length);
    for (int i = 0; i < length; i++) {
      if (data[i] != '/') {
        continue;
      }
      Token key = syntax.token(i);
      Optional<String> problem =
          switch (key.text()) {
            case "Filter" -> inflated ? Optional.empty() : filter(syntax, key.end());
            case "Encrypt" -> inflated ? Optional.empty() : encrypt(syntax, key.end());
            case "Columns", "BitsPerComponent" -> refusedNumber(syntax, key);
            default -> Optional.empty();
          };
      if (problem.isPresent()) {
        return problem;
      }
      if (syntax.exhausted()) {
        return Optional.of(
            "the file has more /Filter, /Encrypt, /Columns and /BitsPerComponent entries than any"
                + " PDF of its size that minutes4j writes");
      }
      i = key.end() - 1;
    }
    return Optional.empty();
  }

  /** The value of a {@code /Filter} key: a name or an array of names, none of them refused. */
  private static Optional<String> filter(Syntax syntax, int at) {
    Token value = syntax.token(at);
    if (syntax.isReference(value)) {
      return Optional.of("the file gives a /Filter by reference, which minutes4j never writes");
    }
    if (value.kind() == Kind.NAME) {
      return refusedFilter(value.text());
    }
    if (value.kind() != Kind.ARRAY) {
      return Optional.empty(); // not a filter that PDFBox would apply
    }
    Token element = syntax.token(value.end());
    for (int count = 0; element.kind() != Kind.ARRAY_END; count++) {
      if (count >= MAX_TOKENS || syntax.isReference(element)) {
        return Optional.of(
            "the file has a /Filter array that holds something other than a few names, which"
                + " minutes4j never writes");
      }
      if (element.kind() == Kind.END) {
        return Optional.empty();
      }
      Optional<String> refused =
          element.kind() == Kind.NAME ? refusedFilter(element.text()) : Optional.empty();
      if (refused.isPresent()) {
        return refused;
      }
      element = syntax.token(element.end());
    }
    return Optional.empty();
  }

  private static Optional<String> refusedFilter(String name) {
    return REFUSED_FILTERS.contains(name)
        ? Optional.of("the file uses /" + name + ", which minutes4j never writes")
        : Optional.empty();
  }

  /** The value of an {@code /Encrypt} key: a dictionary or a reference to one means encryption. */
  private static Optional<String> encrypt(Syntax syntax, int at) {
    Token value = syntax.token(at);
    return value.kind() == Kind.DICTIONARY || syntax.isReference(value)
        ? Optional.of(ENCRYPTED)
        : Optional.empty();
  }

  /**
   * The value of a {@code /Columns} or {@code /BitsPerComponent} key, wherever it is: PDFBox's
   * predictor (decode parameters with a {@code /Predictor}) allocates two rows of {@code /Colors}
   * (at most 32) times {@code /BitsPerComponent} times {@code /Columns} bits, and pads the last
   * row, whatever the data: a file of 491 bytes whose cross-reference stream declared
   * 2,147,483,640 columns of one bit made it allocate more than a gigabyte. Columns up to {@value
   * #MAX_COLUMNS} and up to 32 bits per component keep a row within 8 MiB. The parameters may be
   * a dictionary of their own, in an object stream, so the numbers are checked wherever they are;
   * one given by reference is refused.
   */
  private static Optional<String> refusedNumber(Syntax syntax, Token key) {
    Token value = syntax.token(key.end());
    long limit = key.text().equals("Columns") ? MAX_COLUMNS : 32;
    if (syntax.isReference(value)) {
      return Optional.of(
          "the file gives a /" + key.text() + " by reference, which minutes4j never writes");
    }
    if (value.kind() == Kind.INTEGER && (value.number() < 0 || value.number() > limit)
        || value.kind() == Kind.OTHER && isLargeReal(value.text(), limit)) {
      return Optional.of(
          "the file has a /"
              + key.text()
              + " of "
              + value.text()
              + ", where minutes4j writes 0 to "
              + limit
              + " (a decompression bomb?)");
    }
    return Optional.empty();
  }

  /** Whether a token is a real number outside 0 to {@code limit}, as PDFBox would read it. */
  private static boolean isLargeReal(String text, long limit) {
    if (!text.matches("[+-]?[0-9]*\\.[0-9]*")) {
      return false;
    }
    try {
      double number = Double.parseDouble(text);
      return number < 0 || number > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The kinds of token that the screen tells apart. */
  private enum Kind {
    NAME,
    INTEGER,
    DICTIONARY,
    DICTIONARY_END,
    ARRAY,
    ARRAY_END,
    /** A string, a real number, a keyword (such as {@code R} or {@code null}) or a stray byte. */
    OTHER,
    /** The end of the file, or of the work the screen spends on entries. */
    END
  }

  /**
   * A token of PDF syntax.
   *
   * @param kind what it is
   * @param text a name decoded ({@code #xx} escapes), a keyword or a number as written, at most
   *     {@value #MAX_NAME} characters; empty for others
   * @param number the value of an integer, clamped to the range of a long
   * @param end the offset after the token
   */
  private record Token(Kind kind, String text, long number, int end) {}

  /**
   * Reads PDF tokens from any offset, skipping white space and comments, within a budget of bytes
   * for the whole file, so that a file made of keys cannot make the screen's time grow with its
   * square. Not thread-safe: one per screening.
   */
  private static final class Syntax {

    private final byte[] pdf;
    private final int length;
    private long budget;

    Syntax(byte[] pdf, int length) {
      this.pdf = pdf;
      this.length = length;
      this.budget = 16L * length + (1 << 20);
    }

    boolean exhausted() {
      return budget <= 0;
    }

    /** The token at or after an offset. */
    Token token(int from) {
      int at = from;
      while (at < length && (isSpace(pdf[at]) || pdf[at] == '%')) {
        if (pdf[at] == '%') {
          while (at < length && pdf[at] != '\n' && pdf[at] != '\r') {
            at++;
          }
        } else {
          at++;
        }
      }
      Token token = read(at);
      budget -= token.end() - from + 1;
      return budget <= 0 ? new Token(Kind.END, "", 0, length) : token;
    }

    private Token read(int at) {
      if (at >= length) {
        return new Token(Kind.END, "", 0, length);
      }
      byte b = pdf[at];
      boolean twice = at + 1 < length && pdf[at + 1] == b;
      switch (b) {
        case '/':
          return name(at + 1);
        case '<':
          return twice ? new Token(Kind.DICTIONARY, "", 0, at + 2) : skipTo(at + 1, (byte) '>');
        case '>':
          return new Token(twice ? Kind.DICTIONARY_END : Kind.OTHER, "", 0, at + (twice ? 2 : 1));
        case '[':
          return new Token(Kind.ARRAY, "", 0, at + 1);
        case ']':
          return new Token(Kind.ARRAY_END, "", 0, at + 1);
        case '(':
          return literalString(at + 1);
        default:
          if (!isRegular(b)) {
            return new Token(Kind.OTHER, "", 0, at + 1);
          }
          int end = at;
          while (end < length && isRegular(pdf[end])) {
            end++;
          }
          String text =
              new String(pdf, at, Math.min(end - at, MAX_NAME), StandardCharsets.ISO_8859_1);
          if (text.matches("[+-]?[0-9]+")) {
            long number;
            try {
              number = Long.parseLong(text);
            } catch (NumberFormatException e) {
              number = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return new Token(Kind.INTEGER, text, number, end);
          }
          return new Token(Kind.OTHER, text, 0, end);
      }
    }

    /** A name whose text starts at an offset, {@code #xx} escapes decoded. */
    private Token name(int from) {
      StringBuilder name = new StringBuilder();
      int at = from;
      while (at < length && isRegular(pdf[at])) {
        int hex = pdf[at] == '#' && at + 2 < length ? hex(pdf[at + 1], pdf[at + 2]) : -1;
        if (name.length() < MAX_NAME) {
          name.append((char) (hex >= 0 ? hex : pdf[at] & 0xFF));
        }
        at += hex >= 0 ? 3 : 1;
      }
      return new Token(Kind.NAME, name.toString(), 0, at);
    }

    /** A literal string whose text starts at an offset: balanced parentheses, escapes skipped. */
    private Token literalString(int from) {
      int depth = 1;
      int at = from;
      while (at < length && depth > 0 && at - from < MAX_STRING) {
        if (pdf[at] == '\\') {
          at++;
        } else if (pdf[at] == '(') {
          depth++;
        } else if (pdf[at] == ')') {
          depth--;
        }
        at++;
      }
      return depth == 0
          ? new Token(Kind.OTHER, "", 0, at)
          : new Token(Kind.END, "", 0, length); // too long to judge
    }

    private Token skipTo(int from, byte end) {
      int at = from;
      while (at < length && pdf[at] != end && at - from < MAX_STRING) {
        at++;
      }
      return at < length && pdf[at] == end
          ? new Token(Kind.OTHER, "", 0, at + 1)
          : new Token(Kind.END, "", 0, length);
    }

    /** Whether a token starts an indirect reference: two integers and {@code R}. */
    boolean isReference(Token token) {
      if (token.kind() != Kind.INTEGER) {
        return false;
      }
      Token generation = token(token.end());
      return generation.kind() == Kind.INTEGER && token(generation.end()).text().equals("R");
    }

    private static int hex(byte high, byte low) {
      int h = Character.digit(high, 16);
      int l = Character.digit(low, 16);
      return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
  }

  /** Whether a byte is white space in PDF syntax. */
  static boolean isSpace(byte b) {
    return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
  }

  private static boolean isRegular(byte b) {
    return !isSpace(b) && "()<>[]{}/%".indexOf(b) < 0;
  }

  /** The first offset at or after {@code from} where {@code needle} starts; -1 if none. */
  static int indexOf(byte[] data, byte[] needle, int from) {
    for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
      if (startsWith(data, needle, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code needle} starts at offset {@code at} of {@code data}. */
  static boolean startsWith(byte[] data, byte[] needle, int at) {
    if (at < 0 || at > data.length - needle.length) {
      return false;
    }
    for (int k = 0; k < needle.length; k++) {
      if (data[at + k] != needle[k]) {
        return false;
      }
    }
    return true;
  }
}
