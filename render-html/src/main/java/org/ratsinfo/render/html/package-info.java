/**
 * The HTML renderer: an excerpt as a complete HTML5 page or as a fragment (one {@code article} element)
 * to embed in a page of one's own.
 *
 * <pre>{@code
 * HtmlRenderer page = HtmlRenderer.builder().build();
 * page.render(excerpt, outputStream);
 *
 * HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
 * String article = fragment.renderToString(excerpt);
 * String css = HtmlRenderer.defaultStylesheet(); // for the page the fragment goes into
 * }</pre>
 *
 * <p>The markup is polyglot: valid HTML5 and well-formed XML, so that XML tools can read it too. All
 * classes are prefixed {@code ratsinfo-}; fragments carry no {@code id}, {@code style} or script.
 */
@NullMarked
package org.ratsinfo.render.html;

import org.jspecify.annotations.NullMarked;
