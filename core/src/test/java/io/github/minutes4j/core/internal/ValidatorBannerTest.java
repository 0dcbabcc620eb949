package io.github.minutes4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.minutes4j.core.validation.MinutesValidator;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's version line, which it logs once per class loader: each test creates a
 * validator in a fresh class loader of core and its dependencies, so that the line is due again,
 * and watches {@code java.util.logging}.
 */
class ValidatorBannerTest {

  private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger root = Logger.getLogger("");
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void watchTheLog() {
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
  }

  @AfterEach
  void stopWatching() {
    root.removeHandler(capture);
  }

  @Test
  void startingHibernateValidatorLogsNoVersionLineAndLeavesTheLoggerAsItWas() throws Exception {
    createValidatorInAFreshClassLoader(true);

    assertEquals(List.of(), bannerLines());
    assertNull(Logger.getLogger(VERSION_LOGGER).getLevel());
  }

  @Test
  void anApplicationThatSetAHibernateValidatorLevelGetsTheLineWhenTheEngineStarts()
      throws Exception {
    Logger hibernateValidator = Logger.getLogger("org.hibernate.validator");
    hibernateValidator.setLevel(Level.INFO);
    try {
      // Creating a validator does not start the engine: valid documents never need it.
      createValidatorInAFreshClassLoader(false);
      assertEquals(List.of(), bannerLines(), "the engine was started by create()");

      createValidatorInAFreshClassLoader(true);
    } finally {
      hibernateValidator.setLevel(null);
    }

    assertEquals(1, bannerLines().size(), logged.toString());
  }

  private List<String> bannerLines() {
    synchronized (logged) {
      return logged.stream()
          .map(r -> r.getMessage())
          .filter(m -> m != null && m.contains("HV000001"))
          .collect(Collectors.toList());
    }
  }

  /**
   * Core, Hibernate Validator and its dependencies in a new loader. Its parent is the boot loader:
   * the platform loader would hand out the classes of the test's own modules.
   */
  private static void createValidatorInAFreshClassLoader(boolean startEngine) throws Exception {
    List<URL> jars = new ArrayList<>();
    for (String type :
        List.of(
            MinutesValidator.class.getName(),
            "org.hibernate.validator.HibernateValidator",
            "jakarta.validation.Validation",
            "org.jboss.logging.Logger",
            "com.fasterxml.classmate.TypeResolver")) {
      URL location = Class.forName(type).getProtectionDomain().getCodeSource().getLocation();
      assertNotNull(location, type);
      jars.add(location);
    }
    try (URLClassLoader fresh =
        new URLClassLoader(jars.toArray(new URL[0]), null)) {
      Class<?> validator = fresh.loadClass(MinutesValidator.class.getName());
      assertEquals(fresh, fresh.loadClass(VERSION_LOGGER).getClassLoader(), "fresh classes");
      Object created = validator.getMethod("create").invoke(null);
      assertEquals(validator, created.getClass());
      if (startEngine) {
        // As the first document that is not valid does.
        Method start = validator.getDeclaredMethod("startEngine");
        start.setAccessible(true);
        start.invoke(null);
      }
    }
  }
}
