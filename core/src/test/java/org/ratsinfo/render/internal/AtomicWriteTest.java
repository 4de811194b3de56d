package org.ratsinfo.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors of the file system name the caller's file, never the temporary file beside it. */
class AtomicWriteTest {

  @TempDir Path dir;

  @Test
  void anErrorOfTheTemporaryFileNamesTheTarget() {
    Path target = dir.resolve("out/auszug.pdf");
    Path temp = dir.resolve("out/.auszug.pdf.1x2y3z.tmp");
    FileSystemException denied = AtomicWrite.naming(new AccessDeniedException(temp.toString()), temp, target);
    assertInstanceOf(AccessDeniedException.class, denied, "the kind is kept: permission denied");
    assertEquals(target.toString(), denied.getFile());
    assertEquals(target.toString(), denied.getMessage());

    FileSystemException full = AtomicWrite.naming(
        new FileSystemException(temp.toString(), null, "No space left on device"), temp, target);
    assertEquals(target + ": No space left on device", full.getMessage());

    FileSystemException other = new FileSystemException(dir.toString(), null, "Read-only file system");
    assertSame(other, AtomicWrite.naming(other, temp, target), "an error of another file stays");
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsSaidSo() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    FileSystemException e = assertThrows(FileSystemException.class,
        () -> AtomicWrite.write(file.resolve("auszug.html"), out -> out.write('x')));
    assertEquals(file.toAbsolutePath().toString(), e.getFile());
    assertEquals("is not a directory", e.getReason());
  }

  @Test
  void aWrittenFileLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a/b.txt");
    AtomicWrite.write(target, out -> out.write('x'));
    assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
      out.write('y');
      throw new IOException("kaputt");
    }));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList());
    }
    assertEquals("x", Files.readString(target));
  }
}
