package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import java.util.Objects;

/**
 * A run of text inside a paragraph: plain, strong (a presenter's name in bold), emphasised, or a
 * link. Spans do not nest; a paragraph is a sequence of them.
 *
 * @since 0.1.0
 */
public sealed interface Inline {

  /**
   * The text of this span as a reader sees it.
   *
   * @return the text; never null
   */
  String text();

  /**
   * Plain text.
   *
   * @param text the text; may be white space only, as between two strong spans, but not every
   *     span of a paragraph may be blank ({@link io.github.minutes4j.core.validation.VisibleText})
   */
  record Plain(@Text(max = Text.LONG, allowBlank = true) String text) implements Inline {
    /**
     * Creates plain text.
     *
     * @param text the text; may be white space only, as between two strong spans
     * @throws NullPointerException if {@code text} is null
     */
    public Plain {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Strongly emphasised text, shown in bold.
   *
   * @param text the text
   */
  record Strong(@Text(max = Text.LONG) String text) implements Inline {
    /**
     * Creates strong text.
     *
     * @param text the text
     * @throws NullPointerException if {@code text} is null
     */
    public Strong {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Emphasised text, shown in italics.
   *
   * @param text the text
   */
  record Emphasis(@Text(max = Text.LONG) String text) implements Inline {
    /**
     * Creates emphasised text.
     *
     * @param text the text
     * @throws NullPointerException if {@code text} is null
     */
    public Emphasis {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A link inside running text.
   *
   * @param text the link text
   * @param target where it leads; a placeholder renders as plain text
   */
  record Hyperlink(@Text String text, @Valid LinkTarget target) implements Inline {
    /**
     * Creates a link.
     *
     * @param text the link text
     * @param target where it leads; a placeholder renders as plain text
     * @throws NullPointerException if an argument is null
     */
    public Hyperlink {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * Plain text.
   *
   * @param text the text
   * @return the span
   */
  static Inline plain(String text) {
    return new Plain(text);
  }

  /**
   * Strong text.
   *
   * @param text the text
   * @return the span
   */
  static Inline strong(String text) {
    return new Strong(text);
  }

  /**
   * Emphasised text.
   *
   * @param text the text
   * @return the span
   */
  static Inline emphasis(String text) {
    return new Emphasis(text);
  }

  /**
   * A link.
   *
   * @param text the link text
   * @param target where it leads
   * @return the span
   */
  static Inline link(String text, LinkTarget target) {
    return new Hyperlink(text, target);
  }
}
