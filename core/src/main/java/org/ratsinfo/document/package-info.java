/** The format-neutral document tree of an excerpt. */
@NullMarked
package org.ratsinfo.document;

import org.jspecify.annotations.NullMarked;
