package io.github.minutes4j.core;

import io.github.minutes4j.core.internal.NonNullLists;
import io.github.minutes4j.core.validation.NestingDepth;
import io.github.minutes4j.core.validation.Text;
import io.github.minutes4j.core.validation.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A piece of the content of an agenda item: a paragraph, a titled sub-section such as "Nuläge", or
 * a list.
 *
 * @since 0.1.0
 */
public sealed interface Block {

  /** The deepest a sub-section may nest inside an agenda item. */
  int MAX_DEPTH = 3;

  /**
   * A paragraph of running text. Its spans may not all be blank: a plain span of white space
   * between two strong spans is fine, but a paragraph must show something ({@link VisibleText}).
   *
   * @param content the spans, in reading order; at least one, and at least one that shows
   */
  @VisibleText
  record Paragraph(
      @NotEmpty(message = "must have at least one span of text") @Size(max = 10_000)
          List<@Valid Inline> content)
      implements Block {
    /**
     * Creates a paragraph; the list is copied.
     *
     * @param content the spans, in reading order; at least one
     * @throws NullPointerException if the list or a span is null
     */
    public Paragraph {
      content = NonNullLists.copyOf(content, "content");
    }

    /**
     * The paragraph's text without markup.
     *
     * @return the spans' text, joined
     */
    public String text() {
      StringBuilder text = new StringBuilder();
      for (Inline span : content) {
        text.append(span.text());
      }
      return text.toString();
    }
  }

  /**
   * A titled part of an item's content, such as "Nuläge" or "Börläge" in a GAP analysis.
   * Exporters give its heading the level below the item's.
   *
   * @param heading the heading
   * @param content the blocks below the heading; at least one
   */
  @NestingDepth
  record Subsection(
      @Text String heading,
      @NotEmpty(message = "must have at least one block") @Size(max = 10_000)
          List<@Valid Block> content)
      implements Block {
    /**
     * Creates a sub-section; the list is copied.
     *
     * @param heading the heading
     * @param content the blocks below the heading; at least one
     * @throws NullPointerException if an argument or a block is null
     */
    public Subsection {
      Objects.requireNonNull(heading, "heading");
      content = NonNullLists.copyOf(content, "content");
    }
  }

  /**
   * A bulleted or numbered list.
   *
   * @param ordered true for a numbered list
   * @param items the items, each a paragraph; at least one
   */
  record ItemList(
      boolean ordered,
      @NotEmpty(message = "must have at least one item") @Size(max = 10_000)
          List<@Valid Paragraph> items)
      implements Block {
    /**
     * Creates a list; the list is copied.
     *
     * @param ordered true for a numbered list
     * @param items the items, each a paragraph; at least one
     * @throws NullPointerException if the list or an item is null
     */
    public ItemList {
      items = NonNullLists.copyOf(items, "items");
    }
  }

  /**
   * A paragraph of spans.
   *
   * @param spans the spans
   * @return the paragraph
   */
  static Paragraph paragraph(Inline... spans) {
    return new Paragraph(NonNullLists.of("spans", spans));
  }

  /**
   * A paragraph of plain text.
   *
   * @param text the text
   * @return the paragraph
   */
  static Paragraph paragraph(String text) {
    return new Paragraph(List.of(Inline.plain(text)));
  }

  /**
   * A sub-section.
   *
   * @param heading the heading
   * @param content the blocks
   * @return the sub-section
   */
  static Subsection subsection(String heading, Block... content) {
    return new Subsection(heading, NonNullLists.of("content", content));
  }

  /**
   * A bulleted list.
   *
   * @param items the items, in order
   * @return the list
   * @throws NullPointerException if the array or an item is null
   */
  static ItemList bulleted(Paragraph... items) {
    return new ItemList(false, NonNullLists.of("items", items));
  }

  /**
   * A numbered list.
   *
   * @param items the items, in order
   * @return the list
   * @throws NullPointerException if the array or an item is null
   * @since 0.2.0
   */
  static ItemList numbered(Paragraph... items) {
    return new ItemList(true, NonNullLists.of("items", items));
  }
}
