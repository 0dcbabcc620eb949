package io.github.minutes4j.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLClassLoader;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a render runs, the context class loader hides the XSLT and DOM builder service files and
 * nothing else;
 * afterwards it is the thread's own again; and renders reuse one hiding loader rather than
 * leaving one behind per render for the JVM to keep track of.
 */
class JdkXsltOnlyTest {

  private static final String SERVICE_FILE =
      "META-INF/services/javax.xml.transform.TransformerFactory";

  private static final String DOM_SERVICE_FILE =
      "META-INF/services/javax.xml.parsers.DocumentBuilderFactory";

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
              assertNull(loader.getResource(DOM_SERVICE_FILE));
              assertFalse(loader.getResources(DOM_SERVICE_FILE).hasMoreElements());
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

  @Test
  void hidesServiceFilesThatAnApplicationsClassPathHas(@TempDir Path dir) throws Exception {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve("javax.xml.transform.TransformerFactory"), "a.Xslt\n");
    Files.writeString(services.resolve("javax.xml.parsers.DocumentBuilderFactory"), "a.Dom\n");
    Files.writeString(services.resolve("javax.xml.stream.XMLInputFactory"), "a.Stax\n");
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    try (URLClassLoader application = new URLClassLoader(new URL[] {dir.toUri().toURL()}, own)) {
      assertNotNull(application.getResource(DOM_SERVICE_FILE));
      thread.setContextClassLoader(application);
      reuse.call(
          () -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            for (String hidden : new String[] {SERVICE_FILE, DOM_SERVICE_FILE}) {
              assertNull(loader.getResource(hidden), hidden);
              assertFalse(loader.getResources(hidden).hasMoreElements(), hidden);
            }
            // Any other service file is found as before.
            assertNotNull(loader.getResource("META-INF/services/javax.xml.stream.XMLInputFactory"));
            // And so the factories are the JDK's own.
            assertEquals(
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
                javax.xml.parsers.DocumentBuilderFactory.newInstance().getClass().getName());
            return null;
          });
    } finally {
      thread.setContextClassLoader(own);
    }
  }
}
