/** The native JSON format of the model. */
@NullMarked
package org.ratsinfo.json;

import org.jspecify.annotations.NullMarked;
