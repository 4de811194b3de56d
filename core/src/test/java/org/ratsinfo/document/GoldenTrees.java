package org.ratsinfo.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only: compares a document tree, printed by {@link TreePrinter}, with its golden file in {@code
 * golden/}; with {@code -Dratsinfo.updateGolden=true} it writes the file instead, to be reviewed in
 * the diff and committed.
 */
final class GoldenTrees {

  private static final Path SOURCE = Path.of("src/test/resources/org/ratsinfo/document/golden");

  private GoldenTrees() {}

  static void assertMatches(String name, ExcerptDocument document) throws IOException {
    String actual = TreePrinter.print(document);
    if (Boolean.getBoolean("ratsinfo.updateGolden")) {
      Files.createDirectories(SOURCE);
      Files.writeString(SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = GoldenTrees.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        fail("no golden file " + name + "; run with -Dratsinfo.updateGolden=true to write it");
        return;
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, "tree differs from golden/" + name
        + " (after an intended change: -Dratsinfo.updateGolden=true)");
  }
}
