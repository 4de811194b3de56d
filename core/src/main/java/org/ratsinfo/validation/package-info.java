/** Validation of the model. */
@NullMarked
package org.ratsinfo.validation;

import org.jspecify.annotations.NullMarked;
