/**
 * The implementation of the OParl import and export: parsing with locations, the object index, the
 * mappings in both directions and the messages. Not API; not exported.
 */
@NullMarked
package org.ratsinfo.oparl.internal;

import org.jspecify.annotations.NullMarked;
