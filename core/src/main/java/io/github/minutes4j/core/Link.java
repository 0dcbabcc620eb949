package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import java.util.Objects;

/**
 * A link listed under an agenda item, such as "Länk till bilder" to the slides shown.
 *
 * @param kind what the link leads to
 * @param label the text the document shows, such as "Länk till film"
 * @param target where the link leads, possibly a placeholder
 * @since 0.1.0
 */
public record Link(LinkKind kind, @Text String label, @Valid LinkTarget target) {

  /**
   * Creates a link.
   *
   * @param kind what the link leads to
   * @param label the text the document shows, such as "Länk till film"
   * @param target where the link leads, possibly a placeholder
   * @throws NullPointerException if an argument is null
   */
  public Link {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(target, "target");
  }
}
