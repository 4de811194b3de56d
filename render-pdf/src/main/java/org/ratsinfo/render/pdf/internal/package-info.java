/**
 * The implementation of the PDF renderer: fonts, the print stylesheet, the XHTML parser, the
 * preparation of the page for print, openhtmltopdf set up and locked down, the mending of its link
 * tags, the document metadata, and the settings a builder collects.
 * Not exported; nothing here is API.
 */
@NullMarked
package org.ratsinfo.render.pdf.internal;

import org.jspecify.annotations.NullMarked;
