package org.ratsinfo.oparl.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One document of an import: a file, read again where the import needs an object of it, or bytes held
 * in memory (a string given to the reader, a document of the object source). The import keeps where
 * each object stands instead of the objects themselves, so that its memory does not grow with the
 * input.
 *
 * @param name the document's name in messages: the file's path, {@code <1>}, or a URL
 * @param file the file, or {@code null} for bytes in memory
 * @param bytes the UTF-8 bytes of a document in memory, or {@code null} for a file
 */
public record Input(String name, @Nullable Path file, byte @Nullable [] bytes) {

  /** Checks that the input is a file or bytes. */
  public Input {
    Objects.requireNonNull(name, "name");
    if ((file == null) == (bytes == null)) {
      throw new IllegalArgumentException("an input is a file or bytes");
    }
  }

  /** A file. */
  public static Input of(Path file) {
    return new Input(file.toString(), file, null);
  }

  /** Bytes in memory. */
  public static Input of(String name, byte[] bytes) {
    return new Input(name, null, bytes);
  }

  /**
   * The files of a read: each file given, and every {@code .json} file in each directory given and its
   * subdirectories, in the order of their paths. Each is checked before anything is read: a file that
   * is no regular file (reading a named pipe would block until something writes to it) or that is
   * larger than the document limit is refused.
   *
   * @param paths files and directories
   * @param maxDocumentLength the longest document, in bytes
   * @return the files, in order
   * @throws IOException if a directory cannot be walked, or a file is no regular file
   * @throws FormatFailure if a file is larger than the limit
   */
  public static List<Input> files(List<Path> paths, long maxDocumentLength) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      Objects.requireNonNull(path, "path");
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
              .sorted()
              .forEach(p -> inputs.add(of(p)));
        }
      } else {
        inputs.add(of(path));
      }
    }
    for (Input input : inputs) {
      check(Objects.requireNonNull(input.file()), maxDocumentLength);
    }
    return inputs;
  }

  private static void check(Path file, long maxDocumentLength) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(file.toString(), null,
          attributes.isDirectory() ? "is a directory" : "is no regular file (a pipe, a device or a socket)");
    }
    if (attributes.size() > maxDocumentLength) {
      throw Documents.tooLong(file.toString(), maxDocumentLength);
    }
  }

  /** The whole document, to be read once from the start. */
  InputStream open() throws IOException {
    return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
  }

  /** A part of the document, as the first reading found it. */
  byte[] read(long start, int length) throws IOException {
    if (bytes != null) {
      byte[] part = new byte[length];
      System.arraycopy(bytes, Math.toIntExact(start), part, 0, length);
      return part;
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long position = start;
      while (buffer.hasRemaining()) {
        int read = channel.read(buffer, position);
        if (read < 0) {
          throw new EOFException(name + " changed while it was read");
        }
        position += read;
      }
    }
    return buffer.array();
  }
}
