package io.github.minutes4j.json.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.github.minutes4j.core.Minutes;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Reads an object of the model into its record in one pass, each property by databind's reader of
 * its type, and refuses each problem where it is: an unknown or repeated property at its name,
 * null at the value, all missing required components ({@link JsonFormat#required}) at the object's
 * start. A list becomes an immutable list the record keeps as it is. A type whose mix-in has a
 * {@code JsonTypeInfo} wants that property ({@code "format"}, {@code "type"}) first, so the version
 * is known before anything else and the kind picks the record. A {@link Codecs.Choice} holds
 * exactly one of its properties.
 */
final class RecordReader extends ValueDeserializer<Object> {

  private final Class<?> type;
  private final String kindProperty;
  private final Map<String, Class<?>> kinds = new LinkedHashMap<>();
  private final Map<String, RecordReader> byKind = new HashMap<>();
  private final Codecs.Choice choice;
  /** The properties: the components' or the choice's. */
  private final String[] names;
  private final Class<?>[] raw;
  /** Per property: the value when absent, null if it is required. */
  private final Object[] absent;
  /** The required properties, a bit per property, as the properties read are counted. */
  private final long required;
  private final Type[] valueTypes;
  /**
   * The index of a property's name: in {@link #names}, or past them for a kind property that is
   * not one of them. The parser matches a name by its bytes, without making a string of it.
   */
  private final PropertyNameMatcher matcher;
  /** Per property: databind's reader of its value, or of its elements if it is a list. */
  private ValueDeserializer<?>[] readers;
  private Constructor<?> constructor;

  RecordReader(Class<?> type) {
    this.type = type;
    Class<?> mixIn = MixIns.ALL.get(type);
    JsonTypeInfo info = mixIn == null ? null : mixIn.getAnnotation(JsonTypeInfo.class);
    kindProperty = info == null ? null : info.property();
    JsonSubTypes subtypes = info == null ? null : mixIn.getAnnotation(JsonSubTypes.class);
    if (info != null && subtypes == null) {
      kinds.put(mixIn.getAnnotation(JsonTypeName.class).value(), type);
    } else if (subtypes != null) {
      for (JsonSubTypes.Type subtype : subtypes.value()) {
        kinds.put(subtype.name(), subtype.value());
      }
    }
    choice = Codecs.CHOICES.get(type);
    RecordComponent[] components = type.isRecord() && choice == null
        ? type.getRecordComponents() : new RecordComponent[0];
    int n = choice != null ? choice.names().size() : components.length;
    names = new String[n];
    raw = new Class<?>[n];
    absent = new Object[n];
    valueTypes = new Type[n];
    if (n > Long.SIZE) {
      throw new IllegalStateException(type + " has more than " + Long.SIZE + " components");
    }
    long required = 0;
    for (int i = 0; i < n; i++) {
      names[i] = choice != null ? choice.names().get(i) : components[i].getName();
      raw[i] = choice != null ? choice.types().get(i) : components[i].getType();
      Type generic = choice != null ? raw[i] : components[i].getGenericType();
      absent[i] = choice != null ? null : JsonFormat.whenAbsent(type, names[i], raw[i]);
      required |= absent[i] == null ? 1L << i : 0;
      valueTypes[i] = raw[i] == Optional.class
          ? ((ParameterizedType) generic).getActualTypeArguments()[0] : generic;
    }
    this.required = required;
    List<String> matched = new ArrayList<>(List.of(names));
    for (Class<?> kinded : MixIns.ALL.values()) {
      JsonTypeInfo kind = kinded.getAnnotation(JsonTypeInfo.class);
      if (kind != null && !kind.property().isEmpty() && !matched.contains(kind.property())) {
        matched.add(kind.property());
      }
    }
    matcher = BinaryNameMatcher.construct(matched);
  }

  /** Whether a class is of the model: a record, or an interface whose mix-in names kinds. */
  static boolean applies(Class<?> type) {
    Class<?> mixIn = MixIns.ALL.get(type);
    return type.getName().startsWith("io.github.minutes4j.core.")
        && (type.isRecord() || Codecs.CHOICES.containsKey(type)
            || mixIn != null && mixIn.getAnnotation(JsonTypeInfo.class) != null);
  }

  @Override
  public void resolve(DeserializationContext ctxt) {
    readers = new ValueDeserializer<?>[names.length];
    for (int i = 0; i < names.length; i++) {
      Type read = raw[i] == List.class
          ? ((ParameterizedType) valueTypes[i]).getActualTypeArguments()[0] : valueTypes[i];
      readers[i] = ctxt.findContextualValueDeserializer(ctxt.constructType(read), null);
    }
    kinds.forEach((name, kind) -> byKind.put(name, kind == type ? this
        : (RecordReader) ctxt.findContextualValueDeserializer(ctxt.constructType(kind), null)));
    try {
      constructor = type.isRecord() && choice == null ? type.getDeclaredConstructor(raw) : null;
      if (constructor != null) {
        constructor.setAccessible(true); // public, but spares the check of the caller per call
      }
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor: " + type, e);
    }
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public Object deserializeWithType(
      JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      throw Wording.wrongType(p, Wording.expected(type), true);
    }
    int first = p.nextNameMatch(matcher);
    if (kindProperty == null) {
      return properties(p, ctxt, null, first);
    } else if (first < 0 || !kindProperty.equals(matcher.nameLookup()[first])) {
      throw notFirst(p);
    }
    p.nextToken();
    String name = Codecs.text(p, String.class);
    RecordReader kind = byKind.get(name);
    if (kind == null) {
      throw new ReadProblem(p, unknownKind(name));
    }
    return kind.properties(p, ctxt, kindProperty, p.nextNameMatch(kind.matcher));
  }

  /**
   * Reads the properties from the one the parser stands at, matched as {@code match} by {@link
   * #matcher} (the end of the object, {@link PropertyNameMatcher#MATCH_END_OBJECT}, if none), and
   * makes the value.
   */
  private Object properties(
      JsonParser p, DeserializationContext ctxt, String kindProperty, int match) {
    Object[] values = absent.clone();
    long read = 0;
    Object chosen = null;
    for (; match != PropertyNameMatcher.MATCH_END_OBJECT; match = p.nextNameMatch(matcher)) {
      int i = match >= 0 && match < names.length ? match : -1;
      String name = p.currentName();
      if (i < 0 ? name.equals(kindProperty) : (read & 1L << i) != 0) {
        throw new ReadProblem(p, "the property '" + Wording.quoted(name) + "' appears twice in this"
            + " object; keep one of them");
      } else if (i < 0) {
        List<String> known = new ArrayList<>(List.of(names));
        if (kindProperty != null) {
          known.add(0, kindProperty);
        }
        throw new ReadProblem(p, Wording.unknownProperty(name, type, known));
      } else if (p.nextToken() == JsonToken.VALUE_NULL) {
        throw Wording.wrongType(p, Wording.expected(valueTypes[i]), absent[i] == null);
      } else if (chosen != null) {
        throw new ReadProblem(p, Wording.describe(type) + " is either " + choice.usage()
            + ", not both; remove one of them");
      }
      Object value = raw[i] == List.class ? list(p, ctxt, i) : readers[i].deserialize(p, ctxt);
      values[i] = raw[i] == Optional.class ? Optional.of(value) : value;
      read |= 1L << i;
      try {
        chosen = choice == null ? null : choice.make().apply(name, value);
      } catch (IllegalArgumentException e) {
        throw new ReadProblem(p, e.getMessage());
      }
    }
    if (choice != null && chosen == null) {
      throw new ReadProblem(ReadProblem.pointer(p), Wording.describe(type) + " needs either "
          + choice.usage());
    }
    return choice != null ? chosen : make(p, values, read);
  }

  private List<Object> list(JsonParser p, DeserializationContext ctxt, int i) {
    if (!p.hasToken(JsonToken.START_ARRAY)) {
      throw Wording.wrongType(p, Wording.expected(List.class), true);
    }
    Object[] items = new Object[0];
    int n = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), n++) {
      if (t == JsonToken.VALUE_NULL) {
        throw Wording.wrongType(p, Wording.expected(valueTypes[i]), true);
      }
      items = n < items.length ? items : Arrays.copyOf(items, Math.max(4, 2 * n));
      items[n] = readers[i].deserialize(p, ctxt);
    }
    // List.of copies the array, and makes one or two elements a compact list by itself.
    return List.of(n == items.length ? items : Arrays.copyOf(items, n));
  }

  private Object make(JsonParser p, Object[] values, long read) {
    if ((read & required) != required) {
      throw missing(p, read);
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new ReadProblem(ReadProblem.pointer(p), Wording.describe(type) + " cannot hold"
          + " these values: " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type, e);
    }
  }

  /** Every required property that is missing, placed at the object's start (offset -1). */
  private ReadProblem missing(JsonParser p, long read) {
    List<String> missing = new ArrayList<>();
    List<String> holds = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if ((required & ~read & 1L << i) != 0) {
        missing.add("'" + names[i] + "'");
        holds.add(Wording.holds(type, names[i], valueTypes[i]));
      }
    }
    boolean one = missing.size() == 1;
    return new ReadProblem(ReadProblem.pointer(p), "the required "
        + (one ? "property " : "properties ") + String.join(", ", missing) + (one ? " is" : " are")
        + " missing from " + Wording.describe(type) + "; add " + (one ? "it" : "them") + " ("
        + String.join("; ", holds) + ")");
  }

  /** The object does not start with its kind: it is empty, or another property comes first. */
  private ReadProblem notFirst(JsonParser p) {
    boolean empty = p.hasToken(JsonToken.END_OBJECT);
    String pointer = empty ? ReadProblem.pointer(p)
        : p.streamReadContext().getParent().pathAsPointer().toString();
    String before = empty ? "" : Wording.quoted(p.currentName());
    if (type == Minutes.class) {
      return new ReadProblem(pointer, empty ? -1 : ReadProblem.offset(p.currentTokenLocation()),
          "a minutes4j document must start with the property \"format\": \"" + JsonFormat.VERSION
              + "\", so that a reader knows the version before anything else; "
              + (empty ? "this object is empty" : "add it before '" + before + "'"));
    }
    String problem = "\"" + kindProperty + "\" must be the first property of "
        + Wording.describe(type) + (empty ? "; this object is empty" : ", before '" + before
        + "', so that it can be read in one pass") + "; add it first (one of: "
        + String.join(", ", kinds.keySet()) + ")";
    return empty ? new ReadProblem(pointer, problem) : new ReadProblem(p, problem);
  }

  private String unknownKind(String kind) {
    if (type != Minutes.class) {
      return Wording.unknownValue(Wording.describe(type).replaceFirst("^an? ", "") + " "
          + kindProperty, kind, kinds.keySet());
    } else if (kind.startsWith("minutes4j/")) {
      return "the document is in format '" + Wording.quoted(kind) + "', but this reader reads '"
          + JsonFormat.VERSION + "' only; read it with the minutes4j version that wrote it, or a"
          + " newer one";
    }
    return "'" + Wording.quoted(kind) + "' is not a minutes4j format; a minutes4j document starts"
        + " with \"format\": \"" + JsonFormat.VERSION + "\"";
  }
}
