/**
 * How the test kit makes its models, behind {@link org.ratsinfo.testkit.RandomModels}, {@link
 * org.ratsinfo.testkit.MarkedModels} and {@link org.ratsinfo.testkit.HostileCorpus}: the draws of a
 * seed ({@link org.ratsinfo.testkit.internal.Draws}) and the generators of texts, people, papers,
 * votes, agenda items, meetings and minutes that share them, the rules an invalid excerpt breaks, the
 * markers of a marked meeting, the fixtures and huge inputs of the hostile corpus. Not part of the
 * API: module-info does not export it.
 *
 * <p>Every generator draws from the one {@link java.util.Random} of its seed in a fixed order: a
 * change to what is drawn, or when, changes the models of every seed after it.
 */
@NullMarked
package org.ratsinfo.testkit.internal;

import org.jspecify.annotations.NullMarked;
