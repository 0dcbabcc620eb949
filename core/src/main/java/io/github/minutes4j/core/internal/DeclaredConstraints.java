package io.github.minutes4j.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The constraints that the annotations of the model's records declare, read as Hibernate Validator
 * reads them, without starting it: a record's class-level constraints (its own and its
 * interfaces'), and per component the constraints and {@link Valid} on its field, and those on the
 * type argument of a {@link List} or {@link Optional} component ({@code List<@Valid Person>}).
 * Constraints composed of others bring those along.
 *
 * <p>Whatever this reader does not know for certain (a constraint of Jakarta Validation other than
 * the few the model uses, an attribute overridden in a composition, an annotated type argument of
 * another container) makes it give up with {@link ConstraintPass.Unsupported}, and validation then
 * goes to the engine alone. A test compares what it reads, type by type, with the engine's own
 * metadata.
 */
final class DeclaredConstraints {

  /**
   * What a value declares: its constraints, whether it is validated as a bean, and the elements of
   * its container.
   */
  record Declared(List<Annotation> constraints, boolean cascaded, List<Element> elements) {
    boolean isEmpty() {
      return constraints.isEmpty() && !cascaded && elements.isEmpty();
    }
  }

  /**
   * The first type argument of a {@link List} or {@link Optional}: its class, and what it
   * declares.
   */
  record Element(Class<?> container, Class<?> type, Declared declared) {}

  private DeclaredConstraints() {}

  /**
   * The class-level constraints of a type: its own, then those of the interfaces it implements,
   * which the engine checks too.
   *
   * @param type a record class
   * @return the constraints, without repeats
   * @throws ConstraintPass.Unsupported if a constraint cannot be read
   */
  static List<Annotation> ofClass(Class<?> type) throws ConstraintPass.Unsupported {
    Set<Annotation> constraints = new LinkedHashSet<>();
    List<Class<?>> pending = new ArrayList<>(List.of(type));
    for (int i = 0; i < pending.size(); i++) {
      Class<?> c = pending.get(i);
      expand(c.getDeclaredAnnotations(), constraints);
      for (Class<?> implemented : c.getInterfaces()) {
        if (!pending.contains(implemented)) {
          pending.add(implemented);
        }
      }
    }
    return List.copyOf(constraints);
  }

  /**
   * The components of a record that have constraints or are validated as beans, in declaration
   * order.
   *
   * @param record a record class
   * @return what each such component declares, by name
   * @throws ConstraintPass.Unsupported if something cannot be read
   */
  static Map<String, Declared> ofComponents(Class<?> record) throws ConstraintPass.Unsupported {
    Map<String, Declared> components = new LinkedHashMap<>();
    for (var component : record.getRecordComponents()) {
      Field field;
      try {
        field = record.getDeclaredField(component.getName());
      } catch (NoSuchFieldException e) {
        throw new ConstraintPass.Unsupported();
      }
      // A type-use constraint on the component is both the field's and its type's.
      AnnotatedType type = field.getAnnotatedType();
      Set<Annotation> annotations = new LinkedHashSet<>(List.of(field.getDeclaredAnnotations()));
      annotations.addAll(List.of(type.getDeclaredAnnotations()));
      Declared declared = declared(annotations.toArray(new Annotation[0]), type);
      if (!declared.isEmpty()) {
        components.put(component.getName(), declared);
      }
    }
    return components;
  }

