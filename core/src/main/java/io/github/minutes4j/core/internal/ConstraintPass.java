package io.github.minutes4j.core.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;

/**
 * Says quickly that a value of the model is valid: every constraint that Hibernate Validator would
 * check on it, checked in one pass by the same constraint validators, without the engine's
 * bookkeeping (property paths, a context per constraint, value extractors, message templates).
 *
 * <p>The pass reports nothing. It answers {@code true} only when every constraint it found holds;
 * when one fails, or when it meets something it cannot judge, it answers {@code false} and the
 * caller validates with Hibernate Validator, which reports each violation with its path and
 * message. So the pass can make validation faster and never changes its result: a rule it does
 * not know sends the value to the engine.
 *
 * <p>What it checks is read once, when the pass is built, from the model's annotations as the
 * engine reads them ({@code DeclaredConstraints}), without starting the engine: the constraints of
 * each record class, of its components, and of the elements of its {@link List} and {@link
 * Optional} components, with the components and elements marked for cascaded validation. Our
 * constraints run through the validator classes their annotations name, chosen by the rule of
 * Jakarta Validation (the one for the most specific type that the value is an instance of),
 * created and initialized with the annotation as the engine does; the few constraints of Jakarta
 * Validation that the model uses ({@code @Size}, {@code @NotEmpty}, {@code @Max}, {@code
 * @Positive}, {@code @PositiveOrZero}, {@code @Pattern}) through equal checks of their own
 * ({@code DeclaredConstraints.builtIn}; {@code @Size} of a {@link Collection} is {@code
 * CollectionSize}, which the pass calls directly). If the model has a constraint or container
 * that the pass does not handle, or no single validator fits, {@link #of} returns empty and
 * validation goes to the engine alone. A test compares what the pass reads with the engine's
 * metadata, type by type.
 *
 * <p>Constraints of every group are checked, which is at least what the engine checks for the
 * default group. A validator that asks its context for anything beyond turning off the default
 * message (to build a violation, unwrap the context, read the clock) ends the pass with {@code
 * false}. Class-level constraints are checked before a bean's properties, so the nesting-depth
 * check of a sub-section stops the pass before it descends into a hostile nesting.
 *
 * <p>Immutable and thread-safe once built, like the constraint validators it holds (the model's
 * keep only what {@code initialize} read from the annotation).
 */
public final class ConstraintPass {

  /** The class of the JDK's immutable lists of one or two elements. */
  private static final Class<?> SMALL_LIST = List.of(0).getClass();

  /** The class of the JDK's other immutable lists, empty or of three elements or more. */
  private static final Class<?> LIST = List.of(0, 1, 2).getClass();

  private final Map<Class<?>, Bean> beans;
  private final ConstraintValidatorContext context = new PassContext();

  private ConstraintPass(Map<Class<?>, Bean> beans) {
    this.beans = beans;
  }

