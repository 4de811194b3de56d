/**
 * The implementation of the DOCX renderer: the prepared package (styles, numbering, page setup, from
 * ratsinfo's own definitions or a corporate template), the mapping of the document tree to Word
 * paragraphs and tables, and the deterministic packaging. Not exported; nothing here is API.
 */
@NullMarked
package org.ratsinfo.render.docx.internal;

import org.jspecify.annotations.NullMarked;
