package org.ratsinfo.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;

/**
 * A renderer of a text format (HTML, Markdown, plain text): it writes characters, and bytes as UTF-8.
 */
public interface TextExcerptRenderer extends ExcerptRenderer {

  /**
   * Renders a laid-out excerpt as text.
   *
   * @param document the document tree
   * @param out where the characters go; flushed, not closed
   * @throws IOException if writing fails
   * @throws RenderException if the document cannot be rendered
   */
  void render(ExcerptDocument document, Writer out) throws IOException;

  /** Renders as text in UTF-8. */
  @Override
  default void render(ExcerptDocument document, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    render(document, writer);
    writer.flush();
  }

  /**
   * Lays an excerpt out with {@link #options()} and renders it as text.
   *
   * @param excerpt the excerpt
   * @param out where the characters go; flushed, not closed
   * @throws IOException if writing fails
   */
  default void render(Excerpt excerpt, Writer out) throws IOException {
    render(options().layout(excerpt), out);
  }

  /**
   * Lays an excerpt out with {@link #options()} and renders it to a string.
   *
   * @param excerpt the excerpt
   * @return the text
   */
  default String renderToString(Excerpt excerpt) {
    StringWriter out = new StringWriter();
    try {
      render(excerpt, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
