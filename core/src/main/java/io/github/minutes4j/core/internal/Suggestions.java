package io.github.minutes4j.core.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was probably meant to be: "did you mean" for an unknown
 * format id here, and for unknown properties and values of a JSON document in minutes4j-json.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known name closest to a given one, if it is close enough to be a likely typo: equal
   * ignoring case, hyphens and underscores, or the same words in another order
   * ("substitute-serving" for "serving-substitute"); at most two edits away (one for names of three
   * letters or fewer); or, from three letters on, the start of the known name.
   *
   * @param given what the input says
   * @param known the names that are allowed
   * @return the likely intended name
   */
  public static Optional<String> closest(String given, Collection<String> known) {
    String normalGiven = normal(given);
    for (String candidate : known) {
      if (normal(candidate).equals(normalGiven) || words(candidate).equals(words(given))) {
        return Optional.of(candidate);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int allowed = Math.min(candidate.length(), given.length()) <= 3 ? 1 : 2;
      int distance = distance(normalGiven, normal(candidate), allowed);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null && normalGiven.length() >= 3) {
      for (String candidate : known) {
        if (normal(candidate).startsWith(normalGiven)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The known name nearest to the given one, however far: for a closed set of values, where a
   * person who wrote something else most likely meant one of them ("protokoll": "minutes").
   *
   * @param given the unknown name
   * @param known the known names
   * @return the nearest known name, if there is any
   */
  public static Optional<String> nearest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(normal(given), normal(candidate), Integer.MAX_VALUE - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The words of a name, in alphabetical order: "substitute-serving" as [serving, substitute]. */
  private static List<String> words(String name) {
    return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[-_]")).sorted().toList();
  }

  private static String normal(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  /**
   * The Damerau-Levenshtein (optimal string alignment) distance, giving up early.
   *
   * @return the distance, or {@code limit + 1} if it is larger than {@code limit}
   */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
      }
    }
    return Math.min(d[a.length()][b.length()], limit + 1);
  }
}
