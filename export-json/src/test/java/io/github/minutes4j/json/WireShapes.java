package io.github.minutes4j.json;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Block;
import io.github.minutes4j.core.Inline;
import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.json.internal.JsonFormat;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The objects of format {@code minutes4j/1} as they follow from the model's records, for tests
 * that compare the schema and the output with the model: each record reachable from {@link
 * Minutes} is an object with a property per component, in order, required as {@link
 * JsonFormat#required} says; blocks and spans start with {@code "type"}, the document with {@code
 * "format"}. The two objects that hold one of two alternatives are written out.
 */
final class WireShapes {

  /** One object: its name under the schema's {@code $defs}, its properties, the required ones. */
  record Shape(String def, List<String> names, Set<String> required) {}

  private WireShapes() {}

  static List<Shape> all() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    collect(Minutes.class, shapes);
    shapes.put("listItem", shapeOf("listItem", Block.Paragraph.class, null));
    shapes.put("linkTarget", new Shape("linkTarget", List.of("address", "placeholder"), Set.of()));
    shapes.put("affiliation", new Shape("affiliation", List.of("networkCode", "role"), Set.of()));
    return List.copyOf(shapes.values());
  }

  private static void collect(Class<?> type, Map<String, Shape> shapes) {
    if (type == LinkTarget.class || Affiliation.class.isAssignableFrom(type)) {
      return;
    }
    if (type.isSealed()) {
      for (Class<?> subtype : type.getPermittedSubclasses()) {
        collect(subtype, shapes);
      }
      return;
    }
    if (!type.isRecord()) {
      return;
    }
    String def = def(type);
    if (shapes.containsKey(def)) {
      return;
    }
    String first = type == Minutes.class ? "format"
        : Block.class.isAssignableFrom(type) || Inline.class.isAssignableFrom(type) ? "type" : null;
    shapes.put(def, shapeOf(def, type, first));
    for (RecordComponent component : type.getRecordComponents()) {
      collect(raw(component.getGenericType()), shapes);
    }
  }

  private static Shape shapeOf(String def, Class<?> type, String first) {
    List<String> names = new ArrayList<>();
    Set<String> required = new TreeSet<>();
    if (first != null) {
      names.add(first);
      required.add(first);
    }
    for (RecordComponent component : type.getRecordComponents()) {
      names.add(component.getName());
      if (JsonFormat.required(type, component.getName(), component.getType())) {
        required.add(component.getName());
      }
    }
    return new Shape(def, names, required);
  }

  /** The schema's name: a record's simple name in camel case, with the names of the format. */
  private static String def(Class<?> type) {
    if (type == Minutes.class) {
      return "minutes";
    } else if (type == Block.ItemList.class) {
      return "list";
    } else if (type == Inline.Hyperlink.class) {
      return "linkSpan";
    } else if (Inline.class.isAssignableFrom(type)) {
      return "textSpan";
    }
    String name = type.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The class a component holds, through lists and optionals. */
  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType) {
      return raw(((ParameterizedType) type).getActualTypeArguments()[0]);
    }
    return type instanceof Class ? (Class<?>) type : Object.class;
  }
}
