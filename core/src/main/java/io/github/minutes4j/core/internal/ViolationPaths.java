package io.github.minutes4j.core.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Writes a Jakarta Validation path the way a reader of the model or its JSON expects. */
public final class ViolationPaths {

  private ViolationPaths() {}

  /**
   * Formats a path as {@code agenda[2].presenters[0].name}: property names joined with dots, list
   * positions in brackets, and no names of containers such as {@code <list element>}.
   *
   * @param path the path
   * @return the formatted path; empty for the root
   */
  public static String format(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        text.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      boolean container =
          node.getKind() == ElementKind.CONTAINER_ELEMENT || name == null || name.startsWith("<");
      if (!container && node.getKind() != ElementKind.BEAN) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }
}
