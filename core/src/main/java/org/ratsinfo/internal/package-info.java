/**
 * Implementation shared by the packages of core and, through a qualified export, by ratsinfo's other
 * modules: the message bundles in German and English ({@link org.ratsinfo.internal.MessageBundle}), the
 * messages exceptions and warnings carry ({@link org.ratsinfo.internal.Message}), and the handling of
 * texts and characters ({@link org.ratsinfo.internal.Snippets}, {@link
 * org.ratsinfo.internal.Characters}). Not part of the API.
 */
@NullMarked
package org.ratsinfo.internal;

import org.jspecify.annotations.NullMarked;
