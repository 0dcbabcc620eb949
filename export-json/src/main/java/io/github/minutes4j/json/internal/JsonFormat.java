package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.minutes4j.core.AgendaItem;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.HeadCount;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.Organiser;
import io.github.minutes4j.core.ParticipantList;
import io.github.minutes4j.core.Session;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.validation.Text;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
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

  /**
   * The deepest nesting of objects and lists. Minutes need about 12 levels (sub-sections nest at
   * most 3 deep); 64 leaves room and keeps the reader's recursion far from a stack overflow.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * The longest string value, in characters: a little over the longest text the model allows
   * ({@link Text#LONG}), so that a text just over the model's limit is reported by validation with
   * its path, while a hostile string stops the parser early.
   */
  public static final int MAX_STRING_LENGTH = Text.LONG + 10_000;

  /** The longest property name, in characters: the longest name of the format has 13. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The longest document, in bytes: 64 MiB, thousands of pages of minutes. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The most tokens of a document (values, property names, brackets): 2 Mi. It bounds the objects
   * the reader builds, whatever their size: the model's smallest objects read up to {@link
   * #MAX_DOCUMENT_LENGTH} would take several times the document in heap. The reference documents
   * have about 1,500 tokens.
   */
  public static final long MAX_TOKEN_COUNT = 2L * 1024 * 1024;

  /**
   * The most characters of a number: counts have at most 7 digits, and a longer number is refused
   * with its place anyway; the limit stops absurdly long numbers before they are parsed.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * The factory of every parser and generator: strict JSON (Jackson's defaults: no comments, no
   * NaN, no single quotes, no trailing commas), a repeated property name is an error, the limits
   * above, and the caller's streams left open. Output keeps non-ASCII characters and slashes as
   * they are and writes a character beyond U+FFFF as one four-byte sequence.
   */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
                  .build())
          .build();

  /**
   * The mapper: the {@link MinutesModule} maps the model; properties in the order of the records'
   * components; unknown properties fail; our own exceptions pass through unwrapped.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .addModule(new MinutesModule())
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // An empty Optional is left out; empty lists are written as [].
          .changeDefaultPropertyInclusion(inclusion -> inclusion
              .withValueInclusion(JsonInclude.Include.NON_ABSENT)
              .withContentInclusion(JsonInclude.Include.NON_ABSENT))
          // null is no value of this format, not even inside lists. An absent Optional is empty:
          // its reader (Codecs.OptionalReader) refuses null itself.
          .changeDefaultNullHandling(nulls -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
          .withConfigOverride(Optional.class,
              optional -> optional.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.SET)))
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.WRAP_EXCEPTIONS)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * Two spaces per level, {@code "name": value}, {@code []} and {@code {}} for empty containers,
   * and {@code \n} line ends on every platform.
   */
  static final DefaultPrettyPrinter PRETTY_PRINTER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRETTY_PRINTER =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.NONE)
                    .withArrayElementSpacing(Separators.Spacing.NONE)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
  }

  /**
   * The lists and flags of version 0.2 of the format, which its readers require: they stay
   * required, and are written even when empty or false, so that what 0.2 wrote reads and writes
   * the same. Lists and flags added since are optional.
   */
  private static final Map<Class<?>, Set<String>> REQUIRED_LISTS_AND_FLAGS =
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

  private JsonFormat() {}

  /**
   * Whether a component of a record of the model is required on reading (and always written).
   *
   * @param record the record
   * @param component the component's name
   * @param type the component's class
   * @return false for an {@code Optional}, and for a list or flag added after version 0.2
   */
  public static boolean required(Class<?> record, String component, Class<?> type) {
    if (type == Optional.class) {
      return false;
    } else if (Collection.class.isAssignableFrom(type) || type == boolean.class) {
      return REQUIRED_LISTS_AND_FLAGS.getOrDefault(record, Set.of()).contains(component);
    }
    return true;
  }

  /**
   * The JSON name of an enum constant: the constant in lower case with hyphens for underscores
   * ({@code meeting-notes}).
   *
   * @param constant such as {@code MEETING_NOTES}
   * @return such as {@code meeting-notes}
   */
  public static String nameOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
