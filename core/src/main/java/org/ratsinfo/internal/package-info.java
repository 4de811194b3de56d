/** Implementation shared by the packages of core; not part of the API. */
@NullMarked
package org.ratsinfo.internal;

import org.jspecify.annotations.NullMarked;
