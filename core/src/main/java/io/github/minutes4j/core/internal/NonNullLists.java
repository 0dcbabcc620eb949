package io.github.minutes4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
    if (elements instanceof Collection<? extends T> collection) {
      // Checked in place, then copied once: List.copyOf returns a list it made itself as it is,
      // so the model's records, built from each other's lists, copy nothing again.
      int index = 0;
      for (T element : collection) {
        requireElement(element, name, index++);
      }
      return List.copyOf(collection);
    }
    List<T> copy = new ArrayList<>();
    for (T element : elements) {
      copy.add(requireElement(element, name, copy.size()));
    }
    return List.copyOf(copy);
  }

  private static <T> T requireElement(T element, String name, int index) {
    if (element == null) {
      throw new NullPointerException(name + ": element " + index + " is null; leave it out instead");
    }
    return element;
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
