package org.ratsinfo.render.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files in a directory, each written atomically. */
public final class DirectorySink implements OutputSink {

  private final Path directory;

  /**
   * A sink into the given directory, created if need be.
   *
   * @param directory the directory
   * @throws IOException if it cannot be created
   */
  public DirectorySink(Path directory) throws IOException {
    this.directory = directory;
    Files.createDirectories(directory);
  }

  @Override
  public void write(String name, IoWriter content) throws IOException {
    AtomicWrite.write(directory.resolve(name), content);
  }

  @Override
  public void commit() {
    // every file is complete when written
  }

  @Override
  public void close() {
    // nothing held open
  }
}
