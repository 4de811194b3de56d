/** Runnable examples for integrators; each is run by a test so that it never rots. */
@NullMarked
package org.ratsinfo.examples;

import org.jspecify.annotations.NullMarked;
