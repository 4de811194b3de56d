/**
 * Bean Validation constraints that the model uses beyond the standard ones. They work with any Jakarta
 * Validation provider.
 */
@NullMarked
package org.ratsinfo.validation.constraints;

import org.jspecify.annotations.NullMarked;
