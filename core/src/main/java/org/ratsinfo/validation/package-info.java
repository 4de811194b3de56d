/**
 * Validation of the model: every rule of the model checked at once, with messages in German or
 * English.
 *
 * <p>{@link org.ratsinfo.validation.ModelValidator} checks the Bean Validation constraints declared on
 * the model records (lengths, number formats, characters XML cannot carry) together with the rules
 * that span several values:
 *
 * <ul>
 *   <li>a meeting does not end before it starts; its agenda numbers are unique per visibility, and its
 *       publicity allows each item's visibility;
 *   <li>a vote tally gives counts for every group or for none; group names are unique; no group casts
 *       more votes than it has seats; a stated total matches the groups;
 *   <li>questions are numbered 1, 2, 3 … without gaps; every answer refers to an existing question, at
 *       most once; a supplementary question names who asked it;
 *   <li>a decision of kind {@code OTHER} has a text;
 *   <li>a public excerpt never shows a non-public agenda item.
 * </ul>
 *
 * <p>No text of the input is ever interpolated into a message: messages name the property path and the
 * rule, and carry numbers at most.
 */
@NullMarked
package org.ratsinfo.validation;

import org.jspecify.annotations.NullMarked;
