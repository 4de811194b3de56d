/**
 * The renderer API: what every renderer implements, built-in or custom, and a registry of renderers.
 *
 * <p>A renderer maps the {@link org.ratsinfo.document.ExcerptDocument document tree} of an excerpt to
 * its format; the tree has already decided what is shown and what is redacted. A custom renderer needs
 * nothing but this package, {@code org.ratsinfo.document} and {@code org.ratsinfo.model}:
 *
 * <pre>{@code
 * final class PlainTextRenderer implements TextExcerptRenderer {
 *   private static final RenderFormat FORMAT = new RenderFormat("txt", "text/plain", "txt");
 *   private final RenderOptions options;
 *
 *   PlainTextRenderer(RenderOptions options) { this.options = options; }
 *
 *   public RenderFormat format() { return FORMAT; }
 *   public RenderOptions options() { return options; }
 *
 *   public void render(ExcerptDocument document, Writer out) throws IOException {
 *     out.write(document.title());
 *     ...
 *   }
 * }
 *
 * Renderers renderers = Renderers.builder().add(new PlainTextRenderer(RenderOptions.defaults())).build();
 * renderers.get("txt").render(excerpt, outputStream);
 * }</pre>
 *
 * <p>A renderer walks the tree with a {@link org.ratsinfo.document.BlockVisitor} and writes its text
 * through a {@link org.ratsinfo.render.TextEscaper}: {@link org.ratsinfo.render.TextEscaper#markdown()},
 * {@link org.ratsinfo.render.TextEscaper#plainText()}, or one built for its format.
 *
 * <p>Renderers are immutable and thread-safe: build one per configuration and share it.
 *
 * <p>This package holds what a renderer's author needs. Rendering a whole meeting into a directory or
 * a ZIP archive is in {@link org.ratsinfo.render.batch}.
 */
@NullMarked
package org.ratsinfo.render;

import org.jspecify.annotations.NullMarked;
