package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.minutes4j.core.Language;
import io.github.minutes4j.core.internal.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * How the reader's messages name things. All of it follows from the records and their mix-ins, so
 * a new component of the model gets good messages without code here.
 */
final class Wording {

  private static final int MAX_QUOTED = 60;

  private Wording() {}

  /** What an object of the model is: its mix-in's description, else "an agenda item". */
  static String describe(Class<?> type) {
    Class<?> mixIn = MixIns.ALL.get(type);
    JsonClassDescription given =
        mixIn == null ? null : mixIn.getAnnotation(JsonClassDescription.class);
    String words = words(type.getSimpleName());
    return given != null ? given.value()
        : ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  /** "AgendaItem" as "agenda item". */
  static String words(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** What a value of a type holds, such as "text" or "a list (a JSON array [...]) of ...". */
  static String expected(Type type) {
    if (type instanceof ParameterizedType generic) {
      Type element = generic.getActualTypeArguments()[0];
      return generic.getRawType() == Optional.class ? expected(element)
          : "a list (a JSON array [...]) of " + expected(element);
    }
    Class<?> raw = (Class<?>) type;
    if (Collection.class.isAssignableFrom(raw)) {
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
    } else if (raw == Language.class) {
      return "a language tag such as \"sv\" or \"en-GB\" (a JSON string in double quotes)";
    } else if (raw.isEnum()) {
      return "a " + words(raw.getSimpleName()) + ", one of \"" + String.join("\", \"", names(raw))
          + "\"";
    }
    return describe(raw) + " (a JSON object)";
  }

  /** The JSON names of an enum's constants. */
  static List<String> names(Class<?> enumType) {
    List<String> names = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      names.add(JsonFormat.nameOf((Enum<?>) constant));
    }
    return names;
  }

  /** How to add a missing component: its mix-in's description, else what it holds. */
  static String holds(Class<?> record, String name, Type type) {
    Class<?> mixIn = MixIns.ALL.get(record);
    for (Method method : mixIn == null ? new Method[0] : mixIn.getDeclaredMethods()) {
      JsonPropertyDescription given = method.getAnnotation(JsonPropertyDescription.class);
      if (method.getName().equals(name) && given != null) {
        return "\"" + name + "\": " + given.value();
      }
    }
    return "\"" + name + "\" holds " + expected(type);
  }

  /** An unknown property's problem: the known ones, and the closest of them. */
  static String unknownProperty(String name, Class<?> owner, List<String> known) {
    return "unknown property '" + quoted(name) + "' in " + describe(owner)
        + didYouMean(name, known, false) + "known: " + String.join(", ", known);
  }

  /** An unknown name of a closed set, such as a link kind: the nearest, and all of them. */
  static String unknownValue(String what, String value, Collection<String> known) {
    return "unknown " + what + " '" + quoted(value) + "'" + didYouMean(value, known, true)
        + "use one of: " + String.join(", ", known);
  }

  /** "'online'" for a property, "this value" for an element of a list or the document. */
  static String subject(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.START_ARRAY)) {
      context = context.getParent();
    }
    return context != null && context.inObject() && context.currentName() != null
        ? "'" + context.currentName() + "'"
        : "this value";
  }

  /** The current value is of the wrong kind, or null for a property that is required or not. */
  static ReadProblem wrongType(JsonParser parser, String expected, boolean required) {
    String subject = subject(parser);
    if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT) && expected.equals(expected(int.class))) {
      return new ReadProblem(parser, subject + " must be " + expected + ", but is "
          + parser.getString() + "; write it without a decimal point or exponent");
    } else if (!parser.hasToken(JsonToken.VALUE_NULL)) {
      return new ReadProblem(parser, subject + " must be " + expected + ", but is " + found(parser));
    }
    return new ReadProblem(parser, subject.equals("this value") ? "a list cannot hold null; remove it"
        : subject + " is null, which this format never uses; " + (required ? "give it "
            : "leave the property out when there is no value, or give it ") + expected);
  }

  /** Describes the current token as a person would, with its value if it is short. */
  static String found(JsonParser parser) {
    JsonToken token = parser.currentToken();
    try {
      return switch (token) {
        case START_OBJECT -> "an object {...}";
        case START_ARRAY -> "a list [...]";
        case VALUE_STRING -> "the text \"" + quoted(parser.getString()) + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
        default -> token.asString() == null ? token.name() : token.asString();
      };
    } catch (JacksonException e) {
      return "a text that cannot be read";
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
      shown.append(c < ' ' || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return end < value.length() ? shown.append("...").toString() : shown.toString();
  }

  /** A parser's complaint about the syntax, as what the document must change, not a feature. */
  static String malformed(JacksonException e) {
    String original = String.valueOf(e.getOriginalMessage())
        // The reader's parser knows no start location: "(start marker at [Source: ...])" says nothing
        .replaceAll(" *\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*\\(?\\[Source:[^\\]]*\\]\\)?", "").trim();
    if (original.contains("ALLOW_COMMENTS")) {
      return "malformed JSON: a comment, which JSON does not have; remove it, or put what it says"
          + " into the minutes' text";
    } else if (original.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
      return "malformed JSON: NaN and Infinity are not JSON numbers; write a whole number such as"
          + " 10";
    } else if (original.contains("CTRL-CHAR")) {
      return "malformed JSON: " + original.replaceFirst(":? *has to be escaped.*", "") + "; a"
          + " control character such as a tab or a line break cannot stand in a JSON string as it"
          + " is: for a new paragraph start a new \"paragraph\" block, or escape it (\\t, \\n)";
    }
    original = original.replaceAll(" *\\(?(for|to) (allow|enable)[^;)]*\\)?", "")
        .replaceAll(";? *(enable|use) `?[A-Za-z]+Feature\\.[A-Z_]+`?[^;]*", "");
    return e instanceof UnexpectedEndOfInputException
        ? "the input ends before the JSON is complete (" + original + "); it was cut short, or a"
            + " closing bracket, brace or quote is missing"
        : "malformed JSON: " + original + "; correct the JSON syntax at this place";
  }
}
