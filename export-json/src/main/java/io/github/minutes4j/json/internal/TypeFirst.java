package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.minutes4j.core.Minutes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads an object of the model, and says which record lacks a required component. For an object
 * whose first property names its kind, as its mix-in's {@code JsonTypeInfo}
 * says: {@code "format"} of the document, {@code "type"} of a block or span. Reading it first
 * lets the rest be read in one pass, without buffering, and a document's version is known before
 * anything else; the names come from the mix-in's {@code JsonSubTypes} or {@code JsonTypeName}.
 * Then the kind's own deserializer reads the remaining properties.
 */
final class TypeFirst extends DelegatingDeserializer {

  private final Class<?> base;
  private final String property;
  private final Map<String, Class<?>> kinds;
  private final Map<Class<?>, ValueDeserializer<Object>> readers = new ConcurrentHashMap<>();

  TypeFirst(ValueDeserializer<?> delegate, Class<?> base) {
    super(delegate);
    this.base = base;
    Class<?> mixIn = MixIns.ALL.get(base);
    JsonTypeInfo info = mixIn == null ? null : mixIn.getAnnotation(JsonTypeInfo.class);
    this.property = info == null ? null : info.property();
    this.kinds = new LinkedHashMap<>();
    JsonSubTypes subtypes = info == null ? null : mixIn.getAnnotation(JsonSubTypes.class);
    if (info == null) {
      return;
    } else if (subtypes == null) {
      kinds.put(mixIn.getAnnotation(JsonTypeName.class).value(), base);
    } else {
      for (JsonSubTypes.Type subtype : subtypes.value()) {
        kinds.put(subtype.name(), subtype.value());
      }
    }
  }

  /** Whether a class is of the model: a record, or an interface whose mix-in names kinds. */
  static boolean applies(Class<?> type) {
    Class<?> mixIn = MixIns.ALL.get(type);
    return type.getName().startsWith("io.github.minutes4j.core.")
        && (type.isRecord() || mixIn != null && mixIn.getAnnotation(JsonTypeInfo.class) != null);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new TypeFirst(delegate, base);
  }

  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    ValueDeserializer<Object> reader = property == null ? (ValueDeserializer<Object>) _delegatee
        : kind(p, ctxt);
    try {
      return reader.deserialize(p, ctxt);
    } catch (MismatchedInputException e) {
      if (!String.valueOf(e.getOriginalMessage()).startsWith("Missing required")) {
        throw e;
      }
      ReadProblem missing = new ReadProblem(ReadProblem.pointer(p), ReadProblem.Place.OBJECT,
          ReadProblem.offset(p.currentTokenLocation()), e.getOriginalMessage());
      missing.missingIn = reader.handledType();
      throw missing;
    }
  }

  /** Reads the kind, and gives the deserializer of the rest of the object. */
  @SuppressWarnings("unchecked")
  private ValueDeserializer<Object> kind(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      String start = "{\"" + property + "\": "
          + (base == Minutes.class ? '"' + JsonFormat.VERSION + '"' : "...") + ", ...}";
      throw base == Minutes.class
          ? new ReadProblem(p, "expected the minutes as a JSON object that starts with " + start
              + ", but found " + Wording.found(p))
          : Wording.wrongType(p, Wording.describe(base) + " object " + start);
    }
    long objectStart = ReadProblem.offset(p.currentTokenLocation());
    JsonToken first = p.nextToken();
    if (first != JsonToken.PROPERTY_NAME || !property.equals(p.currentName())) {
      throw notFirst(p, first == JsonToken.END_OBJECT, objectStart);
    }
    p.nextToken();
    String kind = Codecs.TEXT.deserialize(p, ctxt);
    Class<?> type = kinds.get(kind);
    if (type == null) {
      throw new ReadProblem(p, unknown(kind, Wording.describe(base)));
    }
    p.nextToken();
    if (type == base) {
      return (ValueDeserializer<Object>) _delegatee;
    }
    // Found once per kind, as databind's own type deserializers keep theirs.
    ValueDeserializer<Object> reader = readers.get(type);
    if (reader == null) {
      reader = ctxt.findContextualValueDeserializer(ctxt.constructType(type), null);
      readers.put(type, reader);
    }
    return reader;
  }

  /** The object does not start with its kind: it is empty, or another property comes first. */
  private ReadProblem notFirst(JsonParser p, boolean empty, long objectStart) {
    String what = Wording.describe(base);
    // After an empty object the parser stands in the object's parent, at the object.
    String objectPointer = empty ? ReadProblem.pointer(p)
        : p.streamReadContext().getParent().pathAsPointer().toString();
    String before = empty ? null : Wording.quoted(p.currentName());
    if (base == Minutes.class) {
      return new ReadProblem(objectPointer, ReadProblem.Place.VALUE,
          ReadProblem.offset(p.currentTokenLocation()),
          "a minutes4j document must start with the property \"format\": \""
              + JsonFormat.VERSION + "\", so that a reader knows the version before anything"
              + " else; " + (empty ? "this object is empty" : "add it before '" + before + "'"));
    } else if (empty) {
      return new ReadProblem(objectPointer, ReadProblem.Place.VALUE, objectStart,
          what + " needs \"" + property + "\" as its first property, one of "
              + String.join(", ", kinds.keySet()));
    }
    return new ReadProblem(p, "\"" + property + "\" must be the first property of " + what
        + ", before '" + before + "', so that it can be read in one pass; move \"" + property
        + "\" (one of " + String.join(", ", kinds.keySet()) + ") to the front");
  }

  private String unknown(String kind, String what) {
    if (base != Minutes.class) {
      return "unknown " + what.replaceFirst("^an? ", "") + " " + property + " '"
          + Wording.quoted(kind) + "'" + Wording.didYouMean(kind, kinds.keySet(), true)
          + "use one of: " + String.join(", ", kinds.keySet());
    } else if (kind.startsWith("minutes4j/")) {
      return "the document is in format '" + Wording.quoted(kind) + "', but this reader reads '"
          + JsonFormat.VERSION + "' only; read it with the minutes4j version that wrote it, or a"
          + " newer one";
    }
    return "'" + Wording.quoted(kind) + "' is not a minutes4j format; a minutes4j document starts"
        + " with \"format\": \"" + JsonFormat.VERSION + "\"";
  }
}
