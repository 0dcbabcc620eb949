package io.github.minutes4j.pdf.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.concurrent.Callable;

/**
 * Makes {@code TransformerFactory.newInstance()} find the JDK's own XSLT processor during a render.
 *
 * <p>openhtmltopdf, through PDFBox's xmpbox, serialises an XMP packet on every render (in PDF/UA
 * mode too, though {@link PageRenderer} replaces it with {@link XmpPacket}'s), and calls {@code
 * TransformerFactory.newInstance()} for it. That looks up service files through the thread's
 * context class loader: a scan of the whole class path each time, and, should an application
 * have Saxon or Xalan on its class path, a different processor, whose behaviour (and failures)
 * the exporter should not depend on. So while a render runs, the context class loader hides the
 * {@code TransformerFactory} service files. Every other class and resource is found as before.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
final class JdkXsltOnly extends ClassLoader {

  private static final String SERVICE_FILE =
      "META-INF/services/javax.xml.transform.TransformerFactory";

  private JdkXsltOnly(ClassLoader parent) {
    super(parent);
  }

  /**
   * Runs a task with the context class loader hiding the XSLT service files, and restores the
   * previous context class loader afterwards.
   *
   * @param task the task
   * @return what it returns
   * @throws Exception what it throws
   */
  static <T> T call(Callable<T> task) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(
        new JdkXsltOnly(previous != null ? previous : JdkXsltOnly.class.getClassLoader()));
    try {
      return task.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return SERVICE_FILE.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
  }

  @Override
  public URL getResource(String name) {
    return SERVICE_FILE.equals(name) ? null : super.getResource(name);
  }
}
