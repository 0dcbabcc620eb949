package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Session;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Jackson's annotations for the model, which must not know Jackson. Everything not said here
 * follows from the records: a property per component, named like it, in the components' order.
 * An {@code Optional} component, and a list or flag not in {@link #REQUIRED_LISTS_AND_FLAGS}, is
 * optional: left out when empty or false, and empty or false when missing. Every other component
 * is required. A new component needs nothing here.
 */
final class MixIns {

  /** The model's classes and their mix-ins. */
  static final Map<Class<?>, Class<?>> ALL =
      Map.of(
          Minutes.class, MinutesMixIn.class,
          Block.class, BlockMixIn.class,
          Block.ItemList.class, ItemListMixIn.class,
          Inline.class, InlineMixIn.class);

  /**
   * The lists and flags of version 0.2 of the format, which its readers require: they stay
   * required, and are written even when empty or false, so that what 0.2 wrote reads and writes
   * the same. Lists and flags added since are optional.
   */
  static final Map<Class<?>, Set<String>> REQUIRED_LISTS_AND_FLAGS =
      Map.of(
          Minutes.class, Set.of("sessions", "agenda", "noteTakers"),
          Organiser.class, Set.of("networks"),
          Session.class, Set.of("online"),
          HeadCount.class, Set.of("approximate"),
          ParticipantList.class, Set.of("entries"),
          AgendaItem.class, Set.of("presenters", "content", "links"),
          Block.Paragraph.class, Set.of("content"),
          Block.Subsection.class, Set.of("content"),
          Block.ItemList.class, Set.of("ordered", "items"));

  /** The name of the filter that can leave out the participants. */
  static final String MINUTES_FILTER = "minutes";

  private MixIns() {}

  /**
   * Whether a component of a record of the model is required on reading (and always written).
   *
   * @param record the record
   * @param component the component's name
   * @param type the component's class
   * @return false for an {@code Optional}, and for a list or flag added after version 0.2
   */
  static boolean required(Class<?> record, String component, Class<?> type) {
    if (type == Optional.class) {
      return false;
    } else if (Collection.class.isAssignableFrom(type) || type == boolean.class) {
      return REQUIRED_LISTS_AND_FLAGS.getOrDefault(record, Set.of()).contains(component);
    }
    return true;
  }

  /**
   * The document: {@code "format"} first, as a type id whose only name is the version. The
   * reader checks that it comes first ({@link TypeFirst}).
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "format")
  @JsonTypeName(JsonFormat.VERSION)
  @JsonFilter(MINUTES_FILTER)
  @JsonClassDescription("the minutes")
  interface MinutesMixIn {}

  /** A block names its kind in {@code "type"}, its first property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.Subsection.class, name = "subsection"),
    @JsonSubTypes.Type(value = Block.ItemList.class, name = "list")
  })
  @JsonClassDescription("a block")
  interface BlockMixIn {}

  /** The items of a list are paragraphs without a type: {@code {"content": [...]}}. */
  @JsonClassDescription("a list block")
  interface ItemListMixIn {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    List<Block.Paragraph> items();
  }

  /** A span names its kind in {@code "type"}, its first property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Inline.Plain.class, name = "plain"),
    @JsonSubTypes.Type(value = Inline.Strong.class, name = "strong"),
    @JsonSubTypes.Type(value = Inline.Emphasis.class, name = "emphasis"),
    @JsonSubTypes.Type(value = Inline.Hyperlink.class, name = "link")
  })
  @JsonClassDescription("a span")
  interface InlineMixIn {}
}
