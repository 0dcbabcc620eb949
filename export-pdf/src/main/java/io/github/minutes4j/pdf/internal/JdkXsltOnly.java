package io.github.minutes4j.pdf.internal;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Makes {@code TransformerFactory.newInstance()} and {@code DocumentBuilderFactory.newInstance()}
 * find the JDK's own XSLT processor and DOM builder during a render.
 *
 * <p>openhtmltopdf, through PDFBox's xmpbox, serialises an XMP packet on every render (in PDF/UA
 * mode too, though {@link PageRenderer} replaces it with {@link XmpPacket}'s), and calls {@code
 * TransformerFactory.newInstance()} and {@code DocumentBuilderFactory.newInstance()} for it. Each
 * looks up service files through the thread's context class loader: a scan of the whole class
 * path each time, and, should an application have Saxon, Xalan or Xerces on its class path, a
 * different processor, whose behaviour (and failures) the exporter should not depend on; the
 * packet is replaced anyway. So while a render runs, the context class loader hides those two
 * service files. Every other class and resource is found as before.
 *
 * <p>One hiding loader is reused for as long as it is in use, by every render of one {@link
 * PageRenderer} ({@link Reuse}): the JVM keeps internal data for every class loader through which
 * a class was ever looked up (the XSLT processor's, here), and frees it only when it unloads
 * classes, and a young collection treats those as roots. A new loader per render left thousands
 * of them behind: in recordings of two renders at a time (under load), 2,000 to 2,900, and the
 * collector paused two to five times as long per render as with one loader reused.
 * Reused, the loader is held only weakly between renders, so that it never keeps an application's
 * context class loader alive; a collection frees it, and the next render makes another.
 *
 * <p>Internal to the module; no compatibility promise.
 *
 * @since 0.1.0
 */
final class JdkXsltOnly extends ClassLoader {

  /**
   * The service files hidden: the XSLT processor's, and the DOM builder's that the same XMP step
   * asks for ({@code DocumentBuilderFactory.newInstance()}), each a scan of the class path per
   * render otherwise.
   */
  private static final Set<String> SERVICE_FILES =
      Set.of(
          "META-INF/services/javax.xml.transform.TransformerFactory",
          "META-INF/services/javax.xml.parsers.DocumentBuilderFactory");

  static {
    // Renders on several threads share a loader: lock per class name, not the whole loader.
    registerAsParallelCapable();
  }

  /** The context class loader this one hides the service files of. */
  private final ClassLoader hidden;

  private JdkXsltOnly(ClassLoader parent) {
    super(parent);
    this.hidden = parent;
  }

  /**
   * Hands out the hiding loader of the thread's context class loader, the same one as long as it
   * is in use (or not yet collected). Thread-safe; two threads that race for a new loader may
   * each make one.
   */
  static final class Reuse {

    private volatile WeakReference<JdkXsltOnly> last = new WeakReference<>(null);

    /**
     * Runs a task with the context class loader hiding the XSLT service files, and restores the
     * previous context class loader afterwards.
     *
     * @param task the task
     * @return what it returns
     * @throws Exception what it throws
     */
    <T> T call(Callable<T> task) throws Exception {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      ClassLoader parent = previous != null ? previous : JdkXsltOnly.class.getClassLoader();
      JdkXsltOnly loader = last.get();
      if (loader == null || loader.hidden != parent) {
        loader = new JdkXsltOnly(parent);
        last = new WeakReference<>(loader);
      }
      thread.setContextClassLoader(loader);
      try {
        return task.call();
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return SERVICE_FILES.contains(name)
        ? Collections.emptyEnumeration()
        : super.getResources(name);
  }

  @Override
  public URL getResource(String name) {
    return SERVICE_FILES.contains(name) ? null : super.getResource(name);
  }
}
