package io.github.minutes4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Copies of the lists that cross the public API, refused with a {@link NullPointerException} that
 * names the parameter when the list, an array or one of their elements is null, so that a caller
 * reads which argument was wrong instead of a name inside the JDK ("coll", "array").
 */
public final class NonNullLists {

  private NonNullLists() {}

  /**
   * An unmodifiable copy of the elements.
   *
   * @param elements the elements, in order
   * @param name the parameter's or component's name, for the message
   * @param <T> the element type
   * @return the copy; never null
   * @throws NullPointerException if {@code elements} or one of them is null, naming {@code name}
   *     and the element's place
   */
  public static <T> List<T> copyOf(Iterable<? extends T> elements, String name) {
    Objects.requireNonNull(elements, name);
    List<T> copy = new ArrayList<>();
    for (T element : elements) {
      if (element == null) {
        throw new NullPointerException(
            name + ": element " + copy.size() + " is null; leave it out instead");
      }
      copy.add(element);
    }
    return List.copyOf(copy);
  }

  /**
   * The elements of a varargs array as a list, checked as {@link #copyOf(Iterable, String)} does.
   *
   * @param elements the array
   * @param name the parameter's name, for the message
   * @param <T> the element type
   * @return an unmodifiable copy; never null
   * @throws NullPointerException if the array or one of its elements is null, naming {@code name}
   */
  @SafeVarargs
  public static <T> List<T> of(String name, T... elements) {
    return copyOf(Arrays.asList(Objects.requireNonNull(elements, name)), name);
  }
}
