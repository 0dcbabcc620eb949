package io.github.minutes4j.core.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorInitializationContext;
import org.hibernate.validator.spi.scripting.ScriptEvaluator;

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
 * <p>What it checks comes from Hibernate Validator's metadata ({@link
 * Validator#getConstraintsForClass}), read once when the pass is built: the constraints of each
 * record class, of its properties, and of the elements of its {@link List} and {@link Optional}
 * properties, with the properties and elements marked for cascaded validation. Our constraints run
 * through the validator classes their annotations name, created by the engine's {@link
 * ConstraintValidatorFactory} and initialized with the annotation; the few built-in constraints of
 * the model ({@code @Size}, {@code @NotEmpty}, {@code @Max}, {@code @Positive}, {@code
 * @PositiveOrZero}, {@code @Pattern}) through the validator the engine lists for them ({@link
 * ConstraintDescriptor#getConstraintValidatorClasses}) and would choose by the rule of Jakarta
 * Validation: the one for the most specific type that the value is an instance of (the validator
 * of {@code @Size} for {@link Collection} is initialized, then replaced by an equal check that the
 * pass calls directly, see {@code CollectionSize}). If the model has a constraint, getter or
 * container that the pass does not handle, or no single validator fits, {@link #of} returns empty
 * and validation goes to the engine alone.
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
   * Builds the pass for the given record classes from the validator's metadata.
   *
   * @param validator the engine's validator, whose metadata says what to check
   * @param factory the engine's factory of constraint validators
   * @param types every record class that a validated value can hold
   * @return the pass; empty when the model has something the pass cannot check
   */
  public static Optional<ConstraintPass> of(
      Validator validator, ConstraintValidatorFactory factory, Set<Class<?>> types) {
    Builder builder = new Builder(factory);
    Map<Class<?>, Bean> beans = new HashMap<>();
    try {
      for (Class<?> type : types) {
        beans.put(type, builder.bean(type, validator.getConstraintsForClass(type)));
      }
      // The other kinds of a sealed model type, such as an enumeration beside the records: the
      // engine cascades into them too, and finds nothing to check.
      for (Class<?> type : types) {
        for (Class<?> kind : type.getInterfaces()) {
          for (Class<?> sibling : kind.isSealed() ? kind.getPermittedSubclasses() : new Class<?>[0]) {
            if (!beans.containsKey(sibling)) {
              if (validator.getConstraintsForClass(sibling).isBeanConstrained()) {
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
   * it (null is valid, else the size is within the bounds), in place of that validator once it has
   * been initialized with the annotation (which checks the bounds). The engine's validators are
   * called through their interface, a call that cannot be inlined where a dozen kinds of validator
   * meet; this one is the model's most common constraint after {@code @Text} (117 of the 280 checks
   * of agm2026), and {@link #holds} calls it directly.
   */
  private static final class CollectionSize implements ConstraintValidator<Size, Collection<?>> {
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

  private record BuiltIn(String annotation, Class<?> valueType, String validator) {}

  /** Reads the metadata into beans, properties and nodes. */
  private static final class Builder {
    private final ConstraintValidatorFactory factory;

    /** The cascaded nodes, whose beans {@link #link} fills in. */
    private final List<Node> cascades = new ArrayList<>();

    Builder(ConstraintValidatorFactory factory) {
      this.factory = factory;
    }

    Bean bean(Class<?> type, BeanDescriptor descriptor)
        throws Unsupported {
      if (!type.isRecord()) {
        throw new Unsupported();
      }
      Map<String, ModelWalk.Component> components = new HashMap<>();
      for (ModelWalk.Component component : ModelWalk.components(type)) {
        components.put(component.name, component);
      }
      List<Property> properties = new ArrayList<>();
      for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
        ModelWalk.Component component = components.get(property.getPropertyName());
        if (component == null) {
          throw new Unsupported(); // a constrained getter that is not a record component
        }
        properties.add(
            new Property(
                component,
                node(
                    property.getConstraintDescriptors(),
                    property.getElementClass(),
                    property.isCascaded(),
                    property.getConstrainedContainerElementTypes())));
      }
      return new Bean(
          checks(descriptor.getConstraintDescriptors(), type),
          properties.toArray(new Property[0]));
    }

    Node node(
        Set<ConstraintDescriptor<?>> constraints,
        Class<?> valueType,
        boolean cascaded,
        Set<ContainerElementTypeDescriptor> containerElements)
        throws Unsupported {
      List<Element> elements = new ArrayList<>();
      for (ContainerElementTypeDescriptor element : containerElements) {
        Class<?> container = element.getContainerClass();
        if ((container != List.class && container != Optional.class)
            || element.getTypeArgumentIndex() != 0) {
          throw new Unsupported();
        }
        elements.add(
            new Element(
                container,
                node(
                    element.getConstraintDescriptors(),
                    element.getElementClass(),
                    element.isCascaded(),
                    element.getConstrainedContainerElementTypes())));
      }
      Class<?>[] kinds = cascaded ? kinds(valueType).toArray(new Class<?>[0]) : new Class<?>[0];
      Node node =
          new Node(
              checks(constraints, valueType),
              cascaded,
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

    ConstraintValidator<?, ?>[] checks(Set<ConstraintDescriptor<?>> constraints, Class<?> valueType)
        throws Unsupported {
      List<ConstraintValidator<?, ?>> checks = new ArrayList<>();
      for (ConstraintDescriptor<?> constraint : constraints) {
        add(constraint, box(valueType), checks);
      }
      return checks.toArray(new ConstraintValidator<?, ?>[0]);
    }

    /** Adds the validator of a constraint, and those of the constraints it is composed of. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void add(
        ConstraintDescriptor<?> constraint,
        Class<?> valueType,
        List<ConstraintValidator<?, ?>> checks)
        throws Unsupported {
      if (constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
        throw new Unsupported();
      }
      Class<? extends ConstraintValidator> type = validatorFor(constraint, valueType);
      ConstraintValidator validator = factory.getInstance(type);
      // Initialized as the engine initializes its validators: Hibernate Validator's own way first
      // (the pattern validator of 9.1 compiles its expression there), then the standard one.
      if (validator instanceof HibernateConstraintValidator hibernate) {
        hibernate.initialize(constraint, new Initialization());
      }
      validator.initialize(constraint.getAnnotation());
      checks.add(
          constraint.getAnnotation() instanceof Size size
                  && validatedType(type) == Collection.class
              ? new CollectionSize(size.min(), size.max())
              : validator);
      for (ConstraintDescriptor<?> composing : constraint.getComposingConstraints()) {
        add(composing, valueType, checks);
      }
    }

    /**
     * The validator class of a constraint for a value type, chosen as the engine chooses: of the
     * validators whose validated type the value type is assignable to, the one whose type is
     * assignable to all the others'.
     */
    @SuppressWarnings("rawtypes")
    private static Class<? extends ConstraintValidator> validatorFor(
        ConstraintDescriptor<?> constraint, Class<?> valueType) throws Unsupported {
      Map<Class<?>, Class<? extends ConstraintValidator>> fitting = new HashMap<>();
      for (Class<? extends ConstraintValidator<?, ?>> type :
          constraint.getConstraintValidatorClasses()) {
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

  /**
   * What Hibernate Validator offers a validator while it initializes: only data of its own (a
   * fresh one per validator); a validator that asks for a clock, a tolerance or a script engine
   * stops the building of the pass. The methods for shared data exist from Hibernate Validator 9.1
   * on; with 9.0 they are never called.
   */
  private static final class Initialization
      implements HibernateConstraintValidatorInitializationContext {

    @Override
    public ScriptEvaluator getScriptEvaluatorForLanguage(String languageName) {
      throw new UnsupportedOperationException("no scripts in the quick pass");
    }

    @Override
    public ClockProvider getClockProvider() {
      throw new UnsupportedOperationException("no clock in the quick pass");
    }

    @Override
    public Duration getTemporalValidationTolerance() {
      throw new UnsupportedOperationException("no clock in the quick pass");
    }

    @Override
    public <C> C getSharedData(Class<C> type) {
      throw new UnsupportedOperationException("no shared data without a supplier");
    }

    @Override
    public <C, V extends C> C getSharedData(Class<C> type, Supplier<V> createIfNotPresent) {
      return createIfNotPresent.get();
    }
  }

  /** Something in the model that the pass does not check. */
  private static final class Unsupported extends Exception {
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
