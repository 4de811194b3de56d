package org.ratsinfo.render.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either complete or not there: never half a file, also when the JVM is
 * stopped on the way ({@link TemporaryFiles}). Errors of the file system name the file the caller
 * asked for, never the temporary file beside it.
 */
public final class AtomicWrite {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicWrite() {}

  /**
   * Writes the content to a temporary file beside the target and moves it into place only when
   * writing succeeded; on any failure the temporary file is deleted and the target left as it was.
   *
   * @param target the file
   * @param content what goes into it
   * @throws IOException if writing or moving fails
   */
  public static void write(Path target, IoWriter content) throws IOException {
    Path temp = temporaryBeside(target);
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      } catch (FileSystemException e) {
        throw naming(e, temp, target);
      }
      moveIntoPlace(temp, target);
      moved = true;
    } finally {
      try {
        if (!moved) {
          Files.deleteIfExists(temp);
        }
      } finally {
        TemporaryFiles.release(temp);
      }
    }
  }

  /**
   * A new, empty temporary file in the target's directory (created if need be), named after the
   * target, hidden on Unix: {@code .NAME.RANDOM.tmp}. It is deleted should the JVM shut down before
   * {@link #release(Path)}.
   *
   * @param target the file the temporary file will become
   * @return the temporary file
   * @throws IOException if it cannot be created; a {@link FileSystemException} names the target
   */
  public static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (FileSystemException e) {
      // The directory, or one above it, is a file: say which, rather than "not a directory" of a
      // directory that is not there.
      for (Path up = dir; up != null; up = up.getParent()) {
        if (Files.exists(up)) {
          if (Files.isDirectory(up)) {
            break;
          }
          FileSystemException notADirectory = new FileSystemException(up.toString(), null,
              "is not a directory");
          notADirectory.initCause(e);
          throw notADirectory;
        }
      }
      throw e;
    }
    // Not Files.createTempFile: it makes the file readable by its owner only, and the moved file would
    // keep that. A plain new file gets the permissions any new file gets (the umask decides).
    String prefix = "." + target.getFileName() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return TemporaryFiles.create(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      } catch (FileSystemException e) {
        throw naming(e, temp, target);
      }
    }
  }

  /**
   * Forgets a temporary file of {@link #temporaryBeside(Path)} that was moved into place or deleted.
   *
   * @param temp the temporary file
   */
  public static void release(Path temp) {
    TemporaryFiles.release(temp);
  }

  /**
   * Moves a complete temporary file onto the target, atomically where the file system can.
   *
   * @param temp the temporary file
   * @param target the file
   * @throws IOException if moving fails; a {@link FileSystemException} names the target
   */
  public static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (FileSystemException e) {
      throw naming(e, temp, target);
    }
  }

  /**
   * The exception with the target in place of the temporary file (or the directory it was to be
   * made in), of the same kind and with the same reason, so that a message names the file the caller
   * asked for.
   *
   * @param e what the file system threw
   * @param internal the temporary file or its directory
   * @param target the caller's file
   * @return the exception to throw
   */
  static FileSystemException naming(FileSystemException e, Path internal, Path target) {
    String file = e.getFile();
    if (file != null && !file.equals(internal.toString())
        && !file.equals(internal.toAbsolutePath().toString())) {
      return e; // names something else already, e.g. the target itself
    }
    String reason = e.getReason();
    FileSystemException renamed;
    if (e instanceof AccessDeniedException) {
      renamed = new AccessDeniedException(target.toString(), null, reason);
    } else if (e instanceof NoSuchFileException) {
      renamed = new NoSuchFileException(target.toString(), null, reason);
    } else {
      renamed = new FileSystemException(target.toString(), null, reason);
    }
    renamed.initCause(e);
    return renamed;
  }
}
