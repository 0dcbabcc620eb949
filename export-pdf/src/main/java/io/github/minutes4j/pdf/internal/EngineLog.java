package io.github.minutes4j.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.Objects;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf quiet during our renders, and only during them.
 *
 * <p>openhtmltopdf logs through the static {@link XRLog}: by default to its own console handler at
 * level INFO, ignoring {@code logging.properties}, a dozen lines per render. Its switches are all
 * global: {@link XRLog#setLoggingEnabled(boolean)} and {@link XRLog#setLevel} would silence (or,
 * undone, unsilence) every other user of openhtmltopdf in the JVM, and its per-render diagnostic
 * consumer only adds a listener without silencing anything.
 *
 * <p>So, once per JVM, this class wraps whatever {@link XRLogger} is installed. The wrapper passes
 * everything through unchanged, except on a thread that is inside one of our renders: there the
 * messages go to the {@link System.Logger} {@code io.github.minutes4j.pdf} at level DEBUG (off
 * unless asked for). Other users of openhtmltopdf keep their logging as configured; should one of
 * them install a logger of its own later, our renders merely become chatty again.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
final class EngineLog implements XRLogger {

  private static final System.Logger LOG = System.getLogger("io.github.minutes4j.pdf");

  /** Whether this thread is inside one of our renders. */
  private static final ThreadLocal<Boolean> RENDERING = ThreadLocal.withInitial(() -> false);

  private final XRLogger delegate;

  private EngineLog(XRLogger delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  static {
    // Installed when this class is first used, under XRLog's own lock.
    synchronized (XRLog.class) {
      XRLog.listRegisteredLoggers(); // initialises XRLog, which creates its default logger
      XRLogger current = XRLog.getLoggerImpl();
      if (current != null && !(current instanceof EngineLog)) {
        XRLog.setLoggerImpl(new EngineLog(current));
      }
    }
  }

  /**
   * A wrapper around a logger; for tests, which cannot replace the JVM's installed one.
   *
   * @param delegate the logger to pass messages to outside our renders
   * @return the wrapper
   */
  static EngineLog wrapping(XRLogger delegate) {
    return new EngineLog(delegate);
  }

  /**
   * Runs a render with openhtmltopdf's messages routed to our DEBUG log.
   *
   * @param render the render
   * @return what it returns
   * @throws Exception what it throws
   */
  static <T> T quietly(java.util.concurrent.Callable<T> render) throws Exception {
    boolean outer = RENDERING.get();
    RENDERING.set(true);
    try {
      return render.call();
    } finally {
      if (!outer) {
        RENDERING.remove();
      }
    }
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    if (RENDERING.get()) {
      return LOG.isLoggable(System.Logger.Level.DEBUG);
    }
    return delegate.isLogLevelEnabled(diagnostic);
  }

  @Override
  public void log(String where, Level level, String msg) {
    if (RENDERING.get()) {
      LOG.log(System.Logger.Level.DEBUG, () -> where + " " + level + ": " + msg);
    } else {
      delegate.log(where, level, msg);
    }
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (RENDERING.get()) {
      LOG.log(System.Logger.Level.DEBUG, where + " " + level + ": " + msg, th);
    } else {
      delegate.log(where, level, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    delegate.setLevel(logger, level);
  }
}
