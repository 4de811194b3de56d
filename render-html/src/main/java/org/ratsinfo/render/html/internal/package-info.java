/**
 * The implementation of the HTML renderer: the markup writer, the mapping of the document tree to
 * markup and the stylesheets. Not exported; nothing here is API.
 */
@NullMarked
package org.ratsinfo.render.html.internal;

import org.jspecify.annotations.NullMarked;
