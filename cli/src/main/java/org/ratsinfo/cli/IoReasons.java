package org.ratsinfo.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the user's language: "permission denied", "is a
 * directory", "read-only file system", and the other file, where the error is about another one than
 * the file the message names (a directory above it).
 */
final class IoReasons {

  private IoReasons() {}

  /**
   * The reason of an I/O error, for a message that names {@code named}.
   *
   * @param e the error
   * @param named the path the message names, the user's own
   * @param messages the messages' language
   * @return e.g. "permission denied", or "permission denied (/srv/readonly)" for another path
   */
  static String of(IOException e, Path named, CliMessages messages) {
    String reason = reason(e, messages);
    if (e instanceof FileSystemException fse && fse.getFile() != null
        && !sameFile(fse.getFile(), named)) {
      return reason + " (" + fse.getFile() + ")";
    }
    return reason;
  }

  private static String reason(IOException e, CliMessages messages) {
    if (e instanceof AccessDeniedException) {
      return messages.format("reason.accessDenied");
    }
    if (e instanceof NoSuchFileException) {
      return messages.format("reason.noSuchFile");
    }
    if (e instanceof NotDirectoryException) {
      return messages.format("reason.notDirectory");
    }
    if (e instanceof FileAlreadyExistsException) {
      return messages.format("reason.exists");
    }
    if (e instanceof InterruptedIOException) {
      return messages.format("reason.interrupted");
    }
    String text = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // The operating system's words (strerror), in English whatever the locale.
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("permission denied") || lower.equals("operation not permitted")) {
      return messages.format("reason.accessDenied");
    }
    if (lower.equals("is a directory")) {
      return messages.format("reason.isDirectory");
    }
    if (lower.equals("not a directory") || lower.equals("is not a directory")) {
      return messages.format("reason.notDirectory");
    }
    if (lower.equals("read-only file system")) {
      return messages.format("reason.readOnly");
    }
    if (lower.startsWith("no space left on device")) {
      return messages.format("reason.noSpace");
    }
    if (lower.equals("no such file or directory")) {
      return messages.format("reason.noSuchFile");
    }
    return text.strip();
  }

  private static boolean sameFile(String file, Path named) {
    try {
      Path path = Path.of(file);
      return path.equals(named) || path.toAbsolutePath().normalize()
          .equals(named.toAbsolutePath().normalize());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
