package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * While a render runs, the context class loader hides the XSLT service files and nothing else;
 * afterwards it is the thread's own again; and renders reuse one hiding loader rather than
 * leaving one behind per render for the JVM to keep track of.
 */
class JdkXsltOnlyTest {

  private static final String SERVICE_FILE =
      "META-INF/services/javax.xml.transform.TransformerFactory";

  private final JdkXsltOnly.Reuse reuse = new JdkXsltOnly.Reuse();

  @Test
  void hidesTheXsltServiceFilesOnlyAndRestoresTheContextClassLoader() throws Exception {
    ClassLoader own = Thread.currentThread().getContextClassLoader();
    ClassLoader during =
        reuse.call(
            () -> {
              ClassLoader loader = Thread.currentThread().getContextClassLoader();
              assertNull(loader.getResource(SERVICE_FILE));
              assertFalse(loader.getResources(SERVICE_FILE).hasMoreElements());
              assertNotNull(loader.getResource(getClass().getName().replace('.', '/') + ".class"));
              assertSame(getClass(), loader.loadClass(getClass().getName()));
              return loader;
            });
    assertNotSame(own, during);
    assertSame(own, during.getParent());
    assertSame(own, Thread.currentThread().getContextClassLoader());
  }

  @Test
  void rendersOneAfterAnotherShareOneHidingLoader() throws Exception {
    ClassLoader first = reuse.call(() -> Thread.currentThread().getContextClassLoader());
    // Held here, so no collection can free it between the two calls.
    ClassLoader second = reuse.call(() -> Thread.currentThread().getContextClassLoader());
    assertSame(first, second);
  }

  @Test
  void rendersOnTwoThreadsAtOnceShareOneHidingLoader() throws Exception {
    ClassLoader first = reuse.call(() -> Thread.currentThread().getContextClassLoader());
    CyclicBarrier both = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<ClassLoader> one = pool.submit(() -> inRender(both));
      Future<ClassLoader> two = pool.submit(() -> inRender(both));
      assertSame(first, one.get());
      assertSame(first, two.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private ClassLoader inRender(CyclicBarrier both) throws Exception {
    return reuse.call(
        () -> {
          both.await(); // both renders are running now
          return Thread.currentThread().getContextClassLoader();
        });
  }

  @Test
  void aThreadWithAnotherContextClassLoaderGetsAHidingLoaderOfItsOwn() throws Exception {
    ClassLoader first = reuse.call(() -> Thread.currentThread().getContextClassLoader());
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    try (URLClassLoader other = new URLClassLoader(new URL[0], own)) {
      thread.setContextClassLoader(other);
      ClassLoader during = reuse.call(() -> Thread.currentThread().getContextClassLoader());
      assertNotSame(first, during);
      assertSame(other, during.getParent());
      assertNull(during.getResource(SERVICE_FILE));
      assertSame(other, thread.getContextClassLoader());
    } finally {
      thread.setContextClassLoader(own);
    }
    assertTrue(first.getParent() == own);
    assertEquals(own, thread.getContextClassLoader());
  }
}
