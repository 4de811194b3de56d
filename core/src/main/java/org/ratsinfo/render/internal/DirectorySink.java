package org.ratsinfo.render.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files in a directory, each written atomically. */
public final class DirectorySink implements OutputSink {

  private final Path directory;

  /**
   * A sink into the given directory, created if need be, and checked by creating (and deleting) a
   * temporary file in it, so that nothing is rendered for a directory that cannot be written.
   *
   * @param directory the directory
   * @throws IOException if it cannot be created or written into; a {@link FileSystemException} names
   *     the directory
   */
  public DirectorySink(Path directory) throws IOException {
    this.directory = directory;
    Path probe = directory.resolve("ratsinfo");
    Path temp;
    try {
      temp = AtomicWrite.temporaryBeside(probe);
    } catch (FileSystemException e) {
      throw AtomicWrite.naming(e, probe, directory);
    }
    try {
      Files.delete(temp);
    } finally {
      AtomicWrite.release(temp);
    }
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
