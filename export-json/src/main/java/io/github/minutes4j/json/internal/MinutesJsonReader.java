package io.github.minutes4j.json.internal;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.format.MinutesReadException;
import io.github.minutes4j.core.format.SourceLocation;
import io.github.minutes4j.core.validation.InvalidMinutesException;
import io.github.minutes4j.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads one document of format {@code minutes4j/1} with databind, and turns every problem into a
 * {@link MinutesReadException} with its JSON Pointer, line and column, and a way to fix it. The
 * places are found from the parser's state at the problem; where databind has moved past the
 * token to name (a property name, an object's start), the document read so far is scanned again,
 * on the failure path only. One instance reads one document.
 */
public final class MinutesJsonReader {

  private static final ObjectReader READER = JsonFormat.MAPPER.readerFor(Minutes.class);

  /** For scanning a document again: a repeated name is then no error, to find the second one. */
  private static final JsonFactory SCANNER =
      JsonFormat.FACTORY.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Utf8Document input;

  /**
   * A reader of one document.
   *
   * @param in the input; read to its end, not closed
   */
  public MinutesJsonReader(InputStream in) {
    this.input = new Utf8Document(in);
  }

  /**
   * Reads the minutes, without validating them.
   *
   * @return the minutes as the input gives them
   * @throws MinutesReadException if the input is not a well-formed document of this format
   * @throws IOException if reading fails
   */
  public Minutes read() throws IOException {
    JsonParser parser = null;
    try {
      parser = JsonFormat.MAPPER.createParser(input);
      if (parser.nextToken() == null) {
        throw fail("", ReadProblem.offset(parser.currentLocation()), "the input is empty; a minutes4j"
            + " document is a JSON object that starts with {\"format\": \"" + JsonFormat.VERSION
            + "\", ...");
      }
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        // Databind reads a JSON null as a null value, not as a problem.
        throw fail("", ReadProblem.offset(parser.currentTokenLocation()), "expected the minutes as"
            + " a JSON object that starts with {\"format\": \"" + JsonFormat.VERSION + "\", ...},"
            + " but found null");
      }
      Minutes minutes = READER.readValue(parser);
      if (parser.nextToken() != null) {
        throw fail("", ReadProblem.offset(parser.currentTokenLocation()), "found "
            + Wording.found(parser) + " after the end of the minutes; a document holds exactly"
            + " one JSON object, so remove what follows its closing brace");
      }
      return minutes;
    } catch (ReadProblem e) {
      throw located(e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof Utf8Document.EncodingProblem) {
        Utf8Document.EncodingProblem problem = (Utf8Document.EncodingProblem) e.getCause();
        throw fail(parser == null ? "" : inside(parser, problem.offset), problem.offset,
            problem.getMessage());
      }
      throw e.getCause();
    } catch (JacksonException e) {
      if (e.getCause() instanceof ReadProblem) {
        // Databind wraps what a list of strings' element reader throws, whatever the features.
        throw located((ReadProblem) e.getCause());
      }
      throw translate(parser, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** A problem at the place it names. */
  private MinutesReadException located(ReadProblem e) {
    if (e.missingIn != null) {
      return missing(e.pointer, e.missingIn, e.offset);
    }
    long at = e.place == ReadProblem.Place.VALUE ? e.offset : locate(e.pointer, e.place, e.offset);
    return fail(e.pointer, at, e.getMessage());
  }

  /**
   * Gives the violations of minutes read from this document its lines and columns.
   *
   * @param e the validator's exception
   * @return the same violations, each with its place in the document where found
   */
  public InvalidMinutesException locate(InvalidMinutesException e) {
    List<Violation> located = new ArrayList<>();
    for (Violation violation : e.violations()) {
      String pointer = violation.path().isEmpty() ? ""
          : "/" + violation.path().replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
      long offset = locate(pointer, ReadProblem.Place.VALUE, Long.MAX_VALUE);
      SourceLocation where = SourceLocation.UNKNOWN;
      if (offset >= 0 && offset != Long.MAX_VALUE) {
        long[] at = input.lineAndColumn(offset);
        where = new SourceLocation(pointer, at[0], at[1]);
      }
      located.add(new Violation(violation.path(), violation.message(), where));
    }
    return new InvalidMinutesException(located);
  }

  private MinutesReadException translate(JsonParser parser, JacksonException e) {
    JsonToken token = parser.currentToken();
    long tokenStart = ReadProblem.offset(parser.currentTokenLocation());
    long here = ReadProblem.offset(parser.currentLocation());
    if (e instanceof StreamConstraintsException) {
      return constraint(parser, e, tokenStart, here);
    } else if (e instanceof InvalidNullException) {
      return fail(ReadProblem.pointer(parser), tokenStart,
          Wording.wrongType(parser, expected(e), true).getMessage());
    } else if (e instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) e;
      return fail(ReadProblem.pointer(parser), tokenStart, Wording.wrongType(parser,
          Wording.expected(mismatch.getTargetType())).getMessage());
    } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property")) {
      String pointer = ReadProblem.pointer(parser);
      return fail(pointer, locate(pointer, ReadProblem.Place.NAME, here), "the property '"
          + parser.streamReadContext().currentName() + "' appears twice in this object; keep one"
          + " of them");
    }
    long at = e.getLocation() != null ? ReadProblem.offset(e.getLocation()) : here;
    String pointer = container(parser);
    if (e instanceof StreamReadException) {
      return fail(pointer, at, Wording.malformed(e));
    }
    return fail(pointer, at, "the document cannot be read: " + e.getOriginalMessage());
  }

  /** What a null property should have held, from the record it belongs to. */
  private static String expected(JacksonException e) {
    List<JacksonException.Reference> path = e.getPath();
    JacksonException.Reference last = path.isEmpty() ? null : path.get(path.size() - 1);
    if (last != null && last.getPropertyName() != null && last.from() != null) {
      Object from = last.from();
      java.lang.reflect.Type type = Wording.componentType(
          from instanceof Class ? (Class<?>) from : from.getClass(), last.getPropertyName());
      if (type != null) {
        return Wording.expected(type);
      }
    }
    return "a value";
  }

  /**
   * The required components of a record missing from its object, all of them at once; or, as
   * databind looks at unknown properties only once the record is made, the first unknown one.
   */
  private MinutesReadException missing(String pointer, Class<?> record, long end) {
    long start = locate(pointer, ReadProblem.Place.OBJECT, end);
    Set<String> present = namesOf(pointer, start);
    List<String> known = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      known.add(component.getName());
    }
    for (String name : present) {
      if (!known.contains(name) && !name.equals("format") && !name.equals("type")) {
        String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        return fail(at, locate(at, ReadProblem.Place.NAME, Long.MAX_VALUE),
            Wording.unknownProperty(name, record, known));
      }
    }
    List<String> names = new ArrayList<>();
    List<String> holds = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      if (JsonFormat.required(record, component.getName(), component.getType())
          && !present.contains(component.getName())) {
        names.add("'" + component.getName() + "'");
        holds.add(Wording.holds(record, component));
      }
    }
    boolean one = names.size() == 1;
    return fail(pointer, start, Wording.describe(record) + " lacks the required "
        + (one ? "property " : "properties ") + String.join(", ", names) + "; add "
        + (one ? "it" : "them") + " (" + String.join("; ", holds) + ")");
  }

  private MinutesReadException constraint(
      JsonParser parser, JacksonException e, long tokenStart, long here) {
    String original = String.valueOf(e.getOriginalMessage());
    String pointer = container(parser);
    if (original.contains("nesting depth")) {
      MinutesReadException unknown = unknownOnPath(pointer, tokenStart);
      if (unknown != null) {
        return unknown; // databind reads an unknown property's value before it refuses the name
      }
      return fail(pointer, tokenStart, "the document nests objects and lists more than "
          + JsonFormat.MAX_NESTING_DEPTH + " levels deep, the most this reader accepts; minutes"
          + " need far fewer (sub-sections nest at most 3 levels), so flatten the structure");
    } else if (original.contains("String value length") || original.contains("Number value")) {
      // Strings are read by Codecs.string, which reports their length itself; here the parser
      // was reading the digits of a number, which fill the same buffer.
      boolean named = parser.currentToken() == JsonToken.PROPERTY_NAME;
      return fail(pointer, named ? tokenStart : here, (named
          ? "'" + parser.currentName() + "' is a number" : "a number") + " of more than "
          + JsonFormat.MAX_NUMBER_LENGTH + " digits, out of range for this format, whose only"
          + " numbers are head counts (whole numbers from 0 to 1000000); correct the number");
    } else if (original.contains("Name length")) {
      return fail(pointer, here, "a property name is longer than " + JsonFormat.MAX_NAME_LENGTH
          + " characters; this format's names are short words such as 'heading'");
    } else if (original.contains("Token count")) {
      return fail(pointer, tokenStart, "the document has more than " + JsonFormat.MAX_TOKEN_COUNT
          + " JSON values, property names and brackets, the most this reader accepts; minutes"
          + " need far fewer, so split them or check that this is the right file");
    } else if (original.contains("Document length")) {
      return fail(pointer, here, "the document is longer than " + JsonFormat.MAX_DOCUMENT_LENGTH
          + " characters (64 MiB), the most this reader accepts; split the minutes or check that"
          + " this is the right file");
    }
    return fail(pointer, here, "the document exceeds a limit of this reader: " + original);
  }

  /** The first property on a pointer that the model does not have, as a read error. */
  private MinutesReadException unknownOnPath(String pointer, long before) {
    java.lang.reflect.Type type = Minutes.class;
    String at = "";
    for (String segment : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      while (type instanceof ParameterizedType
          && ((ParameterizedType) type).getRawType() == Optional.class) {
        type = ((ParameterizedType) type).getActualTypeArguments()[0];
      }
      at += "/" + segment;
      if (type instanceof ParameterizedType) {
        type = ((ParameterizedType) type).getActualTypeArguments()[0]; // an element of a list
        continue;
      }
      Class<?> owner = (Class<?>) type;
      if (owner == LinkTarget.class || owner == Affiliation.class
          || !owner.isRecord() && !owner.isSealed()) {
        return null;
      }
      String name = segment.replace("~1", "/").replace("~0", "~");
      List<String> known = new ArrayList<>();
      type = null;
      for (Class<?> kind : owner.isSealed() ? owner.getPermittedSubclasses() : new Class<?>[] {owner}) {
        for (RecordComponent component : kind.getRecordComponents()) {
          known.add(component.getName());
          type = component.getName().equals(name) ? component.getGenericType() : type;
        }
      }
      if (type == null) {
        return name.equals("format") || name.equals("type") ? null
            : fail(at, locate(at, ReadProblem.Place.NAME, before),
                Wording.unknownProperty(name, owner, known));
      }
    }
    return null;
  }

  /**
   * Where the parser stands when it fails while looking for the next token: in the value of the
   * property whose name it read last, else in the object or list around (an element or property
   * that is complete is not the place).
   */
  private static String container(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    boolean opened = context.inObject()
        ? context.currentName() == null && token != JsonToken.START_OBJECT
        : context.inArray() && context.getCurrentIndex() < 0 && token != JsonToken.START_ARRAY;
    if (opened) {
      // The parser failed on opening an object or list, whose token it never returned.
      context = context.getParent();
    }
    if (token == JsonToken.PROPERTY_NAME || context.getParent() == null) {
      return context.pathAsPointer().toString();
    }
    return context.getParent().pathAsPointer().toString();
  }

  /** The pointer of a bad byte: inside the current string or name, or between tokens. */
  private static String inside(JsonParser parser, long offset) {
    JsonToken token = parser.currentToken();
    boolean within = (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
        && ReadProblem.offset(parser.currentTokenLocation()) < offset;
    return within ? ReadProblem.pointer(parser) : container(parser);
  }

  /**
   * Scans the document read so far for the last token at a pointer that starts before an offset.
   *
   * @return its byte offset, or {@code before} if there is none
   */
  private long locate(String pointer, ReadProblem.Place place, long before) {
    long found = -1;
    try (JsonParser scan = SCANNER.createParser(ObjectReadContext.empty(), input.bytes(), 0,
        input.length())) {
      for (JsonToken t = scan.nextToken(); t != null; t = scan.nextToken()) {
        long at = ReadProblem.offset(scan.currentTokenLocation());
        if (at >= before && place != ReadProblem.Place.VALUE || at > before) {
          break;
        }
        boolean kind = place == ReadProblem.Place.NAME ? t == JsonToken.PROPERTY_NAME
            : place == ReadProblem.Place.OBJECT ? t == JsonToken.START_OBJECT
            : t != JsonToken.PROPERTY_NAME && !t.isStructEnd();
        if (kind && pointer.equals(ReadProblem.pointer(scan))) {
          found = at;
        }
      }
    } catch (JacksonException e) {
      // The document breaks after the place: what was found stands.
    }
    return found >= 0 ? found : before;
  }

  /** The property names of the object that starts at an offset. */
  private Set<String> namesOf(String pointer, long start) {
    Set<String> names = new LinkedHashSet<>();
    try (JsonParser scan = SCANNER.createParser(ObjectReadContext.empty(), input.bytes(),
        (int) start, input.length() - (int) start)) {
      scan.nextToken();
      for (JsonToken t = scan.nextToken(); t == JsonToken.PROPERTY_NAME; t = scan.nextToken()) {
        names.add(scan.currentName());
        scan.nextToken();
        scan.skipChildren();
      }
    } catch (JacksonException e) {
      // The object breaks after its last complete property: the names found stand.
    }
    return names;
  }

  private MinutesReadException fail(String pointer, long offset, String problem) {
    long[] at = input.lineAndColumn(offset);
    return new MinutesReadException(new SourceLocation(pointer, at[0], at[1]), problem, null);
  }
}
