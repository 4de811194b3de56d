/**
 * Batch rendering of a whole meeting into files.
 *
 * <p>{@link org.ratsinfo.render.batch.MeetingRenderer} renders the excerpts of every agenda item of a
 * meeting ({@link org.ratsinfo.model.MeetingExcerpts}) with any list of renderers in one call, in
 * parallel and with bounded memory, into a directory or a ZIP archive ({@link
 * org.ratsinfo.render.batch.BatchTarget}), and reports each item ({@link
 * org.ratsinfo.render.batch.BatchResult}); {@link org.ratsinfo.render.batch.AtomicFiles} writes a single
 * file completely or not at all. The agenda and the minutes of a meeting are one document each: lay
 * them out with {@link org.ratsinfo.render.RenderOptions#layout(org.ratsinfo.document.DocumentKind,
 * org.ratsinfo.model.MeetingExcerpts)} and write them with {@code AtomicFiles}.
 */
@NullMarked
package org.ratsinfo.render.batch;

import org.jspecify.annotations.NullMarked;
