package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.Minutes;
import java.util.List;
import java.util.Map;

/**
 * Jackson's annotations for the model, which must not know Jackson. Everything not said here
 * follows from the records: a property per component, named like it, in the components' order,
 * required unless {@link JsonFormat#required} says otherwise. A new component needs nothing here;
 * a {@link JsonPropertyDescription} says how to add a missing one where its type is not enough.
 */
final class MixIns {

  /** The model's classes and their mix-ins. */
  static final Map<Class<?>, Class<?>> ALL =
      Map.of(
          Minutes.class, MinutesMixIn.class,
          Block.class, BlockMixIn.class,
          Block.ItemList.class, ItemListMixIn.class,
          Inline.class, InlineMixIn.class,
          Attendee.class, AttendeeMixIn.class);

  /** The name of the filter that can leave out the participants. */
  static final String MINUTES_FILTER = "minutes";

  private MixIns() {}

  /** The document: {@code "format"} first, as a type id whose only name is the version. */
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

  /** An attendee says whether they attended: a missing {@code "present"} is not "absent". */
  interface AttendeeMixIn {
    @JsonPropertyDescription("true if they attended, false if not")
    boolean present();
  }
}
