package io.github.minutes4j.core.format;

import java.util.Objects;

/**
 * A place in an input document.
 *
 * @param pointer where in the document's structure, as a JSON Pointer such as {@code
 *     /agenda/2/heading}; empty when not known
 * @param line the line, counted from 1; 0 when not known
 * @param column the column, counted from 1; 0 when not known
 * @since 0.1.0
 */
public record SourceLocation(String pointer, long line, long column) {

  /** An unknown place. */
  public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

  /**
   * Creates a location.
   *
   * @param pointer where in the document's structure, as a JSON Pointer such as {@code /agenda/2/heading}; empty when not known
   * @param line the line, counted from 1; 0 when not known
   * @param column the column, counted from 1; 0 when not known
   * @throws NullPointerException if {@code pointer} is null
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public SourceLocation {
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be 0 (unknown) or more");
    }
  }

  /**
   * The location as a person reads it, such as {@code /agenda/2/heading (line 14, column 7)}.
   *
   * @return the location
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "" : pointer;
    if (line > 0) {
      where += (where.isEmpty() ? "" : " ") + "(line " + line + ", column " + column + ")";
    }
    return where.isEmpty() ? "(unknown place)" : where;
  }
}
