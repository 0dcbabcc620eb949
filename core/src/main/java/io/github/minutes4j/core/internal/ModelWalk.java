package io.github.minutes4j.core.internal;

import io.github.minutes4j.core.LinkTarget;
import io.github.minutes4j.core.Minutes;
import io.github.minutes4j.core.MinutesVisitor;
import io.github.minutes4j.core.Person;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The walk behind {@link MinutesVisitor#walk}: driven by the records' components, so that a
 * component added to the model is walked without a change here. Each record class's components
 * (name and accessor) are looked up once per class and kept in a {@link ClassValue}; the walk
 * itself holds no state beyond one call.
 *
 * <p>What a value is decides what happens to it, not where it is: a {@code String} is text, a
 * {@link LocalDate} a date, a {@link LinkTarget} a link, a {@link Person} a person; an {@link
 * Optional} is walked as its value, a {@link List} element by element, and any other record
 * component by component. Everything else (numbers, flags, times, enumerations) ends the walk
 * there.
 */
public final class ModelWalk {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /** The components of each record class, looked up once per class. */
  private static final ClassValue<Component[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Component[] result = new Component[components.length];
          for (int i = 0; i < components.length; i++) {
            try {
              MethodHandle accessor =
                  MethodHandles.publicLookup().unreflect(components[i].getAccessor());
              result[i] = new Component(components[i].getName(), getter(type, accessor));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(
                  "the model's record " + type.getName() + " is not public", e);
            }
          }
          return result;
        }
      };

  /**
   * A component's accessor as a function, which the JIT compiles into a plain call of the accessor
   * (a method handle that is not a constant is called through several adapters every time). The
   * model's records are in this module, so the function is made here, as a lambda would be; a
   * record from elsewhere that this module cannot reach is read through its method handle.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Class<?> type, MethodHandle accessor) {
    MethodHandle typed = accessor.asType(GETTER);
    if (type.getModule() == ModelWalk.class.getModule()) {
      try {
        // (Record) Component, a primitive component boxed as the method handle boxes it.
        MethodType instantiated = accessor.type().wrap();
        CallSite site =
            LambdaMetafactory.metafactory(
                MethodHandles.lookup(),
                "apply",
                MethodType.methodType(Function.class),
                GETTER,
                accessor,
                instantiated);
        return (Function<Object, Object>) site.getTarget().invokeExact();
      } catch (Throwable cannotMake) {
        // fall through to the method handle
      }
    }
    return record -> {
      try {
        return typed.invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read a component of " + type.getName(), e);
      }
    };
  }

  private final MinutesVisitor visitor;

  private ModelWalk(MinutesVisitor visitor) {
    this.visitor = visitor;
  }

  /**
   * Walks minutes.
   *
   * @param minutes the minutes
   * @param visitor what to call
   */
  public static void walk(Minutes minutes, MinutesVisitor visitor) {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(visitor, "visitor");
    new ModelWalk(visitor).value("", minutes);
  }

  private void value(String path, Object value) {
    if (value instanceof String) {
      visitor.text(path, (String) value);
    } else if (value instanceof Optional) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isPresent()) {
        value(path, optional.get());
      }
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        value(path + '[' + i + ']', list.get(i));
      }
    } else if (value instanceof Record) {
      record(path, (Record) value);
    } else if (value instanceof LocalDate) {
      visitor.date(path, (LocalDate) value);
    }
  }

  private void record(String path, Record record) {
    if (record instanceof LinkTarget) {
      visitor.link(path, (LinkTarget) record);
    } else if (record instanceof Person) {
      visitor.person(path, (Person) record);
    }
    if (!visitor.enter(path, record)) {
      return;
    }
    String prefix = path.isEmpty() ? "" : path + '.';
    for (Component component : COMPONENTS.get(record.getClass())) {
      Object value = component.get(record);
      if (leadsAnywhere(value)) {
        value(prefix + component.name, value); // the path is built only where it is used
      }
    }
  }

  /**
   * The components of a record class, in declaration order, each with its accessor; looked up once
   * per class.
   *
   * @param type a public record class
   * @return the components; the array is shared, do not change it
   */
  static Component[] components(Class<?> type) {
    return COMPONENTS.get(type);
  }

  /** Whether a value is or may hold something to report, so that it needs its path. */
  private static boolean leadsAnywhere(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isPresent();
    }
    if (value instanceof List) {
      return !((List<?>) value).isEmpty();
    }
    return value instanceof String || value instanceof Record || value instanceof LocalDate;
  }

  /** A record component: its name and its accessor. */
  static final class Component {
    final String name;
    private final Function<Object, Object> accessor;

    Component(String name, Function<Object, Object> accessor) {
      this.name = name;
      this.accessor = accessor;
    }

    Object get(Record record) {
      return accessor.apply(record);
    }
  }
}
