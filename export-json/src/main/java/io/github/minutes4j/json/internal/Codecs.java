package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.LinkTarget;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
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
   * A value written as text, converted exactly (databind's readers of dates trim, or take arrays),
   * described as a value of {@code shown}; {@code problem} words a text's failure.
   */
  private static <T> ValueDeserializer<T> fromText(Class<?> shown, Function<String, T> parse,
      BiFunction<String, RuntimeException, String> problem) {
    return new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        String text = text(p, shown);
        try {
          return parse.apply(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new ReadProblem(p, problem.apply("'" + Wording.quoted(text) + "'", e));
        }
      }
    };
  }

  static final ValueDeserializer<LocalDate> DATES = fromText(LocalDate.class,
      Codecs::date, (text, e) -> e.getMessage().contains("at index")
          ? text + " is not a date in the form YYYY-MM-DD; write it like 2022-06-02, with a"
              + " four-digit year and two-digit month and day"
          : text + " is not a day of the calendar; write a real date as YYYY-MM-DD, such as"
              + " 2022-06-02");

  static final ValueDeserializer<LocalTime> TIMES = fromText(LocalTime.class,
      Codecs::time, (text, e) -> text + " is not a time in the form HH:mm on a 24-hour clock;"
          + " write it like 10:00 or 13:30 (seconds, as in 10:00:30, only if the time has them)");

  /** YYYY-MM-DD by hand (DateTimeFormatter took 4 % of a read), else {@link LocalDate#parse}. */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = number(text, 0, 4);
      int month = number(text, 5, 7);
      int day = number(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** A time: HH:mm or HH:mm:ss by hand, any other text by {@link LocalTime#parse}, as above. */
  static LocalTime time(String text) {
    int length = text.length();
    if ((length == 5 || length == 8 && text.charAt(5) == ':') && text.charAt(2) == ':') {
      int hour = number(text, 0, 2);
      int minute = number(text, 3, 5);
      int second = length == 8 ? number(text, 6, 8) : 0;
      if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
        return LocalTime.of(hour, minute, second);
      }
    }
    return LocalTime.parse(text);
  }

  /** The number that the ASCII digits of a text from {@code start} to {@code end} write, or -1. */
  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = 10 * value + c - '0';
    }
    return value;
  }

  static final ValueDeserializer<Language> LANGUAGES = fromText(Language.class,
      Language::ofTag, (text, e) -> "the language " + e.getMessage());

  /**
   * An object that holds exactly one of its properties, read by {@link RecordReader}: {@code make}
   * makes the value from a property (an {@link IllegalArgumentException} says what is wrong);
   * {@code held} gives the property a value holds (its index) and its JSON value.
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
