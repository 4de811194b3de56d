package org.ratsinfo.render.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.render.internal.DirectorySink;
import org.ratsinfo.render.internal.OutputSink;
import org.ratsinfo.render.internal.ZipSink;

/**
 * Where a {@link MeetingRenderer} puts the files it renders:
 *
 * <ul>
 *   <li>{@link #directory(Path)}: one file per agenda item and format in a directory (created if need
 *       be), each written atomically (a temporary file moved into place), so that a file is complete
 *       or not there; files of other names are left alone, files of the same names replaced;
 *   <li>{@link #zip(Path)}: one ZIP archive, written to a temporary file and moved into place when
 *       complete; if rendering stops on an error of the target, or the JVM shuts down, the archive
 *       is not created and the temporary file is deleted;
 *   <li>{@link #zip(OutputStream)}: one ZIP archive written to a stream, which is flushed but not
 *       closed; on an error the stream holds an incomplete archive, for the caller to discard.
 * </ul>
 *
 * <p>A target of a path is checked when a batch starts, before anything is rendered: a ZIP file that
 * is a directory, or a directory that cannot be created or written into, fails the batch at once with
 * an {@link java.io.IOException} naming it.
 *
 * <p>ZIP entries are in agenda order, with no directories, each dated with the renderer's {@link
 * MeetingRenderer#clock() clock}, so that a fixed clock gives the same archive byte for byte.
 * Targets of a path are immutable; a stream target is meant for one rendering.
 */
public final class BatchTarget {

  private enum Kind {
    DIRECTORY, ZIP_FILE, ZIP_STREAM
  }

  private final Kind kind;
  private final @Nullable Path path;
  private final @Nullable OutputStream stream;

  private BatchTarget(Kind kind, @Nullable Path path, @Nullable OutputStream stream) {
    this.kind = kind;
    this.path = path;
    this.stream = stream;
  }

  /**
   * A directory; the files are written into it, each atomically.
   *
   * @param directory the directory, created if need be
   * @return the target
   */
  public static BatchTarget directory(Path directory) {
    return new BatchTarget(Kind.DIRECTORY, Objects.requireNonNull(directory, "directory"), null);
  }

  /**
   * A ZIP file, written atomically as a whole.
   *
   * @param file the ZIP file; its directory is created if need be
   * @return the target
   */
  public static BatchTarget zip(Path file) {
    return new BatchTarget(Kind.ZIP_FILE, Objects.requireNonNull(file, "file"), null);
  }

  /**
   * A ZIP archive written to a stream, which is flushed but not closed.
   *
   * @param out the stream
   * @return the target
   */
  public static BatchTarget zip(OutputStream out) {
    return new BatchTarget(Kind.ZIP_STREAM, null, Objects.requireNonNull(out, "out"));
  }

  /** Whether the files go into a ZIP archive. */
  public boolean isZip() {
    return kind != Kind.DIRECTORY;
  }

  /** Opens the sink the files go to. */
  OutputSink open(LocalDateTime entryTime) throws IOException {
    return switch (kind) {
      case DIRECTORY -> new DirectorySink(Objects.requireNonNull(path));
      case ZIP_FILE -> ZipSink.toFile(Objects.requireNonNull(path), entryTime);
      case ZIP_STREAM -> ZipSink.toStream(Objects.requireNonNull(stream), entryTime);
    };
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DIRECTORY -> "directory " + path;
      case ZIP_FILE -> "ZIP file " + path;
      case ZIP_STREAM -> "ZIP stream";
    };
  }
}
