package org.ratsinfo.render.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.ratsinfo.render.internal.AtomicWrite;

/**
 * Writes a file so that it is either complete or not there, never half a file: the content goes to a
 * temporary file beside the target ({@code .NAME.RANDOM.tmp}), which is moved into place only when
 * writing succeeded, atomically where the file system can. On any failure the temporary file is
 * deleted and the target left as it was; so it is when the JVM shuts down on the way (SIGINT,
 * SIGTERM, {@link System#exit}): a shutdown hook deletes every temporary file still open, and no new
 * one is made from then on. An error of the file system names the target, never the temporary file
 * (a {@link java.nio.file.FileSystemException}'s {@code getFile()} and reason, e.g. an {@link
 * java.nio.file.AccessDeniedException} for a directory that cannot be written).
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/auszug.html"), out -> renderer.render(excerpt, out));
 * }</pre>
 */
public final class AtomicFiles {

  /** Writes content to a stream; may fail. */
  @FunctionalInterface
  public interface Content {

    /**
     * Writes the content.
     *
     * @param out where it goes; buffered, closed by {@link AtomicFiles}
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes a file atomically; creates its directory if need be.
   *
   * @param target the file
   * @param content what goes into it
   * @throws IOException if writing or moving fails; the target is then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    AtomicWrite.write(target, content::writeTo);
  }
}
