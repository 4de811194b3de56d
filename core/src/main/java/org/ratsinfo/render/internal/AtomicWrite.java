package org.ratsinfo.render.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/** Writes a file so that it is either complete or not there: never half a file. */
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
      }
      moveIntoPlace(temp, target);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A new, empty temporary file in the target's directory (created if need be), named after the
   * target, hidden on Unix: {@code .NAME.RANDOM.tmp}.
   *
   * @param target the file the temporary file will become
   * @return the temporary file
   * @throws IOException if it cannot be created
   */
  public static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes the file readable by its owner only, and the moved file would
    // keep that. A plain new file gets the permissions any new file gets (the umask decides).
    String prefix = "." + target.getFileName() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves a complete temporary file onto the target, atomically where the file system can.
   *
   * @param temp the temporary file
   * @param target the file
   * @throws IOException if moving fails
   */
  public static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
