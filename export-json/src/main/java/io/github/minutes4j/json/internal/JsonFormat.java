package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Attendance;
import io.github.minutes4j.core.Attendee;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Proposal;
import io.github.minutes4j.core.ProtocolNote;
import io.github.minutes4j.core.Reservation;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.validation.Text;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the writer and the reader share: the format's version and descriptor, the limits, the
 * Jackson factory and mapper, and the spelling of enum constants in JSON.
 */
public final class JsonFormat {

  /** The value of the top-level {@code "format"} property of the one version this code knows. */
  public static final String VERSION = "minutes4j/1";

  /** The format: id {@code json}, media type {@code application/json}, extension {@code json}. */
  public static final FormatDescriptor DESCRIPTOR =
      new FormatDescriptor("json", "application/json", "json");

  /** The deepest nesting of objects and lists: minutes need about 12 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string, in characters: over {@link Text#LONG}, so that validation names it. */
  public static final int MAX_STRING_LENGTH = Text.LONG + 10_000;

  /** The longest property name, in characters: the longest name of the format has 13. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The longest document, in bytes: 64 MiB, thousands of pages of minutes. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The most tokens of a document (values, names, brackets): bounds the objects built. */
  public static final long MAX_TOKEN_COUNT = 2L * 1024 * 1024;

  /** The most characters of a number: counts have at most 7 digits. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Strict JSON (Jackson's defaults: no comments, NaN or trailing commas), the limits above, the
   * caller's streams left open; output keeps non-ASCII and slashes as they are, and a character
   * beyond U+FFFF as four bytes.
   */
  public static final Factory FACTORY =
      new Factory(JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxTokenCount(MAX_TOKEN_COUNT)
                  .build()));

  /**
   * Jackson's factory, which also parses a {@link Utf8Document} in the array where it holds the
   * bytes read so far, as Jackson parses a byte array (most documents arrive at once, and a copy
   * through a stream cost about 5 % of reading the large document), then reads the rest as a stream.
   */
  public static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    private Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    /**
     * A parser of a document, which starts to read it as Jackson's own start would.
     *
     * @throws JacksonIOException if reading fails, or the first four bytes are not UTF-8
     */
    JsonParser parser(Utf8Document document) {
      try {
        int start = document.start();
        return new UTF8StreamJsonParser(ObjectReadContext.empty(),
            _createContext(_createContentReference(document), false, JsonEncoding.UTF8),
            _streamReadFeatures, _formatReadFeatures, document,
            _byteSymbolCanonicalizer.makeChild(_factoryFeatures), document.bytes(), start,
            document.delivered(), start, false);
      } catch (IOException e) {
        throw JacksonIOException.construct(e);
      }
    }
  }

  /**
   * The {@link MinutesModule}, properties in the components' order; databind's own readers take no
   * other kind of value (no coercion, no enum by its index); our exceptions pass unwrapped.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .addModule(new MinutesModule())
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // An empty Optional is left out; empty lists are written as [].
          .changeDefaultPropertyInclusion(inclusion -> inclusion
              .withValueInclusion(JsonInclude.Include.NON_ABSENT)
              .withContentInclusion(JsonInclude.Include.NON_ABSENT))
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfigDefaults(coercion -> {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
              coercion.setCoercion(shape, CoercionAction.Fail);
            }
          })
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.WRAP_EXCEPTIONS)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * The lists and flags written even when empty or false, and required on reading unless {@code
   * NOT_STATED_WHEN_ABSENT} gives them a value: those of version 0.2, so that what 0.2 wrote reads
   * the same, and those whose absence would say something false (a forgotten {@code present}, or
   * list that must not be empty). Every other one is left out when empty or false.
   */
  private static final Map<Class<?>, Set<String>> REQUIRED_LISTS_AND_FLAGS =
      Map.ofEntries(
          Map.entry(Minutes.class, Set.of("sessions", "agenda", "noteTakers")),
          Map.entry(Organiser.class, Set.of("networks")),
          Map.entry(Session.class, Set.of("online")),
          Map.entry(HeadCount.class, Set.of("approximate")),
          Map.entry(ParticipantList.class, Set.of("entries")),
          Map.entry(AgendaItem.class, Set.of("presenters", "content", "links")),
          Map.entry(Block.Paragraph.class, Set.of("content")),
          Map.entry(Block.Subsection.class, Set.of("content")),
          Map.entry(Block.ItemList.class, Set.of("ordered", "items")),
          Map.entry(Attendee.class, Set.of("present")),
          Map.entry(Proposal.class, Set.of("movers")),
          Map.entry(Reservation.class, Set.of("members")),
          Map.entry(ProtocolNote.class, Set.of("authors")));

  /**
   * Properties of version 0.2 that are still always written, but read as "not stated" when absent:
   * the value a builder starts with, which exporters show as nothing. A session without {@code
   * online} or {@code attendance} says nothing about remote participation or head counts, as
   * {@code Session.on(date)} does, so their absence cannot say something false.
   */
  private static final Map<Class<?>, Map<String, Object>> NOT_STATED_WHEN_ABSENT =
      Map.of(Session.class, Map.of("online", false, "attendance", Attendance.NOT_RECORDED));

  private JsonFormat() {}

  /**
   * Whether a component is required on reading: one that is {@linkplain #written always written}
   * and has no value for "not stated" ({@code NOT_STATED_WHEN_ABSENT}).
   *
   * @param record the record
   * @param component the component's name
   * @param type the component's class
   * @return whether it is required
   */
  public static boolean required(Class<?> record, String component, Class<?> type) {
    return written(record, component, type)
        && !NOT_STATED_WHEN_ABSENT.getOrDefault(record, Map.of()).containsKey(component);
  }

  /**
   * Whether a component is always written, even when empty or false: all but an {@code Optional},
   * and a list or flag not in {@code REQUIRED_LISTS_AND_FLAGS}.
   *
   * @param record the record
   * @param component the component's name
   * @param type the component's class
   * @return whether it is always written
   */
  public static boolean written(Class<?> record, String component, Class<?> type) {
    if (type == Optional.class) {
      return false;
    } else if (Collection.class.isAssignableFrom(type) || type == boolean.class) {
      return REQUIRED_LISTS_AND_FLAGS.getOrDefault(record, Set.of()).contains(component);
    }
    return true;
  }

  /**
   * The value of a component that is not {@linkplain #required required} when it is absent:
   * its "not stated" value, or empty, or false.
   *
   * @param record the record
   * @param component the component's name
   * @param type the component's class
   * @return the value; null if the component is required
   */
  static Object whenAbsent(Class<?> record, String component, Class<?> type) {
    if (required(record, component, type)) {
      return null;
    }
    Object notStated = NOT_STATED_WHEN_ABSENT.getOrDefault(record, Map.of()).get(component);
    return notStated != null ? notStated
        : type == Optional.class ? Optional.empty() : type == boolean.class ? false : List.of();
  }

  /**
   * The JSON name of an enum constant.
   *
   * @param constant such as {@code MEETING_NOTES}
   * @return such as {@code meeting-notes}
   */
  public static String nameOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
