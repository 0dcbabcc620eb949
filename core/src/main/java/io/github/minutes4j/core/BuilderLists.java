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
   * @param parameter the name of the method's parameter, for the message
   * @throws NullPointerException if {@code elements} or one of them is null
   */
  static <T> void append(List<T> list, Iterable<? extends T> elements, String parameter) {
    list.addAll(checked(elements, parameter));
  }

  /**
   * Replaces the content of a builder's list.
   *
   * @param list the builder's list
   * @param elements the new content, in order; empty to clear
   * @param parameter the name of the method's parameter, for the message
   * @throws NullPointerException if {@code elements} or one of them is null
   */
  static <T> void replace(List<T> list, Iterable<? extends T> elements, String parameter) {
    List<T> checked = checked(elements, parameter);
    list.clear();
    list.addAll(checked);
  }

  private static <T> List<T> checked(Iterable<? extends T> elements, String parameter) {
    return NonNullLists.copyOf(elements, parameter);
  }
}
