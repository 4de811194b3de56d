package org.ratsinfo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The input paths of a command: each checked before it is opened, so that a named pipe never blocks
 * the run and every refusal says why, and each file taken once however it is named ({@code
 * herne.json}, {@code ./herne.json}, a symbolic link to it).
 */
final class Inputs {

  private Inputs() {}

  /**
   * The paths without repetitions of one file, compared by their real paths, in the order given
   * (the first name of each file is kept).
   */
  static List<Path> distinct(List<Path> paths) {
    Set<Path> seen = new HashSet<>();
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (seen.add(realPath(path))) {
        out.add(path);
      }
    }
    return out;
  }

  /** The real path of a file (links resolved), or its absolute normalised path if it has none. */
  static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | RuntimeException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /**
   * What is wrong with an input before it is read: missing, a directory where a file is wanted, or
   * not a regular file (a named pipe, which would block the reader, a device or a socket).
   *
   * @param path the input
   * @param directories whether a directory is an input too
   * @param messages the messages' language
   * @return the message, naming the path; empty if the input may be read
   */
  static Optional<String> problem(Path path, boolean directories, CliMessages messages) {
    String name = path.toString();
    if (!Files.exists(path)) {
      return Optional.of(messages.format("notFound", name));
    }
    if (Files.isDirectory(path)) {
      return directories ? Optional.empty() : Optional.of(messages.format("isDirectory", name));
    }
    if (!Files.isRegularFile(path)) {
      return Optional.of(messages.format("notRegular", name));
    }
    if (!Files.isReadable(path)) {
      return Optional.of(messages.format("cannotRead", name, messages.format("reason.accessDenied")));
    }
    return Optional.empty();
  }
}
