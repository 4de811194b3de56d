/**
 * The PDF renderer: an excerpt as an A4 PDF that is PDF/A-2a (archival) and PDF/UA-1 (accessible) by
 * default, with embedded Noto Sans fonts, a running header, page numbers and bookmarks.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.builder().build();
 * renderer.warmUp();                  // optional: pays the first render's cost at start-up
 * renderer.render(excerpt, outputStream);
 * }</pre>
 *
 * <p>The PDF is laid out from the XHTML page of {@link org.ratsinfo.render.html.HtmlRenderer} with a
 * print stylesheet of this module. Rendering reads nothing from the network or the file system.
 */
@NullMarked
package org.ratsinfo.render.pdf;

import org.jspecify.annotations.NullMarked;