  /** What a value of an annotated type declares. */
  private static Declared declared(Annotation[] annotations, AnnotatedType type)
      throws ConstraintPass.Unsupported {
    Set<Annotation> constraints = new LinkedHashSet<>();
    boolean cascaded = false;
    for (Annotation annotation : annotations) {
      if (annotation instanceof Valid) {
        cascaded = true;
      } else {
        expand(new Annotation[] {annotation}, constraints);
      }
    }
    List<Element> elements = new ArrayList<>();
    if (type instanceof AnnotatedParameterizedType parameterized) {
      Class<?> container = raw(type);
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        Declared element = declared(arguments[i].getDeclaredAnnotations(), arguments[i]);
        if (element.isEmpty()) {
          continue;
        }
        if ((container != List.class && container != Optional.class) || i != 0) {
          throw new ConstraintPass.Unsupported(); // a container the pass does not take apart
        }
        elements.add(new Element(container, rawOf(arguments[i]), element));
      }
    } else if (type != null && !(type.getType() instanceof Class<?>)) {
      for (Annotation annotation : annotations) {
        if (isValidationAnnotation(annotation)) {
          throw new ConstraintPass.Unsupported(); // on an array, a wildcard or a type variable
        }
      }
    }
    return new Declared(List.copyOf(constraints), cascaded, List.copyOf(elements));
  }

  private static Class<?> rawOf(AnnotatedType type) throws ConstraintPass.Unsupported {
    if (type.getType() instanceof Class<?> c) {
      return c;
    }
    return raw(type);
  }

  private static Class<?> raw(AnnotatedType type) throws ConstraintPass.Unsupported {
    if (type.getType() instanceof java.lang.reflect.ParameterizedType p
        && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new ConstraintPass.Unsupported();
  }

  /**
   * Adds the constraints among annotations, each followed by those it is composed of; the
   * constraints of a repeated annotation's container are taken out of it.
   */
  private static void expand(Annotation[] annotations, Set<Annotation> constraints)
      throws ConstraintPass.Unsupported {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.isAnnotationPresent(Constraint.class)) {
        for (Method attribute : type.getDeclaredMethods()) {
          if (attribute.isAnnotationPresent(OverridesAttribute.class)
              || attribute.isAnnotationPresent(OverridesAttribute.List.class)) {
            throw new ConstraintPass.Unsupported(); // composed with attributes passed on
          }
        }
        if (constraints.add(annotation)) {
          expand(composing(type), constraints);
        }
      } else if (repeated(annotation) != null) {
        expand(repeated(annotation), constraints);
      } else if (isValidationAnnotation(annotation)) {
        throw new ConstraintPass.Unsupported(); // such as @ConvertGroup or @GroupSequence
      }
    }
  }

  /** The meta-annotations of a constraint type that are constraints themselves. */
  private static Annotation[] composing(Class<? extends Annotation> type) {
    List<Annotation> composing = new ArrayList<>();
    for (Annotation meta : type.getDeclaredAnnotations()) {
      Class<? extends Annotation> metaType = meta.annotationType();
      if (metaType != Constraint.class && metaType != Target.class && metaType != Retention.class
          && metaType != Documented.class && metaType != Repeatable.class) {
        composing.add(meta);
      }
    }
    return composing.toArray(new Annotation[0]);
  }

  /**
   * The annotations held by a container of repeated constraints ({@code @Size.List}), or null if
   * the annotation is not one.
   */
  private static Annotation[] repeated(Annotation annotation) {
    try {
      Method value = annotation.annotationType().getDeclaredMethod("value");
      Class<?> element = value.getReturnType().getComponentType();
      if (element != null && element.isAnnotation()
          && element.isAnnotationPresent(Constraint.class)) {
        return (Annotation[]) value.invoke(annotation);
      }
    } catch (ReflectiveOperationException | RuntimeException notAContainer) {
      // no value() of constraints
    }
    return null;
  }

  private static boolean isValidationAnnotation(Annotation annotation) {
    String name = annotation.annotationType().getName();
    return name.startsWith("jakarta.validation.") || name.startsWith("org.hibernate.validator.");
  }

  /**
   * The validator of a constraint of Jakarta Validation for a value type, checked as Hibernate
   * Validator's own validator for that type checks it; null for any other constraint. Only the
   * constraints the model uses, on the types it uses them on: {@code @Size} and {@code @NotEmpty}
   * of texts and collections, {@code @Max}, {@code @Positive} and {@code @PositiveOrZero} of whole
   * numbers, {@code @Pattern} of texts.
   *
   * @param constraint the constraint
   * @param valueType the boxed type of the value it constrains
   * @return the validator, or null if the constraint is not one of Jakarta Validation's
   * @throws ConstraintPass.Unsupported for a built-in constraint on another type, or with bounds
   *     the engine refuses
   */
  @SuppressWarnings("unchecked")
  static ConstraintValidator<Annotation, Object> builtIn(Annotation constraint, Class<?> valueType)
      throws ConstraintPass.Unsupported {
    if (!constraint.annotationType().getName().startsWith("jakarta.validation.constraints.")) {
      return null;
    }
    boolean text = CharSequence.class.isAssignableFrom(valueType);
    boolean collection = Collection.class.isAssignableFrom(valueType);
    boolean whole = valueType == Integer.class || valueType == Long.class
        || valueType == Short.class || valueType == Byte.class;
    ConstraintValidator<? extends Annotation, ?> check = null;
    if (constraint instanceof Size size && (text || collection)) {
      if (size.min() < 0 || size.max() < size.min()) {
        throw new ConstraintPass.Unsupported();
      }
      check = collection
          ? new ConstraintPass.CollectionSize(size.min(), size.max())
          : (ConstraintValidator<Size, CharSequence>) (value, context) -> value == null
              || value.length() >= size.min() && value.length() <= size.max();
    } else if (constraint instanceof NotEmpty && text) {
      check = (ConstraintValidator<NotEmpty, CharSequence>) (value, context) ->
          value != null && value.length() > 0;
    } else if (constraint instanceof NotEmpty && collection) {
      check = (ConstraintValidator<NotEmpty, Collection<?>>) (value, context) ->
          value != null && !value.isEmpty();
    } else if (constraint instanceof Max max && whole) {
      check = (ConstraintValidator<Max, Number>) (value, context) ->
          value == null || value.longValue() <= max.value();
    } else if (constraint instanceof Positive && whole) {
      check = (ConstraintValidator<Positive, Number>) (value, context) ->
          value == null || value.longValue() > 0;
    } else if (constraint instanceof PositiveOrZero && whole) {
      check = (ConstraintValidator<PositiveOrZero, Number>) (value, context) ->
          value == null || value.longValue() >= 0;
    } else if (constraint instanceof Pattern pattern && text) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern compiled;
      try {
        compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      } catch (RuntimeException e) {
        throw new ConstraintPass.Unsupported(); // the engine reports the bad expression
      }
      check = (ConstraintValidator<Pattern, CharSequence>) (value, context) ->
          value == null || compiled.matcher(value).matches();
    }
    if (check == null) {
      throw new ConstraintPass.Unsupported(); // another constraint, or on another type
    }
    return (ConstraintValidator<Annotation, Object>) check;
  }
}
