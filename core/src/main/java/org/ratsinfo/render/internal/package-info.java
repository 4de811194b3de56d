/**
 * Not API: the machinery of rendering a meeting's excerpts in one go, an ordered pipeline of bounded
 * width, atomic files and the sinks the outputs go to. Knows nothing of renderers or the model.
 */
@NullMarked
package org.ratsinfo.render.internal;

import org.jspecify.annotations.NullMarked;
