package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
 * and the two objects that hold one of two properties, a link target and an affiliation.
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
   * array of numbers).
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
        String quoted = "'" + Wording.quoted(text) + "'";
        throw new ReadProblem(p, type == LocalTime.class ? quoted + " is not a time in the form"
            + " HH:mm on a 24-hour clock; write it like 10:00 or 13:30 (seconds, as in 10:00:30,"
            + " only if the time has them)"
            : e.getMessage().contains("at index") ? quoted + " is not a date in the form"
            + " YYYY-MM-DD; write it like 2022-06-02, with a four-digit year and two-digit month"
            + " and day"
            : quoted + " is not a day of the calendar; write a real date as YYYY-MM-DD, such as"
            + " 2022-06-02");
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

  /**
   * An object that holds exactly one of its properties, read by {@link RecordReader}.
   *
   * @param names the properties
   * @param types what each one holds
   * @param usage how to write each one, for messages
   * @param make makes the value from a property's name and value; an {@link
   *     IllegalArgumentException} says what is wrong with the value
   * @param held the property a value holds, as its index in the names, and its JSON value
   */
  record Choice(List<String> names, List<Class<?>> types, String usage,
      BiFunction<String, Object, Object> make, Function<Object, Map.Entry<Integer, Object>> held) {}

  /** The choices of the model: a link target and an affiliation. */
  static final Map<Class<?>, Choice> CHOICES = Map.of(
      LinkTarget.class, new Choice(List.of("address", "placeholder"),
          List.of(String.class, boolean.class), "{\"address\": \"https://...\"} or"
              + " {\"placeholder\": true} (for a link whose address is not known yet)",
          (name, value) -> name.equals("address") ? LinkTarget.of((String) value)
              : placeholder((Boolean) value),
          target -> Map.entry(((LinkTarget) target).isPlaceholder() ? 1 : 0,
              ((LinkTarget) target).address().map(Object.class::cast).orElse(true))),
      Affiliation.class, new Choice(List.of("networkCode", "role"),
          List.of(String.class, Affiliation.Role.class), "{\"networkCode\": \"NUH\"} (a network"
              + " the organiser declares) or {\"role\": \"guest\"} (\"guest\" or \"coordinator\")",
          (name, value) -> name.equals("role") ? value
              : new Affiliation.NetworkMember((String) value),
          affiliation -> affiliation instanceof Affiliation.NetworkMember member
              ? Map.entry(0, member.networkCode())
              : Map.entry(1, JsonFormat.nameOf((Affiliation.Role) affiliation))));

  private static LinkTarget placeholder(boolean placeholder) {
    if (!placeholder) {
      throw new IllegalArgumentException("'placeholder' can only be true; for a link whose address"
          + " is known, write {\"address\": \"https://...\"} instead");
    }
    return LinkTarget.placeholder();
  }

  /** Writes a choice as the one property it holds. */
  static ValueSerializer<Object> writer(Class<?> type) {
    Choice choice = CHOICES.get(type);
    return new ValueSerializer<>() {
      @Override
      public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) {
        Map.Entry<Integer, Object> held = choice.held().apply(value);
        String name = choice.names().get(held.getKey());
        g.writeStartObject();
        if (held.getValue() instanceof Boolean flag) {
          g.writeBooleanProperty(name, flag);
        } else {
          g.writeStringProperty(name, (String) held.getValue());
        }
        g.writeEndObject();
      }
    };
  }
}
