package org.ratsinfo.render.pdf.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A context class loader that hides the class path's providers of the JAXP transformer and document
 * builder factories, and delegates everything else to the thread's own context class loader.
 *
 * <p>openhtmltopdf writes XMP metadata of its own for PDF/A and PDF/UA, which {@link Metadata}
 * replaces; to write it, it makes a new {@code XmpSerializer}, which asks {@code
 * TransformerFactory.newInstance()} and {@code DocumentBuilderFactory.newInstance()} for factories, and
 * each asks the {@link java.util.ServiceLoader} to scan every jar on the class path: about a fifth of
 * a render. With this loader as context class loader the scan finds nothing at once and the JDK's own
 * factories are used, for XML that is thrown away.
 */
final class XmlServices extends ClassLoader {

  private static final Set<String> HIDDEN = Set.of(
      "META-INF/services/javax.xml.transform.TransformerFactory",
      "META-INF/services/javax.xml.parsers.DocumentBuilderFactory");

  private XmlServices(ClassLoader parent) {
    super(parent);
  }

  /** Runs an action with this loader, over the current one, as the thread's context class loader. */
  static <T> T hidden(IoAction<T> action) throws IOException {
    Thread thread = Thread.currentThread();
    @Nullable ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(
        new XmlServices(original != null ? original : ClassLoader.getSystemClassLoader()));
    try {
      return action.run();
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  /** An action that may fail with an {@link IOException}. */
  interface IoAction<T> {
    T run() throws IOException;
  }

  @Override
  public @Nullable URL getResource(String name) {
    return HIDDEN.contains(name) ? null : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return HIDDEN.contains(name) ? Collections.emptyEnumeration() : super.getResources(name);
  }
}
