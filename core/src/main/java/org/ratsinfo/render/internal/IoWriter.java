package org.ratsinfo.render.internal;

import java.io.IOException;
import java.io.OutputStream;

/** Writes content to a stream; may fail. */
@FunctionalInterface
public interface IoWriter {

  /**
   * Writes the content.
   *
   * @param out where it goes; not to be closed
   * @throws IOException if writing fails
   */
  void writeTo(OutputStream out) throws IOException;
}
