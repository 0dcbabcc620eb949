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
   * @return a builder with no presenters, no content and no links
   * @throws NullPointerException if {@code heading} is null
   */
  public static Builder withHeading(String heading) {
    return new Builder(heading);
  }

  /**
   * A builder that starts from this item, to derive a changed copy. {@code addX} methods append to
   * this item's lists, the methods named after a component replace them.
   *
   * @return a builder holding everything in this item; never null
   * @since 0.2.0
   */
  public Builder toBuilder() {
    Builder builder = new Builder(heading).presenters(presenters).content(content).links(links);
    builder.number = number;
    return builder;
  }

  /**
   * Builds an {@link AgendaItem}. Not thread-safe; {@link #build()} may be called more than once,
   * and what it built does not change when the builder is used again.
   *
   * <p>As every builder of this package: {@code addX(x)} and {@code addXs(...)} append, the method
   * named after the component ({@code presenters(...)}, {@code content(...)}, {@code links(...)})
   * replaces, and replacing with an empty list clears. Arguments and their elements must not be
   * null: a method that throws {@link NullPointerException} leaves the builder as it was.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String heading;
    private Optional<String> number = Optional.empty();
    private final List<Person> presenters = new ArrayList<>();
    private final List<Block> content = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private Builder(String heading) {
      heading(heading);
    }

    /**
     * Replaces the heading.
     *
     * @param heading the heading
     * @return this builder
     * @throws NullPointerException if {@code heading} is null
     * @since 0.2.0
     */
    public Builder heading(String heading) {
      this.heading = Objects.requireNonNull(heading, "heading");
      return this;
    }

    /**
     * Replaces the item's number, such as "3.1" or "§ 12".
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
     * Appends a presenter after those already added.
     *
     * @param presenter the presenter
     * @return this builder
     * @throws NullPointerException if {@code presenter} is null
     * @since 0.2.0
     */
    public Builder addPresenter(Person presenter) {
      return addPresenters(List.of(Objects.requireNonNull(presenter, "presenter")));
    }

    /**
     * Appends presenters after those already added.
     *
     * @param presenters the presenters, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addPresenters(Person... presenters) {
      return addPresenters(Arrays.asList(presenters));
    }

    /**
     * Appends presenters after those already added.
     *
     * @param presenters the presenters, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addPresenters(Iterable<? extends Person> presenters) {
      BuilderLists.append(this.presenters, presenters, "presenters");
      return this;
    }

    /**
     * Replaces the presenters with these; an empty list clears them.
     *
     * @param presenters the presenters, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder presenters(Iterable<? extends Person> presenters) {
      BuilderLists.replace(this.presenters, presenters, "presenters");
      return this;
    }

    /**
     * Appends a content block after those already added.
     *
     * @param block the block
     * @return this builder
     * @throws NullPointerException if {@code block} is null
     * @since 0.2.0
     */
    public Builder addBlock(Block block) {
      return addBlocks(List.of(Objects.requireNonNull(block, "block")));
    }

    /**
     * Appends content blocks after those already added.
     *
     * @param blocks the blocks, in reading order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addBlocks(Block... blocks) {
      return addBlocks(Arrays.asList(blocks));
    }

    /**
     * Appends content blocks after those already added.
     *
     * @param blocks the blocks, in reading order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addBlocks(Iterable<? extends Block> blocks) {
      BuilderLists.append(this.content, blocks, "content");
      return this;
    }

    /**
     * Replaces the content with these blocks; an empty list clears it.
     *
     * @param blocks the blocks, in reading order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder content(Iterable<? extends Block> blocks) {
      BuilderLists.replace(this.content, blocks, "content");
      return this;
    }

    /**
     * Appends a link after those already added.
     *
     * @param kind what it leads to
     * @param label the text shown
     * @param target where it leads
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @since 0.2.0
     */
    public Builder addLink(LinkKind kind, String label, LinkTarget target) {
      return addLink(new Link(kind, label, target));
    }

    /**
     * Appends a link after those already added.
     *
     * @param link the link
     * @return this builder
     * @throws NullPointerException if {@code link} is null
     * @since 0.2.0
     */
    public Builder addLink(Link link) {
      return addLinks(List.of(Objects.requireNonNull(link, "link")));
    }

    /**
     * Appends links after those already added.
     *
     * @param links the links, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     * @since 0.2.0
     */
    public Builder addLinks(Link... links) {
      return addLinks(Arrays.asList(links));
    }

    /**
     * Appends links after those already added.
     *
     * @param links the links, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder addLinks(Iterable<? extends Link> links) {
      BuilderLists.append(this.links, links, "links");
      return this;
    }

    /**
     * Replaces the links with these; an empty list clears them.
     *
     * @param links the links, in order
     * @return this builder
     * @throws NullPointerException if the iterable or an element is null
     * @since 0.2.0
     */
    public Builder links(Iterable<? extends Link> links) {
      BuilderLists.replace(this.links, links, "links");
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
