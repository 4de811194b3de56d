/**
 * The format-neutral document tree of an excerpt, and the layout that makes it.
 *
 * <p>{@link org.ratsinfo.document.ExcerptLayout} lays an {@link org.ratsinfo.model.Excerpt} out once
 * into an {@link org.ratsinfo.document.ExcerptDocument}: what is shown, in which order, with which
 * labels and formatted values, after redaction for the audience. Renderers only map this tree to their
 * format; none of them decides what is shown, so what a public excerpt leaves out is left out by every
 * format alike.
 *
 * <p>The tree is made of immutable records: {@link org.ratsinfo.document.Block} is sealed, so a renderer
 * that switches over it handles every kind. Text in the tree is plain text, never markup; a renderer
 * escapes every character. {@code \n} inside a paragraph is a line break.
 *
 * <p>{@link org.ratsinfo.document.Labels} holds the German (default) and English labels the layout
 * uses; custom renderers use the same labels for what they add, such as a page footer.
 */
@NullMarked
package org.ratsinfo.document;

import org.jspecify.annotations.NullMarked;
