/**
 * The council model: immutable value types named after OParl 1.1, the German open standard for
 * council information systems (Ratsinformationssysteme), and going beyond it where OParl has no field
 * (votes with their tallies and roll calls, exclusions for bias, inquiries, the excerpt itself, and what
 * the minutes record of a meeting: its {@link org.ratsinfo.model.Participant participants} with role
 * and attendance, changes of chair, opening and closing, and the {@link org.ratsinfo.model.Signature
 * signatures}).
 *
 * <p>The entry point for rendering is {@link org.ratsinfo.model.Excerpt} (Auszug): a {@link
 * org.ratsinfo.model.Body} (Körperschaft), a {@link org.ratsinfo.model.Meeting} (Sitzung), one {@link
 * org.ratsinfo.model.AgendaItem} (Tagesordnungspunkt, TOP) with its {@link org.ratsinfo.model.Paper}
 * (Vorlage), and the {@link org.ratsinfo.model.Audience} it is made for.
 *
 * <p>Every type is immutable and safe to share between threads. Constructors check structure
 * (required values present, lists copied); the content rules (lengths, number formats, consistent
 * tallies, a public excerpt never showing a non-public item) are Bean Validation constraints checked by
 * {@link org.ratsinfo.validation.ModelValidator}, so that every problem of an input is reported at once.
 * Optional values are {@code null} when absent and are marked {@link org.jspecify.annotations.Nullable}.
 * Optional strings that are blank are treated as absent; lists are never {@code null}.
 */
@NullMarked
package org.ratsinfo.model;

import org.jspecify.annotations.NullMarked;
