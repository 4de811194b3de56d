/**
 * Bean Validation constraints that the model uses beyond the standard ones. Their validators are
 * implementation, in a package opened to Hibernate Validator; on the class path they work with any
 * Jakarta Validation provider.
 */
@NullMarked
package org.ratsinfo.validation.constraints;

import org.jspecify.annotations.NullMarked;
