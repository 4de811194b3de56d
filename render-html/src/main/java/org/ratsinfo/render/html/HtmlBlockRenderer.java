package org.ratsinfo.render.html;

import java.io.IOException;
import org.ratsinfo.document.Block;

/**
 * Renders one kind of {@link Block} in HTML instead of the way {@link HtmlRenderer} does by default:
 * registered with {@link HtmlRenderer.Builder#blockRenderer(Class, HtmlBlockRenderer)}, called for
 * every block of that kind, at any depth.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *     .blockRenderer(Table.class, (table, context) -> {
 *       context.startBlock("div", "class", "city-tally");
 *       context.renderDefault();                              // the table as ratsinfo writes it
 *       context.line("p", "Stand: " + table.caption(), "class", "city-tally-note");  // escaped
 *       context.end();
 *     })
 *     .build();
 * }</pre>
 *
 * <p>A block renderer writes only through its {@link HtmlBlockContext}: all text is escaped, elements
 * and attributes come from an allow-list, and every element started must be ended, so that the page
 * or fragment stays valid and keeps its promises (no script, no style, no id, no external resource).
 *
 * <p>A block renderer is shared by every thread that uses the {@link HtmlRenderer}, like the renderer
 * itself: it must be thread-safe, and is best stateless.
 *
 * @param <B> the kind of block
 */
@FunctionalInterface
public interface HtmlBlockRenderer<B extends Block> {

  /**
   * Renders a block.
   *
   * @param block the block
   * @param context where the markup goes, and the default rendering to delegate to; valid only during
   *     this call
   * @throws IOException if writing fails
   */
  void render(B block, HtmlBlockContext context) throws IOException;
}
