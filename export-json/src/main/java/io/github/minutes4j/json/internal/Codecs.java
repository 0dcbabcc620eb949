package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * The values Jackson would read too leniently or write otherwise: strict text, booleans, whole
 * numbers, dates and times, the enums by their JSON names, and the two objects that hold one of
 * two alternatives, a link target and an affiliation. Each refuses what is wrong at its place.
 */
final class Codecs {

  private static final Pattern DATE =
      Pattern.compile("(?:[0-9]{4}|[+-][0-9]{4,9})-[0-9]{2}-[0-9]{2}");
  private static final Pattern TIME =
      Pattern.compile("(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?");

  private Codecs() {}

  /**
   * The current string value. Jackson reads a string only when asked for it, so its length limit
   * and a bad character in it are found here.
   */
  static String string(JsonParser parser) {
    try {
      return parser.getString();
    } catch (StreamConstraintsException e) {
      throw new ReadProblem(parser, "a text is longer than " + JsonFormat.MAX_STRING_LENGTH
          + " characters, the most this reader accepts (a span of running text may have"
          + " 100000); split the text into several spans or paragraphs");
    } catch (StreamReadException e) {
      throw new ReadProblem(ReadProblem.pointer(parser), ReadProblem.Place.VALUE,
          ReadProblem.offset(e.getLocation()), Wording.malformed(e));
    }
  }

