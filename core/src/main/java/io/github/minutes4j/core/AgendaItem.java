package io.github.minutes4j.core;

import io.github.minutes4j.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item on the agenda: its number if the document gives one, a heading, who presented it, what
 * was said, and links to slides and recordings.
 *
 * @param number the item's number as the document writes it, such as "3.1" or "§ 12", if it has
 *     one; exporters show it before the heading
 * @param heading the heading, such as "Introduktion till dagen"
 * @param presenters who presented or led the item, in the order the document names them; may be
 *     empty
 * @param content what was said, in reading order; may be empty
 * @param links links to slides, recordings and documents, in the document's order; may be empty
 * @since 0.1.0
 */
public record AgendaItem(
    Optional<@Text String> number,
    @Text String heading,
    @Size(max = 1_000) List<@Valid Person> presenters,
    @Size(max = 10_000) List<@Valid Block> content,
    @Size(max = 1_000) List<@Valid Link> links) {

  /**
   * Creates an agenda item; the lists are copied.
   *
   * @param number the item's number as the document writes it, such as "3.1" or "§ 12", if it has
   *     one
   * @param heading the heading, such as "Introduktion till dagen"
   * @param presenters who presented or led the item, in the order the document names them; may be empty
   * @param content what was said, in reading order; may be empty
   * @param links links to slides, recordings and documents, in the document's order; may be empty
   * @throws NullPointerException if an argument or an element is null (use {@link
   *     Optional#empty()} for no number)
   * @since 0.2.0 (with {@code number})
   */
  public AgendaItem {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(heading, "heading");
    presenters = List.copyOf(presenters);
    content = List.copyOf(content);
    links = List.copyOf(links);
  }

  /**
   * Creates an agenda item without a number, as in version 0.1.0; the lists are copied.
   *
   * @param heading the heading, such as "Introduktion till dagen"
   * @param presenters who presented or led the item; may be empty
   * @param content what was said, in reading order; may be empty
   * @param links links to slides, recordings and documents; may be empty
   * @throws NullPointerException if an argument or an element is null
   */
  public AgendaItem(
      String heading, List<Person> presenters, List<Block> content, List<Link> links) {
    this(Optional.empty(), heading, presenters, content, links);
  }

  /**
   * Starts an agenda item.
   *
   * @param heading the heading
   * @return a builder
   */
  public static Builder withHeading(String heading) {
    return new Builder(heading);
  }

  /**
   * Builds an {@link AgendaItem}. Not thread-safe; {@link #build()} may be called more than once,
   * and what it built does not change when the builder is used again.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String heading;
    private Optional<String> number = Optional.empty();
    private final List<Person> presenters = new ArrayList<>();
    private final List<Block> content = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private Builder(String heading) {
      this.heading = Objects.requireNonNull(heading, "heading");
    }

    /**
     * Sets the item's number, such as "3.1" or "§ 12".
     *
     * @param number the number as the document writes it
     * @return this builder
     * @throws NullPointerException if {@code number} is null
     * @since 0.2.0
     */
    public Builder number(String number) {
      this.number = Optional.of(number);
      return this;
    }

    /**
     * Adds presenters.
     *
     * @param presenters the presenters
     * @return this builder
     */
    public Builder presenters(Person... presenters) {
      this.presenters.addAll(Arrays.asList(presenters));
      return this;
    }

    /**
     * Adds content blocks.
     *
     * @param blocks the blocks
     * @return this builder
     */
    public Builder content(Block... blocks) {
      this.content.addAll(Arrays.asList(blocks));
      return this;
    }

    /**
     * Adds a link.
     *
     * @param kind what it leads to
     * @param label the text shown
     * @param target where it leads
     * @return this builder
     */
    public Builder link(LinkKind kind, String label, LinkTarget target) {
      this.links.add(new Link(kind, label, target));
      return this;
    }

    /**
     * Adds links.
     *
     * @param links the links
     * @return this builder
     */
    public Builder links(Link... links) {
      this.links.addAll(Arrays.asList(links));
      return this;
    }

    /**
     * Builds the item.
     *
     * @return the item
     */
    public AgendaItem build() {
      return new AgendaItem(number, heading, presenters, content, links);
    }
  }
}
