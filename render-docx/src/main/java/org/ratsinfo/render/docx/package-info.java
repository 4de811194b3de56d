/**
 * The DOCX renderer: an excerpt as an editable Word document, with the paragraph styles, numbering and
 * tables a clerk would use by hand, optionally from a corporate template.
 *
 * <pre>{@code
 * DocxRenderer renderer = DocxRenderer.builder()
 *     .template(Path.of("stadt-herne.dotx"))   // optional
 *     .build();
 * renderer.render(excerpt, outputStream);
 * }</pre>
 */
@NullMarked
package org.ratsinfo.render.docx;

import org.jspecify.annotations.NullMarked;
