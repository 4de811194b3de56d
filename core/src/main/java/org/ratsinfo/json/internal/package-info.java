/**
 * The implementation of the native JSON format, on Jackson's streaming API. Not exported; the only
 * package besides {@code org.ratsinfo.json} that uses Jackson.
 */
@NullMarked
package org.ratsinfo.json.internal;

import org.jspecify.annotations.NullMarked;
