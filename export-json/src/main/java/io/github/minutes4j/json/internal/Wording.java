package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * How the reader's messages name things: what a property of some type holds, what an object of
 * the model is, what the input has. All of it follows from the records and their mix-ins, so a new
 * component of the model gets good messages without code here.
 */
final class Wording {

  private static final int MAX_QUOTED = 60;

  private Wording() {}

  /** What an object of the model is, such as "an agenda item" or "the minutes". */
  static String describe(Class<?> type) {
    Class<?> mixIn = MixIns.ALL.get(type);
    JsonClassDescription given =
        mixIn == null ? null : mixIn.getAnnotation(JsonClassDescription.class);
    if (given != null) {
      return given.value();
    }
    String words = words(type.getSimpleName());
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  /** "AgendaItem" as "agenda item". */
  static String words(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** What a value of a type holds, such as "text" or "a list of people". */
  static String expected(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType generic = (ParameterizedType) type;
      Type element = generic.getActualTypeArguments()[0];
      if (generic.getRawType() == Optional.class) {
        return expected(element);
      }
      return "a list (a JSON array [...]) of " + expected(element);
    }
    Class<?> raw = (Class<?>) type;
    if (java.util.Collection.class.isAssignableFrom(raw)) {
      return "a list (a JSON array [...])";
    } else if (raw == String.class) {
      return "text (a JSON string in double quotes)";
    } else if (raw == boolean.class || raw == Boolean.class) {
      return "true or false (without quotes)";
    } else if (raw == int.class || raw == Integer.class) {
      return "a whole number such as 10";
    } else if (raw == LocalDate.class) {
      return "a date such as \"2022-06-02\"";
    } else if (raw == LocalTime.class) {
      return "a time such as \"10:00\"";
    } else if (raw.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : raw.getEnumConstants()) {
        names.add('"' + JsonFormat.nameOf((Enum<?>) constant) + '"');
      }
      return "a " + words(raw.getSimpleName()) + ", one of " + String.join(", ", names);
    }
    return describe(raw) + " (a JSON object)";
  }

  /**
   * How to add a missing required component: its mix-in's description ({@code "present": true
   * if they attended, false if not}), or else what it holds ({@code "name" holds text ...}).
   */
  static String holds(Class<?> record, RecordComponent component) {
    String name = component.getName();
    Class<?> mixIn = MixIns.ALL.get(record);
    if (mixIn != null) {
      for (Method method : mixIn.getDeclaredMethods()) {
        JsonPropertyDescription given = method.getAnnotation(JsonPropertyDescription.class);
        if (method.getName().equals(name) && given != null) {
          return "\"" + name + "\": " + given.value();
        }
      }
    }
    return "\"" + name + "\" holds " + expected(component.getGenericType());
  }

  /** The type of a record's component, or null if it has none of that name. */
  static Type componentType(Class<?> record, String name) {
    if (record.isRecord()) {
      for (RecordComponent component : record.getRecordComponents()) {
        if (component.getName().equals(name)) {
          return component.getGenericType();
        }
      }
    }
    return null;
  }

  /** An unknown property's problem: the known ones, and the closest of them. */
  static String unknownProperty(String name, Class<?> owner, List<String> known) {
    List<String> all = new ArrayList<>(known);
    if (owner == io.github.minutes4j.core.Minutes.class && !all.contains("format")) {
      all.add(0, "format");
    }
    return "unknown property '" + quoted(name) + "' in " + describe(owner)
        + didYouMean(name, all, false) + "known: " + String.join(", ", all);
  }

  /** "'online'" for a property, "this value" for an element of a list or the document. */
  static String subject(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return context != null && context.inObject() && context.currentName() != null
        ? "'" + context.currentName() + "'"
        : "this value";
  }

  /** The current value is of the wrong kind, or null. */
  static ReadProblem wrongType(JsonParser parser, String expected) {
    return wrongType(parser, expected, true);
  }

  /** The current value is of the wrong kind, or null for a property that is required or not. */
  static ReadProblem wrongType(JsonParser parser, String expected, boolean required) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return new ReadProblem(parser, subject(parser).equals("this value")
          ? "a list cannot hold null; remove it"
          : subject(parser) + " is null, which this format never uses; " + (required
              ? "give it " : "leave the property out when there is no value, or give it ")
              + expected);
    }
    return new ReadProblem(parser, subject(parser) + " must be " + expected + ", but is "
        + found(parser));
  }

  /** Describes the current token as a person would, with its value if it is short. */
  static String found(JsonParser parser) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return "an object {...}";
      case START_ARRAY:
        return "a list [...]";
      case VALUE_STRING:
        return "the text \"" + quoted(Codecs.string(parser)) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + parser.getString();
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** {@code "; did you mean 'x'? "} when a known name is close, else {@code "; "}. */
  static String didYouMean(String given, Collection<String> known, boolean always) {
    Optional<String> closest = Suggestions.closest(given, known);
    if (always && closest.isEmpty()) {
      closest = Suggestions.nearest(given, known);
    }
    return closest.map(s -> "; did you mean '" + s + "'? ").orElse("; ");
  }

  /** Shortens and makes visible a value from the input for a message. */
  static String quoted(String value) {
    StringBuilder shown = new StringBuilder();
    int end = Math.min(value.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == 0x7F) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return end < value.length() ? shown.append("...").toString() : shown.toString();
  }

  /**
   * A parser's complaint about the syntax as a problem that says what to correct; Jackson's hints
   * to enable a feature of its own become what the document must change, and input cut short
   * (also inside a text) says so.
   */
  static String malformed(tools.jackson.core.JacksonException e) {
    String original = e.getOriginalMessage() == null ? "unknown problem" : e.getOriginalMessage();
    original = original.replaceAll("\\s*\\(?\\[Source:[^\\]]*\\]\\)?", "").trim();
    if (original.contains("ALLOW_COMMENTS")) {
      return "malformed JSON: a comment, which JSON does not have; remove it, or put what it says"
          + " into the minutes' text";
    }
    if (original.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
      return "malformed JSON: NaN and Infinity are not JSON numbers; write a whole number such as"
          + " 10";
    }
    if (original.contains("CTRL-CHAR")) {
      return "malformed JSON: " + original.replaceFirst(":? *has to be escaped.*", "") + "; a control character such as a tab or a line break cannot stand in a"
          + " JSON string as it is: for a new paragraph start a new \"paragraph\" block, or"
          + " escape it (\\t, \\n)";
    }
    original = original.replaceAll(" *\\(?(for|to) (allow|enable)[^;)]*\\)?", "")
        .replaceAll(";? *(enable|use) `?[A-Za-z]+Feature\\.[A-Z_]+`?[^;]*", "");
    if (e instanceof UnexpectedEndOfInputException) {
      return "the input ends before the JSON is complete (" + original
          + "); it was cut short, or a closing bracket, brace or quote is missing";
    }
    return "malformed JSON: " + original + "; correct the JSON syntax at this place";
  }
}
