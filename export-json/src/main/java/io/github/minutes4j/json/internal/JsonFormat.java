package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.DocumentKind;
import io.github.minutes4j.core.LinkKind;
import io.github.minutes4j.core.spi.FormatDescriptor;
import io.github.minutes4j.core.validation.Text;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * What the writer and the reader share: the format's version and descriptor, the Jackson factory
 * with its limits, the pretty printer, and the spelling of every enum in JSON.
 */
public final class JsonFormat {

  /** The value of the top-level {@code "format"} property of the one version this code knows. */
  public static final String VERSION = "minutes4j/1";

  /** The format: id {@code json}, media type {@code application/json}, extension {@code json}. */
  public static final FormatDescriptor DESCRIPTOR =
      new FormatDescriptor("json", "application/json", "json");

  /** The deepest nesting of objects and lists the reader accepts. */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * The longest string value, in characters: a little over the longest text the model allows, so
   * that a text just over the model's limit is reported by validation with its path, while a
   * hostile string stops the reader early.
   */
  public static final int MAX_STRING_LENGTH = Text.LONG + 10_000;

  /** The longest property name, in characters; the longest known name has 13. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The longest document, in characters: 64 Mi. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /**
   * The most tokens of a document (values, property names, opening and closing brackets): 2 Mi.
   * It bounds the objects the reader builds, whatever their size: the model's smallest objects
   * read up to {@link #MAX_DOCUMENT_LENGTH} would take several times the document in heap. The
   * reference documents have about 1,500 tokens; 2 Mi leaves room for minutes of thousands of
   * pages.
   */
  public static final long MAX_TOKEN_COUNT = 2L * 1024 * 1024;

  /**
   * The most characters of a number. Counts in minutes have at most 7 digits; the reader refuses
   * anything beyond an {@code int} itself, with the number's exact place, and this limit stops
   * absurdly long numbers before they are parsed.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The factory of every parser and generator: thread-safe, strict JSON, the limits above. */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
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
   * Two spaces per level, {@code "name": value}, {@code []} and {@code {}} for empty containers,
   * and {@code \n} line ends on every platform. A template: each generator gets its own instance.
   */
  private static final DefaultPrettyPrinter PRETTY_PRINTER;

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

  /** The write context of every generator: no schema, the pretty printer above. */
  public static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return PRETTY_PRINTER.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  /** The document kinds by their JSON names, such as {@code meeting-notes}. */
  public static final Map<String, DocumentKind> DOCUMENT_KINDS =
      byName(DocumentKind.values(), JsonFormat::nameOf);

  /** The link kinds by their JSON names, such as {@code slides}. */
  public static final Map<String, LinkKind> LINK_KINDS =
      byName(LinkKind.values(), JsonFormat::nameOf);

  /** The roles by their JSON names, such as {@code guest}. */
  public static final Map<String, Affiliation.Role> ROLES =
      byName(Affiliation.Role.values(), JsonFormat::nameOf);

  private JsonFormat() {}

  /**
   * The JSON name of an enum constant: lower case, hyphens for underscores.
   *
   * @param constant such as {@code MEETING_NOTES}
   * @return such as {@code meeting-notes}
   */
  public static String nameOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E> Map<String, E> byName(E[] values, Function<E, String> name) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E value : values) {
      map.put(name.apply(value), value);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
