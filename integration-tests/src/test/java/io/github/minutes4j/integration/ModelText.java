package io.github.minutes4j.integration;

import io.github.minutes4j.core.Affiliation;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.MinutesVisitor;
import io.github.minutes4j.core.validation.LinkAddress;
import io.github.minutes4j.core.validation.Text;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every string of a {@link Minutes} value with its path, spelt as the validator spells paths
 * ({@code agenda[0].presenters[1].name}), and a way to rewrite them all. The tests use it to place
 * a hostile string in one field, to list what a page must show, and to give a document the same
 * structure with neutral text.
 *
 * <p>The strings come from core's {@link MinutesVisitor#walk}, and what kind each is comes from
 * the constraints on its record component, so a text field added to the model is listed and
 * rewritten here without a change. Rewriting builds the changed records anew with their canonical
 * constructors, along the paths of the changed strings only.
 */
final class ModelText {

  /** What a string is, which decides the rules it must follow. */
  enum Kind {
    /** A name, heading or label: {@code @Text}, at most 1,000 characters, not blank. */
    SHORT,
    /** A span of running text: at most 100,000 characters; plain spans may be blank. */
    SPAN,
    /** A plain span: like {@link #SPAN}, and may be white space only. */
    PLAIN,
    /** A network code: letters, digits and hyphens. */
    CODE,
    /** A participant's network code, which must name a declared network. */
    MEMBER_CODE,
    /** A link address. */
    ADDRESS
  }

  /** One string at its place. */
  record Piece(String path, Kind kind, String text) {}

  /** Rewrites one string at its place. */
  @FunctionalInterface
  interface Rewrite {
    String apply(String path, Kind kind, String text);
  }

  private ModelText() {}

  /** Every string of the minutes, in the walk's order. */
  static List<Piece> of(Minutes minutes) {
    List<Piece> pieces = new ArrayList<>();
    Map<String, Record> parts = new HashMap<>();
    MinutesVisitor.walk(
        minutes,
        new MinutesVisitor() {
          @Override
          public boolean enter(String path, Record part) {
            parts.put(path, part);
            return true;
          }

          @Override
          public void text(String path, String text) {
            int dot = path.lastIndexOf('.');
            Record owner = parts.get(dot < 0 ? "" : path.substring(0, dot));
            // A string in a list, such as a decision's clauses[1], is its list's component.
            String component = path.substring(dot + 1).replaceFirst("\\[\\d+\\]$", "");
            pieces.add(new Piece(path, kind(owner, component), text));
          }
        });
    return pieces;
  }

  /** What kind of string a record's component holds, from its constraints. */
  static Kind kind(Record owner, String component) {
    if (owner instanceof Affiliation.NetworkMember) {
      return Kind.MEMBER_CODE;
    }
    RecordComponent declared = component(owner.getClass(), component);
    if (annotation(declared, LinkAddress.class) != null) {
      return Kind.ADDRESS;
    }
    if (annotation(declared, Pattern.class) != null) {
      return Kind.CODE;
    }
    Text text = annotation(declared, Text.class);
    if (text == null) {
      throw new AssertionError(
          owner.getClass().getSimpleName() + "." + component + " is a string without @Text");
    }
    return text.allowBlank() ? Kind.PLAIN : text.max() == Text.SHORT ? Kind.SHORT : Kind.SPAN;
  }

  private static RecordComponent component(Class<?> type, String name) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component;
      }
    }
    throw new IllegalArgumentException(type.getName() + " has no component " + name);
  }

  /** An annotation on a component's type, or on its type argument ({@code Optional<@Text ...>}). */
  private static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
    AnnotatedType annotated = component.getAnnotatedType();
    A found = annotated.getAnnotation(type);
    if (found == null && annotated instanceof AnnotatedParameterizedType) {
      for (AnnotatedType argument :
          ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()) {
        found = found != null ? found : argument.getAnnotation(type);
      }
    }
    return found;
  }

  /** The minutes with every string rewritten; the structure stays as it is. */
  static Minutes map(Minutes minutes, Rewrite rewrite) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (Piece piece : of(minutes)) {
      String text = rewrite.apply(piece.path(), piece.kind(), piece.text());
      if (!text.equals(piece.text())) {
        changes.put(piece.path(), text);
      }
    }
    return set(minutes, changes);
  }

  /** The minutes with one string, at {@code path}, replaced. */
  static Minutes replace(Minutes minutes, String path, String replacement) {
    if (of(minutes).stream().noneMatch(piece -> piece.path().equals(path))) {
      throw new IllegalArgumentException("no string at " + path);
    }
    return set(minutes, Map.of(path, replacement));
  }

  /**
   * The minutes with the values at some paths replaced, each by a value of the same type (a
   * string, a number, a date, an enumeration's constant, ...): a path as the walk and the
   * validator write it, an optional value at the path of its component.
   */
  static Minutes set(Minutes minutes, Map<String, ?> changes) {
    Change root = new Change();
    changes.forEach((path, value) -> root.at(path).value = value);
    return (Minutes) root.apply(minutes);
  }

  /**
   * The changes below one place of the model: a new value for the place itself, or changes at the
   * places below it, keyed by component name or list position ({@code [2]}).
   */
  private static final class Change {
    Object value;
    final Map<String, Change> below = new HashMap<>();

    /** The change at a path below this place, made if there is none yet. */
    Change at(String path) {
      Change change = this;
      for (String step : path.replace("[", ".[").split("\\.")) {
        if (!step.isEmpty()) {
          change = change.below.computeIfAbsent(step, s -> new Change());
        }
      }
      return change;
    }

    Object apply(Object old) {
      if (value != null) {
        return old instanceof Optional ? Optional.of(value) : value;
      }
      if (below.isEmpty()) {
        return old;
      }
      if (old instanceof Optional) {
        return ((Optional<?>) old).map(this::apply);
      }
      if (old instanceof List) {
        List<Object> list = new ArrayList<>((List<?>) old);
        below.forEach(
            (step, change) -> {
              int i = Integer.parseInt(step.substring(1, step.length() - 1));
              list.set(i, change.apply(list.get(i)));
            });
        return list;
      }
      return rebuilt((Record) old);
    }

    private Record rebuilt(Record record) {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      try {
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          values[i] = components[i].getAccessor().invoke(record);
          Change change = below.get(components[i].getName());
          if (change != null) {
            values[i] = change.apply(values[i]);
          }
        }
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        return (Record) canonical.newInstance(values);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot rebuild " + record, e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot rebuild " + record, e);
      }
    }
  }
}
