package io.github.minutes4j.core.internal;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;

/**
 * Turns off Hibernate Validator's record of the beans it has validated for the types of the model,
 * where the running Hibernate Validator offers that (9.1 and newer).
 *
 * <p>The record exists to stop at cycles; the model has none: every type is a record whose
 * components are immutable (lists are copied with {@code List.copyOf}), so a value can only hold
 * values that existed before it. Without the record, validation skips a set look-up and insert per
 * bean. A value that occurs twice in a tree is still checked, and reported, at both places.
 *
 * <p>{@link ProcessedBeansTrackingVoter} and the configuration method that takes it exist only
 * from Hibernate Validator 9.1; Spring Boot 4.0 pins 9.0. Only this class names them, and it must
 * be loaded only after a check that the class {@link #VOTER} is there: loading this class
 * verifies {@link #turnOff}, which loads the interface. With 9.0 validation runs with the record,
 * as it always does there.
 */
public final class ModelBeansTracking {

  /**
   * The voter interface's name, for the presence check that must precede loading this class (a
   * constant: reading it does not load this class).
   */
  public static final String VOTER =
      "org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter";

  private ModelBeansTracking() {}

  /**
   * Configures {@code configuration} not to track the model's beans. Call only when the class
   * {@link #VOTER} exists.
   *
   * @param configuration the configuration to change
   * @return {@code configuration}
   */
  public static HibernateValidatorConfiguration turnOff(
      HibernateValidatorConfiguration configuration) {
    return configuration.processedBeansTrackingVoter(new ModelTypesNotTracked());
  }

  private static final class ModelTypesNotTracked implements ProcessedBeansTrackingVoter {

    private static final Package MODEL = io.github.minutes4j.core.Minutes.class.getPackage();

    @Override
    public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
      return beanClass.getPackage() == MODEL && beanClass.isRecord()
          ? Vote.NON_TRACKING
          : Vote.DEFAULT;
    }

    @Override
    public Vote isEnabledForReturnValue(
        Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.DEFAULT;
    }

    @Override
    public Vote isEnabledForParameters(
        Class<?> beanClass, String name, Class<?>[] parameterTypes, boolean hasCascadables) {
      return Vote.DEFAULT;
    }
  }
}
