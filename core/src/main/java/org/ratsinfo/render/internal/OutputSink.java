package org.ratsinfo.render.internal;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the files of a batch go: a directory or a ZIP archive. Used by one thread. A sink that is
 * closed without {@link #commit()} discards what it can (a ZIP file is not created).
 */
public interface OutputSink extends Closeable {

  /**
   * Writes one file completely.
   *
   * @param name the file name, without directories
   * @param content the content
   * @throws IOException if writing fails
   */
  void write(String name, IoWriter content) throws IOException;

  /**
   * Completes the output after the last file.
   *
   * @throws IOException if completing fails
   */
  void commit() throws IOException;
}
