package io.github.minutes4j.json.internal;

import tools.jackson.core.JsonParser;

/**
 * A problem found while reading, with the place as the parser saw it: a JSON Pointer, which token
 * it names and the byte offset there. {@link MinutesJsonReader} turns it into the public
 * exception with a line and a column. Thrown through databind unwrapped.
 */
final class ReadProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Which token of the place the location names. */
  enum Place {
    /** The value at the offset. */
    VALUE,
    /** The last property name at the pointer before the offset. */
    NAME,
    /** The last object that starts at the pointer before the offset. */
    OBJECT
  }

  final String pointer;
  final Place place;
  final long offset;

  /** The record that lacks a required component, if that is the problem. */
  Class<?> missingIn;

  ReadProblem(String pointer, Place place, long offset, String problem) {
    super(problem, null, false, false);
    this.pointer = pointer;
    this.place = place;
    this.offset = offset;
  }

  /** A problem with the current token, at its place. */
  ReadProblem(JsonParser parser, String problem) {
    this(pointer(parser), Place.VALUE, offset(parser.currentTokenLocation()), problem);
  }

  /** The offset of a location in the input: Jackson gives a name's place as a char offset. */
  static long offset(tools.jackson.core.TokenStreamLocation location) {
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  /** The JSON Pointer of the current token. */
  static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }
}
