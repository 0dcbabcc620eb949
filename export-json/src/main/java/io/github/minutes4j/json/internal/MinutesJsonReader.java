package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads one document with databind, and turns every problem into a {@link MinutesReadException}
 * with its JSON Pointer, line and column: ours carry their place, databind's are placed here from
 * the parser's state.
 */
public final class MinutesJsonReader {

  private static final ObjectReader READER = JsonFormat.MAPPER.readerFor(Minutes.class);

  private static final String START = "a JSON object that starts with {\"format\": \""
      + JsonFormat.VERSION + "\", ...}";

  private final Utf8Document input;

  /**
   * A reader of one document.
   *
   * @param in the input; not closed
   */
  public MinutesJsonReader(InputStream in) {
    this.input = new Utf8Document(in);
  }

  /**
   * Reads the minutes, without validating them.
   *
   * @return the minutes as the input gives them
   * @throws MinutesReadException if the input is not a well-formed document of this format
   * @throws IOException if reading fails
   */
  public Minutes read() throws IOException {
    JsonParser parser = null;
    try {
      parser = JsonFormat.FACTORY.parser(input);
      if (parser.nextToken() == null) {
        int blank = whiteSpace();
        throw fail("", 0, blank == 0
            ? "the input is empty; a minutes4j document is " + START
            : "the input holds only white space (" + blank
                + (blank == 1 ? " character" : " characters")
                + ": spaces, tabs or line breaks) and no JSON; a minutes4j document is " + START);
      } else if (!parser.hasToken(JsonToken.START_OBJECT)) {
        throw fail("", ReadProblem.offset(parser.currentTokenLocation()), "expected the minutes as "
            + START + ", but found " + Wording.found(parser));
      }
      Minutes minutes = READER.readValue(parser);
      if (parser.nextToken() != null) {
        throw fail("", ReadProblem.offset(parser.currentTokenLocation()), "found "
            + Wording.found(parser) + " after the end of the minutes; a document holds exactly"
            + " one JSON object, so remove what follows its closing brace");
      }
      return minutes;
    } catch (ReadProblem e) {
      throw fail(e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof Utf8Document.EncodingProblem problem) {
        throw fail(parser == null ? "" : inside(parser, problem.offset), problem.offset,
            problem.getMessage());
      }
      throw e.getCause();
    } catch (JacksonException e) {
      // Databind wraps what a list's element reader throws, whatever the features.
      if (e.getCause() instanceof ReadProblem problem) {
        throw fail(problem);
      }
      throw translate(parser, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Gives the violations of minutes read from this document its lines and columns.
   *
   * @param e the validator's exception
   * @return the same violations, each with its place in the document where found
   */
  public InvalidMinutesException locate(InvalidMinutesException e) {
    List<Violation> located = new ArrayList<>();
    for (Violation violation : e.violations()) {
      String pointer = violation.path().isEmpty() ? ""
          : "/" + violation.path().replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
      long offset = offsetOf(pointer);
      located.add(new Violation(violation.path(), violation.message(), offset < 0
          ? SourceLocation.UNKNOWN : fail(pointer, offset, "").location()));
    }
    return new InvalidMinutesException(located);
  }

  /** The byte offset of the value at a pointer, or -1. */
  private long offsetOf(String pointer) {
    try (JsonParser scan = JsonFormat.FACTORY.createParser(ObjectReadContext.empty(),
        input.bytes(), 0, input.length())) {
      for (JsonToken t = scan.nextToken(); t != null; t = scan.nextToken()) {
        if (t != JsonToken.PROPERTY_NAME && !t.isStructEnd()
            && pointer.equals(ReadProblem.pointer(scan))) {
          return ReadProblem.offset(scan.currentTokenLocation());
        }
      }
    } catch (JacksonException e) {
      // not found before the document breaks
    }
    return -1;
  }

  /** A problem databind or the parser found, with the place where the parser stands. */
  private MinutesReadException translate(JsonParser parser, JacksonException e) {
    long tokenStart = ReadProblem.offset(parser.currentTokenLocation());
    long here = ReadProblem.offset(parser.currentLocation());
    String pointer = ReadProblem.pointer(parser);
    if (e instanceof StreamConstraintsException) {
      return constraint(parser, e, tokenStart, here);
    } else if (e instanceof MismatchedInputException mismatch) { // null in a list too
      Class<?> target = mismatch.getTargetType();
      return fail(Wording.wrongType(parser,
          target == null ? "another kind of value" : Wording.expected(target), true));
    } else if (e instanceof InputCoercionException) {
      return fail(pointer, tokenStart, Wording.subject(parser) + " is " + parser.getString()
          + ", too large for a count; counts are at most 1000000");
    }
    long at = e.getLocation() != null ? ReadProblem.offset(e.getLocation()) : here;
    if (at == input.markLength() && startsWith(at, "%PDF-")) {
      return fail("", at, "the input is a PDF file, not JSON; the minutes inside a PDF archive"
          + " copy are read by the PDF reader (minutes4j-export-pdf's PdfMinutesReader; the"
          + " command-line tool uses it for a file whose name ends in .pdf)");
    }
    if (e instanceof StreamReadException) {
      return fail(inside(parser, at), at, Wording.malformed(e));
    }
    return fail(container(parser), at, "the document cannot be read: " + e.getOriginalMessage());
  }

  private MinutesReadException constraint(
      JsonParser parser, JacksonException e, long tokenStart, long here) {
    String original = String.valueOf(e.getOriginalMessage());
    String pointer = container(parser);
    if (original.contains("nesting depth")) {
      return fail(pointer, tokenStart, "the document nests objects and lists more than "
          + JsonFormat.MAX_NESTING_DEPTH + " levels deep, the most this reader accepts; minutes"
          + " need far fewer (sub-sections nest at most 3 levels), so flatten the structure");
    } else if (original.contains("Name length")) {
      return fail(pointer, here, "a property name is longer than " + JsonFormat.MAX_NAME_LENGTH
          + " characters; this format's names are short words such as 'heading'");
    } else if (original.contains("String value length") && inString(parser, here)) {
      return fail(ReadProblem.pointer(parser), tokenStart, "a text is longer than "
          + JsonFormat.MAX_STRING_LENGTH + " characters, the most this reader accepts (a span of"
          + " running text may have 100000); split the text into several spans or paragraphs");
    } else if (original.contains("String value length") || original.contains("Number value")) {
      // The digits of a number fill the same buffer as a text's characters.
      boolean named = parser.hasToken(JsonToken.PROPERTY_NAME);
      return fail(pointer, named ? tokenStart : here, (named
          ? "'" + parser.currentName() + "' is a number" : "a number") + " of more than "
          + JsonFormat.MAX_NUMBER_LENGTH + " digits, out of range for this format, whose only"
          + " numbers are counts (whole numbers from 0 to 1000000); correct the number");
    } else if (original.contains("Token count")) {
      return fail(pointer, tokenStart, "the document has more than " + JsonFormat.MAX_TOKEN_COUNT
          + " JSON values, property names and brackets, the most this reader accepts; minutes"
          + " need far fewer, so split them or check that this is the right file");
    } else if (original.contains("Document length")) {
      return fail(pointer, here, "the document is longer than " + JsonFormat.MAX_DOCUMENT_LENGTH
          + " characters (64 MiB), the most this reader accepts; split the minutes or check that"
          + " this is the right file");
    }
    return fail(pointer, here, "the document exceeds a limit of this reader: " + original);
  }

  /**
   * Where the parser stands when it fails looking for the next token: in the value of the property
   * whose name it read last, else in the object or list around.
   */
  private static String container(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    boolean opened = context.inObject()
        ? context.currentName() == null && token != JsonToken.START_OBJECT
        : context.inArray() && context.getCurrentIndex() < 0 && token != JsonToken.START_ARRAY;
    if (opened) {
      // The parser failed on opening an object or list, whose token it never returned.
      context = context.getParent();
    }
    if (token == JsonToken.PROPERTY_NAME || context.getParent() == null) {
      return context.pathAsPointer().toString();
    }
    return context.getParent().pathAsPointer().toString();
  }

  /** The pointer of a bad byte: inside the current string, or between tokens. */
  private String inside(JsonParser parser, long offset) {
    return inString(parser, offset) ? ReadProblem.pointer(parser) : container(parser);
  }

  /** Whether an offset is inside the current string, after its opening quote. */
  private boolean inString(JsonParser parser, long offset) {
    long start = ReadProblem.offset(parser.currentTokenLocation());
    if (!parser.hasToken(JsonToken.VALUE_STRING) || start >= offset) {
      return false;
    }
    for (long i = start + 1; i < offset && i < input.length(); i++) {
      byte b = input.bytes()[(int) i];
      i += b == '\\' ? 1 : 0;
      if (b == '"') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the input has these ASCII characters at a byte offset, reading on as far as needed:
   * the parser may have refused the first byte before more of a slow input arrived.
   */
  private boolean startsWith(long offset, String ascii) {
    try {
      input.readAtLeast((int) offset + ascii.length());
    } catch (IOException e) {
      return false; // the look is a courtesy: the parser's own message stands
    }
    if (offset + ascii.length() > input.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (input.bytes()[(int) offset + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many characters of white space an input without a token holds, after a byte order mark: the
   * parser has read all of it, and JSON's white space is one byte a character.
   */
  private int whiteSpace() {
    return input.length() - input.markLength();
  }

  private MinutesReadException fail(ReadProblem problem) {
    return fail(problem.pointer, problem.offset, problem.getMessage());
  }

  private MinutesReadException fail(String pointer, long offset, String problem) {
    long[] at = input.lineAndColumn(offset >= 0 ? offset : Math.max(0, offsetOf(pointer)));
    return new MinutesReadException(new SourceLocation(pointer, at[0], at[1]), problem, null);
  }
}