  static final ValueDeserializer<String> TEXT = new ValueDeserializer<>() {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Wording.wrongType(p, Wording.expected(String.class));
      }
      return string(p);
    }
  };

  static final ValueDeserializer<Boolean> BOOLEAN = new ValueDeserializer<>() {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw Wording.wrongType(p, Wording.expected(boolean.class));
      }
      return token == JsonToken.VALUE_TRUE;
    }

    /** Only for a flag that may be missing; null is refused as for every value. */
    @Override
    public Boolean getNullValue(DeserializationContext ctxt) {
      throw Wording.wrongType(ctxt.getParser(), Wording.expected(boolean.class), false);
    }

    @Override
    public Boolean getAbsentValue(DeserializationContext ctxt) {
      return false;
    }
  };

  /** A list that may be missing: empty when absent; null is refused as for every value. */
  static final class EmptyWhenAbsent extends DelegatingDeserializer {
    private final Class<?> element;

    EmptyWhenAbsent(ValueDeserializer<?> list, Class<?> element) {
      super(list);
      this.element = element;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> list) {
      return new EmptyWhenAbsent(list, element);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      throw Wording.wrongType(ctxt.getParser(),
          Wording.expected(List.class) + " of " + Wording.expected(element), false);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return List.of();
    }
  }

  static final ValueDeserializer<Integer> INT = new ValueDeserializer<>() {
    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        throw new ReadProblem(p, Wording.subject(p) + " must be a whole number such as 10, but is "
            + p.getString() + "; write it without a decimal point or exponent");
      } else if (token != JsonToken.VALUE_NUMBER_INT) {
        throw Wording.wrongType(p, Wording.expected(int.class));
      } else if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw new ReadProblem(p, Wording.subject(p) + " is " + p.getString()
            + ", too large for a count; counts are at most 1000000");
      }
      return p.getIntValue();
    }
  };

  static final ValueDeserializer<LocalDate> DATES = new ValueDeserializer<>() {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = TEXT.deserialize(p, ctxt);
      if (!DATE.matcher(text).matches()) {
        throw new ReadProblem(p, "'" + Wording.quoted(text) + "' is not a date in the form"
            + " YYYY-MM-DD; write it like 2022-06-02, with a four-digit year and two-digit month"
            + " and day");
      }
      try {
        // The usual four-digit year without java.time's parser, which allocates much more.
        return text.length() == 10 && text.charAt(0) != '+' && text.charAt(0) != '-'
            ? LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
            : LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw new ReadProblem(p, "'" + Wording.quoted(text) + "' is not a day of the calendar;"
            + " write a real date as YYYY-MM-DD, such as 2022-06-02");
      }
    }
  };

  static final ValueDeserializer<LocalTime> TIMES = new ValueDeserializer<>() {
    @Override
    public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = TEXT.deserialize(p, ctxt);
      if (!TIME.matcher(text).matches()) {
        throw new ReadProblem(p, "'" + Wording.quoted(text) + "' is not a time in the form HH:mm"
            + " on a 24-hour clock; write it like 10:00 or 13:30 (seconds, as in 10:00:30, only"
            + " if the time has them)");
      }
      // HH:mm and HH:mm:ss without java.time's parser, which allocates much more.
      return text.length() == 5 ? LocalTime.of(digits(text, 0, 2), digits(text, 3, 5))
          : text.length() == 8
              ? LocalTime.of(digits(text, 0, 2), digits(text, 3, 5), digits(text, 6, 8))
              : LocalTime.parse(text);
    }
  };

  /** The number that ASCII digits from {@code start} to {@code end} write. */
  private static int digits(String text, int start, int end) {
    return Integer.parseInt(text, start, end, 10);
  }

  /** Reads a language by its BCP 47 tag, refusing an ill-formed tag with the reason. */
  static final ValueDeserializer<Language> LANGUAGES = new ValueDeserializer<>() {
    @Override
    public Language deserialize(JsonParser p, DeserializationContext ctxt) {
      String tag = TEXT.deserialize(p, ctxt);
      try {
        return Language.ofTag(tag);
      } catch (IllegalArgumentException e) {
        throw new ReadProblem(p, "the language " + e.getMessage());
      }
    }
  };

  /** Writes a language as its canonical BCP 47 tag, such as {@code sv-SE}. */
  static final ValueSerializer<Language> LANGUAGE_WRITER = new ValueSerializer<>() {
    @Override
    public void serialize(Language value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.tag());
    }
  };

  /**
   * Reads an {@code Optional}: empty when the property is absent, refused when it is null (this
   * format leaves a property out instead).
   */
  static final class OptionalReader extends ValueDeserializer<Optional<?>> {
    private final JavaType content;
    private final ValueDeserializer<Object> reader;

    OptionalReader(JavaType content, ValueDeserializer<Object> reader) {
      this.content = content;
      this.reader = reader;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      return reader != null ? this
          : new OptionalReader(content, ctxt.findContextualValueDeserializer(content, property));
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) {
      return Optional.of(reader.deserialize(p, ctxt));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      throw Wording.wrongType(ctxt.getParser(), Wording.expected(content.getRawClass()), false);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }

  /** Writes the enums by {@link JsonFormat#nameOf}. */
  @SuppressWarnings("rawtypes")
  static final ValueSerializer<Enum> ENUMS = new ValueSerializer<>() {
    @Override
    public void serialize(Enum value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(JsonFormat.nameOf(value));
    }
  };

  /** Reads an enum by its {@link JsonFormat#nameOf}; an unknown name gets the nearest. */
  static final class EnumReader<E extends Enum<E>> extends ValueDeserializer<E> {
    private final String what;
    private final Map<String, E> byName = new LinkedHashMap<>();

    EnumReader(Class<E> type) {
      this.what = Wording.words(type.getSimpleName());
      for (E constant : type.getEnumConstants()) {
        byName.put(JsonFormat.nameOf(constant), constant);
      }
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      String name = TEXT.deserialize(p, ctxt);
      E value = byName.get(name);
      if (value == null) {
        throw new ReadProblem(p, "unknown " + what + " '" + Wording.quoted(name) + "'"
            + Wording.didYouMean(name, byName.keySet(), true) + "use one of: "
            + String.join(", ", byName.keySet()));
      }
      return value;
    }
  }

  /**
   * A link target is {@code {"address": "https://..."}} or {@code {"placeholder": true}}; an
   * affiliation {@code {"networkCode": "NUH"}} or {@code {"role": "guest"}}.
   */
  static final class OneOfTwo<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final String first;
    private final String second;
    private final String usage;
    private final java.util.function.BiFunction<Integer, JsonParser, T> read;

    OneOfTwo(Class<T> type, String first, String second, String usage,
        java.util.function.BiFunction<Integer, JsonParser, T> read) {
      this.type = type;
      this.first = first;
      this.second = second;
      this.usage = usage;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Wording.wrongType(p, Wording.expected(type));
      }
      T value = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        int which = name.equals(first) ? 0 : name.equals(second) ? 1 : -1;
        if (which < 0) {
          ctxt.handleUnknownProperty(p, this, type, name);
        } else if (value != null) {
          throw new ReadProblem(p, Wording.describe(type) + " is either " + usage
              + ", not both; remove one of them");
        } else if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw Wording.wrongType(p, "a value");
        } else {
          value = read.apply(which, p);
        }
      }
      if (value == null) {
        throw new ReadProblem(ReadProblem.pointer(p), ReadProblem.Place.OBJECT,
            ReadProblem.offset(p.currentTokenLocation()),
            Wording.describe(type) + " needs either " + usage);
      }
      return value;
    }

    @Override
    public java.util.Collection<Object> getKnownPropertyNames() {
      return List.of(first, second);
    }
  }

  static final ValueDeserializer<LinkTarget> LINK_TARGETS = new OneOfTwo<>(LinkTarget.class,
      "address", "placeholder",
      "{\"address\": \"https://...\"} or {\"placeholder\": true} (for a link whose address is"
          + " not known yet)",
      (which, p) -> {
        if (which == 0) {
          return LinkTarget.of(TEXT.deserialize(p, null));
        } else if (p.currentToken() == JsonToken.VALUE_FALSE) {
          throw new ReadProblem(p, "'placeholder' can only be true; for a link whose address is"
              + " known, write {\"address\": \"https://...\"} instead");
        }
        BOOLEAN.deserialize(p, null);
        return LinkTarget.placeholder();
      });

  static final ValueSerializer<LinkTarget> LINK_TARGET_WRITER = new ValueSerializer<>() {
    @Override
    public void serialize(LinkTarget value, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject();
      if (value.address().isPresent()) {
        g.writeStringProperty("address", value.address().get());
      } else {
        g.writeBooleanProperty("placeholder", true);
      }
      g.writeEndObject();
    }
  };

  private static final EnumReader<Affiliation.Role> ROLES =
      new EnumReader<>(Affiliation.Role.class);

  static final ValueDeserializer<Affiliation> AFFILIATIONS = new OneOfTwo<>(Affiliation.class,
      "networkCode", "role",
      "{\"networkCode\": \"NUH\"} (a network the organiser declares) or {\"role\": \"guest\"}"
          + " (\"guest\" or \"coordinator\")",
      (which, p) -> which == 0
          ? new Affiliation.NetworkMember(TEXT.deserialize(p, null))
          : ROLES.deserialize(p, null));

  static final ValueSerializer<Affiliation> AFFILIATION_WRITER = new ValueSerializer<>() {
    @Override
    public void serialize(Affiliation value, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject();
      if (value instanceof Affiliation.NetworkMember) {
        g.writeStringProperty("networkCode", ((Affiliation.NetworkMember) value).networkCode());
      } else {
        g.writeStringProperty("role", JsonFormat.nameOf((Affiliation.Role) value));
      }
      g.writeEndObject();
    }
  };
}
