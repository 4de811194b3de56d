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
 *
 * <h2>Customisation, and what keeps it safe</h2>
 *
 * <p>Two things change what a PDF looks like: an {@linkplain
 * PdfRenderer.Builder#additionalStylesheet(String) additional stylesheet} (print CSS after the
 * default one) and {@linkplain PdfRenderer.Builder#blockRenderer(Class,
 * org.ratsinfo.render.html.HtmlBlockRenderer) block renderers} (the markup of one kind of block, as for
 * the HTML renderer, since the PDF is made from its page). Neither can make a PDF lose text or its
 * conformance silently: a render that would fails with a {@link org.ratsinfo.render.RenderException}
 * that says what and why, in the language of the options.
 *
 * <ul>
 *   <li><b>Lengths as written</b> (the stylesheet): lengths no print layout needs are rejected by
 *       {@code additionalStylesheet}, as a guard against slips such as {@code font-size: 100000pt}:
 *       absolute lengths beyond 300 mm, font-relative ones beyond 20 em, percentages beyond 1000 %, a
 *       unitless line height beyond 20; font sizes beyond 100 pt, 5 em or 500 %.
 *   <li><b>Font sizes as the cascade computes them</b> (the stylesheet), before the layout: relative
 *       sizes compound through the nesting ({@code * { font-size: 2em }} doubles it at every level);
 *       each element's must be at most 100 pt, and where it shows text at least 4 pt ({@code
 *       font-size: 0} draws text no one can see; {@code display: none} hides an element).
 *   <li><b>Text on the page</b> (the stylesheet and block renderers), after the layout: no text may
 *       reach beyond the sides of the page's text area, where the page cuts it off (a tally's columns
 *       in a larger font, a margin, a negative indent, a block renderer's table of too many columns),
 *       nor lie outside the box of an element with {@code overflow: hidden}.
 *   <li><b>The structure</b> (block renderers), before the layout: the PDF's structure tree follows
 *       the markup (paragraphs, headings, lists, tables with their header cells and captions, block
 *       quotes and sections are tagged as such), and PDF/UA requires list items in lists and cells in
 *       rows in tables; list and table elements nested otherwise than HTML allows are refused.
 * </ul>
 *
 * <p>{@code build()} tries an additional stylesheet on a small sample excerpt with every kind of
 * block and refuses it ({@code IllegalArgumentException}) if that breaks a rule or the PDF engine fails
 * on it; a render checks its own page again, since selectors can match what the sample lacks and a
 * long tally is wider. The stylesheet is configuration and trusted like code: a render has no time
 * bound of its own, and CSS can make a layout slow. Text of the excerpt never reaches the stylesheet,
 * and a block renderer writes it only through its escaping context.
 */
@NullMarked
package org.ratsinfo.render.pdf;

import org.jspecify.annotations.NullMarked;
