package org.ratsinfo.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The output files one run of the command line has written, by input: two inputs whose files would
 * have the same name in one directory (two excerpt files both called {@code top-3.json}, two meetings
 * on the same day) would silently overwrite each other's excerpts; the second is refused instead.
 * Names are compared without case, as file systems often do. Not thread-safe.
 */
final class OutputClaims {
  private final Map<String, String> owners = new HashMap<>();

  /**
   * Claims the base names (file names without extension) in a directory for an input, all or none.
   *
   * @param directory the output directory
   * @param baseNames the names the input will write, each with every format's extension
   * @param input the input, for the message of a later clash
   * @return the first name already claimed by another input, with that input; empty if all were free
   *     (and are now claimed)
   */
  Optional<Clash> claim(Path directory, Collection<String> baseNames, String input) {
    Path dir = directory.toAbsolutePath().normalize();
    for (String name : baseNames) {
      String owner = owners.get(key(dir, name));
      if (owner != null && !owner.equals(input)) {
        return Optional.of(new Clash(dir.resolve(name), owner));
      }
    }
    for (String name : baseNames) {
      owners.put(key(dir, name), input);
    }
    return Optional.empty();
  }

  private static String key(Path dir, String baseName) {
    return dir.resolve(baseName).toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A name another input claimed first.
   *
   * @param file the output path without extension
   * @param owner the input that claimed it
   */
  record Clash(Path file, String owner) {}
}
