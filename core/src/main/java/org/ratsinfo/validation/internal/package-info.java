/** Implementation of model validation; not part of the API. */
@NullMarked
package org.ratsinfo.validation.internal;

import org.jspecify.annotations.NullMarked;
