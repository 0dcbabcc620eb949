package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import java.util.List;

/**
 * The list handling every builder of this package shares: {@code addXs} appends, the method named
 * after the component replaces. Both check every element before they change anything, so that a
 * call that throws leaves the builder as it was.
 */
final class BuilderLists {

  private BuilderLists() {}

  /**
   * Appends elements to a builder's list.
   *
   * @param list the builder's list
   * @param elements what to append, in order
   * @param component the component's name, for the message of a null element
   * @throws NullPointerException if {@code elements} or one of them is null
   */
  static <T> void append(List<T> list, Iterable<? extends T> elements, String component) {
    list.addAll(checked(elements, component));
  }

  /**
   * Replaces the content of a builder's list.
   *
   * @param list the builder's list
   * @param elements the new content, in order; empty to clear
   * @param component the component's name, for the message of a null element
   * @throws NullPointerException if {@code elements} or one of them is null
   */
  static <T> void replace(List<T> list, Iterable<? extends T> elements, String component) {
    List<T> checked = checked(elements, component);
    list.clear();
    list.addAll(checked);
  }

  private static <T> List<T> checked(Iterable<? extends T> elements, String component) {
    return NonNullLists.copyOf(elements, component);
  }
}
