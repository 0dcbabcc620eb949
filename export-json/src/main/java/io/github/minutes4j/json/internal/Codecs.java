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
   * A value written as text and converted exactly (databind's readers of dates and times would
   * trim them, or take an array of numbers).
   */
  private static final class FromText<T> extends ValueDeserializer<T> {
    private final Class<?> shown;
    private final Function<String, T> parse;
    private final BiFunction<String, RuntimeException, String> problem;

    /** The value as {@code shown} describes it, and the problem with a text and its failure. */
    FromText(Class<?> shown, Function<String, T> parse,
        BiFunction<String, RuntimeException, String> problem) {
      this.shown = shown;
      this.parse = parse;
      this.problem = problem;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = text(p, shown);
      try {
        return parse.apply(text);
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new ReadProblem(p, problem.apply("'" + Wording.quoted(text) + "'", e));
      }
    }
  }

  static final ValueDeserializer<LocalDate> DATES = new FromText<>(LocalDate.class,
      LocalDate::parse, (text, e) -> e.getMessage().contains("at index")
          ? text + " is not a date in the form YYYY-MM-DD; write it like 2022-06-02, with a"
              + " four-digit year and two-digit month and day"
          : text + " is not a day of the calendar; write a real date as YYYY-MM-DD, such as"
              + " 2022-06-02");

  static final ValueDeserializer<LocalTime> TIMES = new FromText<>(LocalTime.class,
      LocalTime::parse, (text, e) -> text + " is not a time in the form HH:mm on a 24-hour clock;"
          + " write it like 10:00 or 13:30 (seconds, as in 10:00:30, only if the time has them)");

  static final ValueDeserializer<Language> LANGUAGES = new FromText<>(String.class,
      Language::ofTag, (text, e) -> "the language " + e.getMessage());

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
