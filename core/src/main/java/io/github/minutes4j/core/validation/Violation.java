package io.github.minutes4j.core.validation;

import io.github.minutes4j.core.format.SourceLocation;
import java.util.Objects;

/**
 * One thing wrong with a set of minutes: where, and what to do about it.
 *
 * @param path where in the minutes, such as {@code agenda[2].presenters[0].name}; empty for the
 *     minutes as a whole
 * @param message what is wrong and how to fix it, in English, without the place
 * @param location where in the document the minutes were read from, such as {@code
 *     /agenda/2/presenters/0/name (line 45, column 18)}; {@link SourceLocation#UNKNOWN} for minutes
 *     not read from a document (since 0.3.0)
 * @since 0.1.0
 */
public record Violation(String path, String message, SourceLocation location)
    implements Comparable<Violation> {

  /**
   * Creates a violation with its place in the document the minutes were read from.
   *
   * @param path where in the minutes, such as {@code agenda[2].presenters[0].name}; empty for the
   *     minutes as a whole
   * @param message what is wrong and how to fix it, in English, without the place
   * @param location where in the document; {@link SourceLocation#UNKNOWN} when not read from one
   * @throws NullPointerException if an argument is null
   * @since 0.3.0
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /**
   * Creates a violation of minutes not read from a document: its location is {@link
   * SourceLocation#UNKNOWN}.
   *
   * @param path where in the minutes, such as {@code agenda[2].presenters[0].name}; empty for the
   *     minutes as a whole
   * @param message what is wrong and how to fix it, in English
   * @throws NullPointerException if an argument is null
   */
  public Violation(String path, String message) {
    this(path, message, SourceLocation.UNKNOWN);
  }

  /**
   * Orders by path, then message, so reports read in a stable order. Paths compare as the document
   * reads: positions in lists by number ({@code agenda[2]} before {@code agenda[10]}), names
   * alphabetically, and a path before the paths inside it.
   */
  @Override
  public int compareTo(Violation other) {
    int byPath = comparePaths(path, other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /** Compares character by character, except that runs of digits compare by their number. */
  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = endOfDigits(a, i);
        int endB = endOfDigits(b, j);
        int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else if (x != y) {
        return Character.compare(x, y);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int endOfDigits(String s, int start) {
    int end = start;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Compares two runs of ASCII digits by value, however long, then by length ("01" after "1"). */
  private static int compareNumbers(String a, String b) {
    String x = stripLeadingZeros(a);
    String y = stripLeadingZeros(b);
    int byValue = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    return byValue != 0 ? byValue : Integer.compare(a.length(), b.length());
  }

  private static String stripLeadingZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
  }

  /**
   * The violation as one line, {@code path: message}, followed by the line and column in the
   * document when known: {@code agenda[0].heading: must not be blank (line 27, column 18)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(minutes)" : path) + ": " + message
        + (location.line() > 0
            ? " (line " + location.line() + ", column " + location.column() + ")"
            : "");
  }
}
