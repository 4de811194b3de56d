package org.ratsinfo.oparl;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link OParlReader} looks for an object that the input refers to by its {@code id} but does not
 * contain: the integrator's plug-in for fetching, e.g. from a cache, a database or an HTTP client of
 * their choice. The library itself never opens a network connection; the default source, {@link
 * #none()}, knows no object.
 *
 * <p>Implementations must be thread-safe if the reader is shared between threads. The reader asks for
 * each id at most once per read.
 *
 * <pre>{@code
 * OParlReader reader = OParlReader.builder()
 *     .objectSource(id -> cache.getOrNull(id))   // JSON text of the object, or null
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface OParlObjectSource {

  /**
   * The JSON text of the object with the given id: the object itself, or a list page or array that
   * contains it. The reader also asks for the next page of a list page ({@code links.next}) by its URL.
   *
   * @param id the {@code id} URL of the object, or the URL of a list page
   * @return the JSON text, or {@code null} if the source does not know the object
   * @throws IOException if the source fails; the read fails with it
   */
  @Nullable String find(String id) throws IOException;

  /**
   * The source that knows no object: references to objects the input does not contain stay
   * unresolved, with a warning.
   *
   * @return the empty source
   */
  static OParlObjectSource none() {
    return id -> null;
  }
}
