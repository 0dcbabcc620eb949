package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The values whose JSON is not databind's own: a language by its tag, dates and times strictly,
 * and the two objects that hold one of two alternatives, a link target and an affiliation.
 */
final class Codecs {

  private Codecs() {}

  /** The current value as the text of a value of a type; refuses every other kind of value. */
  static String text(JsonParser p, Class<?> type) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      throw Wording.wrongType(p, Wording.expected(type), true);
    }
    return p.getString();
  }

  /**
   * A date or time exactly as ISO 8601 writes it (databind's readers would trim it, or take an
   * array of numbers); {@link MinutesModule} words the problem.
   */
  private static final class Iso<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    Iso(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = text(p, type);
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
      }
    }
  }

  static final ValueDeserializer<LocalDate> DATES = new Iso<>(LocalDate.class, LocalDate::parse);

  static final ValueDeserializer<LocalTime> TIMES = new Iso<>(LocalTime.class, LocalTime::parse);

  static final ValueDeserializer<Language> LANGUAGES = new ValueDeserializer<>() {
    @Override
    public Language deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return Language.ofTag(text(p, String.class));
      } catch (IllegalArgumentException e) {
        throw new ReadProblem(p, "the language " + e.getMessage());
      }
    }
  };

  /** An object with exactly one of two properties. */
  private abstract static class OneOfTwo<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final List<String> names;
    private final String usage;

    OneOfTwo(Class<T> type, String first, String second, String usage) {
      this.type = type;
      this.names = List.of(first, second);
      this.usage = usage;
    }

    abstract T read(boolean first, JsonParser p, DeserializationContext ctxt);

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.START_OBJECT)) {
        throw Wording.wrongType(p, Wording.expected(type), true);
      }
      T value = null;
      String read = null;
      for (p.nextToken(); p.hasToken(JsonToken.PROPERTY_NAME); p.nextToken()) {
        String name = p.currentName();
        if (!names.contains(name)) {
          throw new ReadProblem(p, Wording.unknownProperty(name, type, names));
        } else if (name.equals(read)) {
          throw new ReadProblem(p, "the property '" + name + "' appears twice in this object; keep"
              + " one of them");
        } else if (p.nextToken() == JsonToken.VALUE_NULL) {
          throw Wording.wrongType(p, "a value", true);
        } else if (value != null) {
          throw new ReadProblem(p, Wording.describe(type) + " is either " + usage
              + ", not both; remove one of them");
        }
        value = read(name.equals(names.get(0)), p, ctxt);
        read = name;
      }
      if (value == null) {
        throw new ReadProblem(ReadProblem.pointer(p), Wording.describe(type) + " needs either "
            + usage);
      }
      return value;
    }
  }

  static final ValueDeserializer<LinkTarget> LINK_TARGETS = new OneOfTwo<>(LinkTarget.class,
      "address", "placeholder", "{\"address\": \"https://...\"} or {\"placeholder\": true} (for a"
          + " link whose address is not known yet)") {
    @Override
    LinkTarget read(boolean address, JsonParser p, DeserializationContext ctxt) {
      if (address) {
        return LinkTarget.of(text(p, String.class));
      } else if (p.hasToken(JsonToken.VALUE_FALSE)) {
        throw new ReadProblem(p, "'placeholder' can only be true; for a link whose address is"
            + " known, write {\"address\": \"https://...\"} instead");
      } else if (!p.hasToken(JsonToken.VALUE_TRUE)) {
        throw Wording.wrongType(p, Wording.expected(boolean.class), true);
      }
      return LinkTarget.placeholder();
    }
  };

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

  static final ValueDeserializer<Affiliation> AFFILIATIONS = new OneOfTwo<>(Affiliation.class,
      "networkCode", "role", "{\"networkCode\": \"NUH\"} (a network the organiser declares) or"
          + " {\"role\": \"guest\"} (\"guest\" or \"coordinator\")") {
    private ValueDeserializer<?> roles;

    @Override
    public void resolve(DeserializationContext ctxt) {
      roles = ctxt.findRootValueDeserializer(ctxt.constructType(Affiliation.Role.class));
    }

    @Override
    Affiliation read(boolean network, JsonParser p, DeserializationContext ctxt) {
      return network ? new Affiliation.NetworkMember(text(p, String.class))
          : (Affiliation.Role) roles.deserialize(p, ctxt);
    }
  };

  static final ValueSerializer<Affiliation> AFFILIATION_WRITER = new ValueSerializer<>() {
    @Override
    public void serialize(Affiliation value, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject();
      if (value instanceof Affiliation.NetworkMember member) {
        g.writeStringProperty("networkCode", member.networkCode());
      } else {
        g.writeStringProperty("role", JsonFormat.nameOf((Affiliation.Role) value));
      }
      g.writeEndObject();
    }
  };
}
