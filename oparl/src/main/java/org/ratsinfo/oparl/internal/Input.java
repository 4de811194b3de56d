package org.ratsinfo.oparl.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
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
