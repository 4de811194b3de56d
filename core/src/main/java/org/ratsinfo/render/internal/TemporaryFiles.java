package org.ratsinfo.render.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files this JVM is writing, deleted when it shuts down (SIGINT, SIGTERM, {@link
 * System#exit}), so that an interrupted run leaves no half-written file behind: a file is moved into
 * place only when complete, and its temporary file either has been moved by then or is deleted. Once
 * the JVM shuts down no temporary file is created any more. Thread-safe. (SIGKILL, or a crash of the
 * JVM, runs no shutdown hook; nothing can delete the files then.)
 */
final class TemporaryFiles {

  private static final Object LOCK = new Object();
  private static final Set<Path> LIVE = new HashSet<>();
  private static boolean hooked;
  private static boolean closing;

  private TemporaryFiles() {}

  /**
   * Creates a new, empty file and keeps it until {@link #release(Path)}.
   *
   * @param temp the file
   * @return the file
   * @throws java.nio.file.FileAlreadyExistsException if it exists
   * @throws InterruptedIOException if the JVM is shutting down
   * @throws IOException if it cannot be created
   */
  static Path create(Path temp) throws IOException {
    synchronized (LOCK) {
      if (!hooked && !closing) {
        try {
          Runtime.getRuntime().addShutdownHook(
              new Thread(TemporaryFiles::deleteAll, "ratsinfo-temporary-files"));
          hooked = true;
        } catch (IllegalStateException e) { // the JVM is shutting down already
          closing = true;
        }
      }
      if (closing) {
        throw shuttingDown();
      }
    }
    Path created = Files.createFile(temp);
    synchronized (LOCK) {
      if (!closing) {
        LIVE.add(created);
        return created;
      }
    }
    Files.deleteIfExists(created); // the hook ran while it was being created
    throw shuttingDown();
  }

  /**
   * Forgets a file that was moved into place or deleted.
   *
   * @param temp the file
   */
  static void release(Path temp) {
    synchronized (LOCK) {
      LIVE.remove(temp);
    }
  }

  private static InterruptedIOException shuttingDown() {
    return new InterruptedIOException("not written: the JVM is shutting down");
  }

  private static void deleteAll() {
    List<Path> files;
    synchronized (LOCK) {
      closing = true;
      files = new ArrayList<>(LIVE);
      LIVE.clear();
    }
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException | RuntimeException e) {
        // nothing more to do while the JVM stops
      }
    }
  }
}
