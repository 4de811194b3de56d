/** The {@code ratsinfo} command line. */
@NullMarked
package org.ratsinfo.cli;

import org.jspecify.annotations.NullMarked;
