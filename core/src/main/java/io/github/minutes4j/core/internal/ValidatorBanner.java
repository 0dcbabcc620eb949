package io.github.minutes4j.core.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up line, {@code INFO: HV000001: Hibernate Validator 9.1.6.Final},
 * out of the application's log, without changing the application's logging configuration.
 *
 * <p>The line is logged once per class loader by the static initialiser of Hibernate Validator's
 * internal {@code Version} class, which every bootstrap touches; no bootstrap option avoids it. It
 * goes through JBoss Logging to {@code java.util.logging} when the application has no other
 * logging back end, under the logger named after that class, which logs nothing else. So, just
 * before the first bootstrap, {@link #suppress(ClassLoader)} sets that one logger to {@code WARNING},
 * initialises the class, and sets the level back to none: afterwards the logger is as it was. It
 * does nothing if the application has set a level on that logger or on one of its parents below
 * the root (such as {@code org.hibernate.validator.level = INFO} in {@code logging.properties}): the
 * application then decides. With another back end (Logback, Log4j), the level is not consulted and
 * that back end's configuration decides, as it should.
 */
public final class ValidatorBanner {

  private static final String VERSION_CLASS = "org.hibernate.validator.internal.util.Version";

  private ValidatorBanner() {}

  /**
   * Initialises Hibernate Validator's {@code Version} class with its banner silenced, unless the
   * application configured the logger or the class is initialised already.
   *
   * @param loader the class loader of Hibernate Validator
   */
  public static void suppress(ClassLoader loader) {
    Logger logger = Logger.getLogger(VERSION_CLASS);
    if (configuredByApplication(logger)) {
      return;
    }
    logger.setLevel(Level.WARNING);
    try {
      Class.forName(VERSION_CLASS, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // Another version of Hibernate Validator, without that class: its bootstrap decides.
    } finally {
      logger.setLevel(null);
    }
  }

  private static boolean configuredByApplication(Logger logger) {
    for (Logger l = logger; l != null && l.getParent() != null; l = l.getParent()) {
      if (l.getLevel() != null) {
        return true;
      }
    }
    return false;
  }
}