  /**
   * Builds the pass for a record and every record of its package reachable from it, from their
   * annotations ({@code DeclaredConstraints}), without Hibernate Validator: a program whose
   * documents are valid never starts the engine.
   *
   * @param root the record class of the values to validate, whose package is the model's
   * @return the pass; empty when the model has something the pass cannot check
   */
  public static Optional<ConstraintPass> of(Class<?> root) {
    Set<Class<?>> types = records(root);
    Builder builder = new Builder();
    Map<Class<?>, Bean> beans = new HashMap<>();
    try {
      for (Class<?> type : types) {
        beans.put(type, builder.bean(type));
      }
      // The other kinds of a sealed model type, such as an enumeration beside the records: the
      // engine cascades into them too, and finds nothing to check.
      for (Class<?> type : types) {
        for (Class<?> kind : type.getInterfaces()) {
          for (Class<?> sibling : kind.isSealed() ? kind.getPermittedSubclasses() : new Class<?>[0]) {
            if (!beans.containsKey(sibling)) {
              if (sibling.isRecord() || !DeclaredConstraints.ofClass(sibling).isEmpty()) {
                throw new Unsupported();
              }
              beans.put(sibling, new Bean(new ConstraintValidator<?, ?>[0], new Property[0]));
            }
          }
        }
      }
      builder.link(beans);
    } catch (Unsupported | LinkageError | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(new ConstraintPass(Map.copyOf(beans)));
  }

  /**
   * A record class and every record of its package reachable from it: through record components,
   * their type arguments, and the records that implement a sealed interface.
   *
   * @param root the record class
   * @return the record classes
   */
  static Set<Class<?>> records(Class<?> root) {
    Package model = root.getPackage();
    Deque<Type> pending = new ArrayDeque<>(List.of(root));
    Set<Class<?>> seen = new HashSet<>();
    Set<Class<?>> records = new HashSet<>();
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType parameterized) {
        pending.addAll(List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof Class<?> c && c.getPackage() == model && seen.add(c)) {
        if (c.isSealed()) {
          pending.addAll(List.of(c.getPermittedSubclasses()));
        }
        if (c.isRecord()) {
          records.add(c);
          for (RecordComponent component : c.getRecordComponents()) {
            pending.add(component.getGenericType());
          }
        }
      }
    }
    return records;
  }

  /**
   * Whether a value certainly has no violation.
   *
   * @param root the value, an instance of one of the record classes the pass was built for
   * @return true if every constraint holds; false if one fails or the pass cannot tell
   */
  public boolean passes(Object root) {
    try {
      return bean(beans.get(root.getClass()), root);
    } catch (RuntimeException e) {
      return false; // a validator failed or asked for more than a yes or no: the engine decides
    }
  }

