package org.ratsinfo.render.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void writesTheWholeFile() throws IOException {
    Path target = dir.resolve("sub/a.html");
    AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
    assertEquals("hello", Files.readString(target));
    AtomicFiles.write(target, out -> out.write("again".getBytes(StandardCharsets.UTF_8)));
    assertEquals("again", Files.readString(target));
  }

  @Test
  void aFailureLeavesNothingBehindAndTheOldFileAsItWas() throws IOException {
    Path target = dir.resolve("a.pdf");
    Files.writeString(target, "old");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files(), "no temporary file left");

    assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir.resolve("b.pdf"), out -> {
      out.write(1);
      throw new IllegalStateException("renderer bug");
    }));
    assertEquals(List.of(target), files());
  }

  @Test
  void theFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path written = dir.resolve("written.html");
    AtomicFiles.write(written, out -> out.write('x'));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
  }
}
