package io.github.minutes4j.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * A problem found while reading, at a JSON Pointer and a byte offset, or at the value the pointer
 * names (offset -1: the start of an object, named at its end); {@link MinutesJsonReader} turns it
 * into the public exception with a line and a column. Thrown through databind unwrapped.
 */
final class ReadProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final String pointer;
  final long offset;

  ReadProblem(String pointer, long offset, String problem) {
    super(problem, null, false, false);
    this.pointer = pointer;
    this.offset = offset;
  }

  /** A problem at the value a pointer names. */
  ReadProblem(String pointer, String problem) {
    this(pointer, -1, problem);
  }

  /** A problem with the current token, at its place. */
  ReadProblem(JsonParser parser, String problem) {
    this(pointer(parser), offset(parser.currentTokenLocation()), problem);
  }

  /** The offset of a location in the input: Jackson gives a name's place as a char offset. */
  static long offset(TokenStreamLocation location) {
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  /** The JSON Pointer of the current token. */
  static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }
}