  /** Validates a value as a bean, by its class's constraints; false if there are none. */
  private boolean bean(Bean bean, Object value) {
    if (bean == null) {
      return false;
    }
    if (!holds(bean.checks, value)) {
      return false;
    }
    for (Property property : bean.properties) {
      if (!value(property.node, property.component.get((Record) value))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Validates a value by its node, taking the most common shapes without the general steps of
   * {@link #node} that they do not need: a text or other plain value (constraints only, as the
   * name of each participant), a plain cascaded value (no constraints of its own, no elements, as
   * an element of most lists), and an {@link Optional} without constraints of its own around
   * either. Any other node goes through {@link #node}. The result is the same.
   */
  private boolean value(Node node, Object value) {
    if (node.leaf) {
      return holds(node.checks, value);
    }
    if (node.plainCascade) {
      return value == null || cascade(node, value);
    }
    if (node.optionalOf != null) {
      // As node() takes it: nothing in null, and an empty Optional's elements get null.
      if (value == null) {
        return true;
      }
      return value instanceof Optional
          && value(node.optionalOf, ((Optional<?>) value).orElse(null));
    }
    return node(node, value);
  }

  private boolean node(Node node, Object value) {
    if (!holds(node.checks, value)) {
      return false;
    }
    if (value == null) {
      return true; // nothing to cascade to or to take elements from, as in the engine
    }
    if (node.cascaded && !cascade(node, value)) {
      return false;
    }
    for (Element element : node.elements) {
      if (element.container == List.class) {
        // The model's lists are the JDK's immutable lists (its records copy them with
        // List.copyOf), recognised by their exact class. Asking "instanceof List" would cost
        // more: the JVM remembers one interface per class for such questions, and the engine's
        // collection validators (@Size, @NotEmpty) ask for Collection in between, so every
        // answer would be looked up again. Other collections are iterated.
        Class<?> type = value.getClass();
        if (type == SMALL_LIST) {
          if (!elements(element.node, (List<?>) value)) {
            return false;
          }
        } else if (type == LIST) {
          if (!elements(element.node, (List<?>) value)) {
            return false;
          }
        } else if (value instanceof Collection) {
          for (Object item : (Collection<?>) value) {
            if (!node(element.node, item)) {
              return false;
            }
          }
        } else {
          return false;
        }
      } else {
        if (!(value instanceof Optional)) {
          return false;
        }
        // The engine hands an empty Optional's element constraints null; so does the pass.
        if (!node(element.node, ((Optional<?>) value).orElse(null))) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean elements(Node node, List<?> list) {
    for (int i = 0, size = list.size(); i < size; i++) {
      if (!value(node, list.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Validates a cascaded value as a bean: of the classes its declared type allows, found by
   * comparing classes; any other class by a look-up.
   */
  private boolean cascade(Node node, Object value) {
    Class<?> type = value.getClass();
    Class<?>[] kinds = node.kinds;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == type) {
        return bean(node.kindBeans[i], value);
      }
    }
    return bean(beans.get(type), value);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private boolean holds(ConstraintValidator[] checks, Object value) {
    for (ConstraintValidator check : checks) {
      // @Size of a list is called directly (see CollectionSize), a call that the compiler can
      // inline, where a call through the interface goes to one of a dozen validators. @Text, the
      // most common constraint, is not: called directly, its loop over the characters was
      // inlined into this walk in some JVMs, and there ran far slower than in TextValidator's
      // own compiled code (agm2026 took 6.8 to 9.0 us instead of 5.1 to 5.3 in 4 JVMs of 10).
      // Through the interface it is always called, at the cost of the dispatch.
      boolean valid =
          check instanceof CollectionSize size
                  ? size.holds(value)
                  : check.isValid(value, context);
      if (!valid) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code @Size} of a collection, checked as the engine's validator for {@link Collection} checks
   * it (null is valid, else the size is within the bounds; {@code DeclaredConstraints.builtIn}
   * checks the bounds themselves). Validators are called through their interface, a call that
   * cannot be inlined where a dozen kinds of validator meet; this one is the model's most common
   * constraint after {@code @Text} (117 of the 280 checks of agm2026), and {@link #holds} calls it
   * directly.
   */
  static final class CollectionSize implements ConstraintValidator<Size, Collection<?>> {
    private final int min;
    private final int max;

    CollectionSize(int min, int max) {
      this.min = min;
      this.max = max;
    }

    boolean holds(Object value) {
      if (value == null) {
        return true;
      }
      int size = ((Collection<?>) value).size();
      return size >= min && size <= max;
    }

    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
      return holds(value);
    }
  }

  /** What to check on a record class: its class-level constraints, then its properties. */
  private record Bean(ConstraintValidator<?, ?>[] checks, Property[] properties) {}

  /** A constrained or cascaded record component. */
  private record Property(ModelWalk.Component component, Node node) {}

  /**
   * A value's constraints, whether to validate it as a bean, and the constraints of its elements.
   * A cascaded value's {@code kinds} are the record classes its declared type allows (itself, or
   * the records of a sealed interface), and {@code kindBeans} their beans, filled in once every
   * bean is built.
   */
  private record Node(
      ConstraintValidator<?, ?>[] checks,
      boolean cascaded,
      Element[] elements,
      Class<?>[] kinds,
      Bean[] kindBeans,
      boolean leaf,
      boolean plainCascade,
      Node optionalOf) {

    /**
     * A node, with the shape that {@link #value} looks at: a leaf (not cascaded, no elements: only
     * its constraints), a plain cascade (cascaded, with no constraints and no elements), or an
     * {@link Optional} with no constraints of its own ({@code optionalOf} is then its element's
     * node, else null).
     */
    Node(
        ConstraintValidator<?, ?>[] checks,
        boolean cascaded,
        Element[] elements,
        Class<?>[] kinds,
        Bean[] kindBeans) {
      this(
          checks,
          cascaded,
          elements,
          kinds,
          kindBeans,
          !cascaded && elements.length == 0,
          cascaded && checks.length == 0 && elements.length == 0,
          !cascaded
                  && checks.length == 0
                  && elements.length == 1
                  && elements[0].container == Optional.class
              ? elements[0].node
              : null);
    }
  }

  /** The elements of a {@link List} or {@link Optional}. */
  private record Element(Class<?> container, Node node) {}

  /** Reads the metadata into beans, properties and nodes. */
  private static final class Builder {
    /** The cascaded nodes, whose beans {@link #link} fills in. */
    private final List<Node> cascades = new ArrayList<>();

    Bean bean(Class<?> type) throws Unsupported {
      if (!type.isRecord()) {
        throw new Unsupported();
      }
      Map<String, DeclaredConstraints.Declared> declared = DeclaredConstraints.ofComponents(type);
      RecordComponent[] components = type.getRecordComponents();
      ModelWalk.Component[] accessors = ModelWalk.components(type); // in the same order
      List<Property> properties = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        DeclaredConstraints.Declared component = declared.get(components[i].getName());
        if (component != null) {
          properties.add(new Property(accessors[i], node(component, components[i].getType())));
        }
      }
      return new Bean(
          checks(DeclaredConstraints.ofClass(type), type), properties.toArray(new Property[0]));
    }

    Node node(DeclaredConstraints.Declared declared, Class<?> valueType) throws Unsupported {
      List<Element> elements = new ArrayList<>();
      for (DeclaredConstraints.Element element : declared.elements()) {
        elements.add(
            new Element(
                element.container(), node(element.declared(), element.type())));
      }
      Class<?>[] kinds =
          declared.cascaded() ? kinds(valueType).toArray(new Class<?>[0]) : new Class<?>[0];
      Node node =
          new Node(
              checks(declared.constraints(), valueType),
              declared.cascaded(),
              elements.toArray(new Element[0]),
              kinds,
              new Bean[kinds.length]);
      if (kinds.length > 0) {
        cascades.add(node);
      }
      return node;
    }

    /** The record classes a value of a declared type can be: itself, or a sealed type's. */
    private static List<Class<?>> kinds(Class<?> declared) {
      if (declared.isRecord()) {
        return List.of(declared);
      }
      List<Class<?>> kinds = new ArrayList<>();
      if (declared.isSealed()) {
        for (Class<?> permitted : declared.getPermittedSubclasses()) {
          kinds.addAll(kinds(permitted));
        }
      }
      return kinds;
    }

    /** Fills in the beans of the cascaded nodes' kinds, once every bean is built. */
    void link(Map<Class<?>, Bean> beans) {
      for (Node node : cascades) {
        for (int i = 0; i < node.kinds.length; i++) {
          node.kindBeans[i] = beans.get(node.kinds[i]);
        }
      }
    }

    ConstraintValidator<?, ?>[] checks(List<Annotation> constraints, Class<?> valueType)
        throws Unsupported {
      List<ConstraintValidator<?, ?>> checks = new ArrayList<>();
      for (Annotation constraint : constraints) {
        checks.add(validator(constraint, box(valueType)));
      }
      return checks.toArray(new ConstraintValidator<?, ?>[0]);
    }

    /**
     * The validator of a constraint for a value type: Jakarta Validation's few that the model uses
     * checked here ({@code DeclaredConstraints.builtIn}), ours by the class their annotation names
     * for that type, created and initialized as the engine does.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static ConstraintValidator<?, ?> validator(Annotation constraint, Class<?> valueType)
        throws Unsupported {
      ConstraintValidator<?, ?> builtIn = DeclaredConstraints.builtIn(constraint, valueType);
      if (builtIn != null) {
        return builtIn;
      }
      Class<? extends ConstraintValidator> type = validatorFor(
          constraint.annotationType().getAnnotation(Constraint.class).validatedBy(), valueType);
      if (HibernateConstraintValidator.class.isAssignableFrom(type)) {
        throw new Unsupported(); // initialized with the engine's descriptor of the constraint
      }
      ConstraintValidator validator;
      try {
        validator = type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new Unsupported();
      }
      validator.initialize(constraint);
      return validator;
    }

    /**
     * The validator class of a constraint for a value type, chosen as the engine chooses: of the
     * validators whose validated type the value type is assignable to, the one whose type is
     * assignable to all the others'.
     */
    @SuppressWarnings("rawtypes")
    private static Class<? extends ConstraintValidator> validatorFor(
        Class<? extends ConstraintValidator<?, ?>>[] validators, Class<?> valueType)
        throws Unsupported {
      Map<Class<?>, Class<? extends ConstraintValidator>> fitting = new HashMap<>();
      for (Class<? extends ConstraintValidator<?, ?>> type : validators) {
        Class<?> validated = validatedType(type);
        if (validated.isAssignableFrom(valueType) && fitting.put(validated, type) != null) {
          throw new Unsupported(); // two validators for one type: the engine refuses that too
        }
      }
      Class<? extends ConstraintValidator> chosen = null;
      for (Map.Entry<Class<?>, Class<? extends ConstraintValidator>> candidate :
          fitting.entrySet()) {
        if (fitting.keySet().stream().allMatch(other -> other.isAssignableFrom(candidate.getKey()))) {
          chosen = candidate.getValue();
        }
      }
      if (chosen == null) {
        throw new Unsupported(); // none fits, or no single most specific one
      }
      return chosen;
    }

    /**
     * The type {@code T} of a validator that implements {@code ConstraintValidator<A, T>}, directly
     * or through generic superclasses such as {@code AbstractMaxValidator<Integer>}.
     */
    private static Class<?> validatedType(Class<?> validator) throws Unsupported {
      Map<TypeVariable<?>, Type> bound = new HashMap<>();
      Deque<Type> pending = new ArrayDeque<>(List.of(validator));
      while (!pending.isEmpty()) {
        Type type = pending.pop();
        Class<?> raw;
        if (type instanceof ParameterizedType parameterized) {
          raw = (Class<?>) parameterized.getRawType();
          TypeVariable<?>[] variables = raw.getTypeParameters();
          Type[] arguments = parameterized.getActualTypeArguments();
          for (int i = 0; i < variables.length; i++) {
            Type argument = arguments[i];
            bound.put(
                variables[i],
                argument instanceof TypeVariable<?> && bound.containsKey(argument)
                    ? bound.get(argument)
                    : argument);
          }
          if (raw == ConstraintValidator.class) {
            Type validated = bound.get(variables[1]);
            if (validated instanceof Class<?> c) {
              return c;
            }
            if (validated instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
              return c;
            }
            throw new Unsupported();
          }
        } else if (type instanceof Class<?> c) {
          raw = c;
        } else {
          continue;
        }
        if (raw.getGenericSuperclass() != null) {
          pending.push(raw.getGenericSuperclass());
        }
        for (Type implemented : raw.getGenericInterfaces()) {
          pending.push(implemented);
        }
      }
      throw new Unsupported();
    }

    private static Class<?> box(Class<?> type) {
      if (!type.isPrimitive()) {
        return type;
      }
      return type == int.class
          ? Integer.class
          : type == long.class
              ? Long.class
              : type == boolean.class ? Boolean.class : type == double.class ? Double.class : type;
    }
  }

  /** Something in the model that the pass does not check. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * Thrown when a validator asks its context for more than to turn off the default message: it is
   * reporting a violation, or needs what only the engine has.
   */
  private static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undecided() {
      super(null, null, false, false);
    }
  }

  /** A context that lets a validator say yes, and stops the pass for anything else. */
  private static final class PassContext implements ConstraintValidatorContext {

    @Override
    public void disableDefaultConstraintViolation() {
      // Only a validator that reports its own violations does this: nothing to do in the pass.
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      throw new Undecided();
    }

    @Override
    public ClockProvider getClockProvider() {
      throw new Undecided();
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String template) {
      throw new Undecided();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new Undecided();
    }
  }
}
