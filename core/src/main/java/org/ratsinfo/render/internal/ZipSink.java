package org.ratsinfo.render.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Files as the entries of a ZIP archive, in the order written, each with the same fixed time, so that
 * the same files give the same bytes. Written to a stream (not closed), or to a file that appears
 * complete or not at all.
 */
public final class ZipSink implements OutputSink {

  private final ZipOutputStream zip;
  private final LocalDateTime entryTime;
  private final @Nullable OutputStream file;
  private final @Nullable Path temp;
  private final @Nullable Path target;
  private boolean committed;

  private ZipSink(OutputStream out, LocalDateTime entryTime, @Nullable OutputStream file,
      @Nullable Path temp, @Nullable Path target) {
    this.zip = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open
      }
    });
    this.entryTime = entryTime;
    this.file = file;
    this.temp = temp;
    this.target = target;
  }

  /**
   * A sink into a stream, which is flushed but not closed.
   *
   * @param out the stream
   * @param entryTime the time of every entry, a local date-time as ZIP stores it
   * @return the sink
   */
  public static ZipSink toStream(OutputStream out, LocalDateTime entryTime) {
    return new ZipSink(out, entryTime, null, null, null);
  }

  /**
   * A sink into a file, written to a temporary file beside it and moved into place on {@link
   * #commit()}.
   *
   * <p>The target is checked first, so that nothing is rendered for a file that cannot be written: a
   * directory of that name, or a directory it cannot be written into, is refused here.
   *
   * @param target the ZIP file
   * @param entryTime the time of every entry
   * @return the sink
   * @throws IOException if the target is a directory or the temporary file cannot be created; a
   *     {@link java.nio.file.FileSystemException} names the target
   */
  public static ZipSink toFile(Path target, LocalDateTime entryTime) throws IOException {
    if (Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    Path temp = AtomicWrite.temporaryBeside(target);
    OutputStream out;
    try {
      out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      AtomicWrite.release(temp);
      throw e;
    }
    return new ZipSink(out, entryTime, out, temp, target);
  }

  @Override
  public void write(String name, IoWriter content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(entryTime);
    zip.putNextEntry(entry);
    content.writeTo(new FilterOutputStream(zip) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        zip.write(b, off, len);
      }

      @Override
      public void close() {
        // the entry is closed by the sink
      }
    });
    zip.closeEntry();
  }

  @Override
  public void commit() throws IOException {
    zip.finish();
    zip.flush();
    if (file != null && temp != null && target != null) {
      file.close();
      AtomicWrite.moveIntoPlace(temp, target);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (file != null && temp != null) {
      try {
        file.close();
      } finally {
        try {
          if (!committed) {
            Files.deleteIfExists(temp);
          }
        } finally {
          AtomicWrite.release(temp);
        }
      }
    }
  }
}
