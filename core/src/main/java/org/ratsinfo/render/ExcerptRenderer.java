package org.ratsinfo.render;

import java.io.IOException;
import java.io.OutputStream;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;

/**
 * Renders excerpts to one format. Every renderer, built-in or custom, implements this.
 *
 * <p>Implementations must be immutable and thread-safe: configured once (typically with a builder)
 * and then shared by any number of threads. A renderer writes to the stream it is given and neither
 * closes it nor keeps it; where rendering fails part-way, the caller discards what was written
 * (the command line writes to a temporary file and moves it into place only when rendering
 * succeeded).
 */
public interface ExcerptRenderer {

  /** The format this renderer writes. */
  RenderFormat format();

  /** The options this renderer was built with. */
  RenderOptions options();

  /**
   * Renders a laid-out excerpt.
   *
   * @param document the document tree
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws RenderException if the document cannot be rendered
   */
  void render(ExcerptDocument document, OutputStream out) throws IOException;

  /**
   * Lays an excerpt out with {@link #options()} and renders it. Does not validate: validate input you
   * did not build yourself with {@link org.ratsinfo.validation.ModelValidator} first.
   *
   * @param excerpt the excerpt
   * @param out where the bytes go; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the excerpt is for the public but its agenda item is not
   *     public
   * @throws RenderException if the excerpt cannot be rendered
   */
  default void render(Excerpt excerpt, OutputStream out) throws IOException {
    render(options().layout(excerpt), out);
  }
}
