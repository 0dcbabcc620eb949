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

  ReadProblem(String pointer, Place place, long offset, String problem) {
    super(problem, null, false, false);
    this.pointer = pointer;
    this.place = place;
    this.offset = offset;
  }

  /** A problem with the current token, at its place. */
  ReadProblem(JsonParser parser, String problem) {
    this(pointer(parser), Place.VALUE, parser.currentTokenLocation().getByteOffset(), problem);
  }

  /** The JSON Pointer of the current token. */
  static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }
}
