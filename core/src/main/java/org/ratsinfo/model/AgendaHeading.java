package org.ratsinfo.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * A heading of an agenda (Gliederungspunkt), such as "A Öffentliche Sitzung", "B Nichtöffentliche
 * Sitzung" or "ANTRÄGE": it structures the agenda but is no item of its own, so it has no excerpt.
 * OParl has no such type; servers publish headings as agenda items without a paper or result, and the
 * OParl import keeps them here.
 *
 * @param id an identifier of the source system, e.g. the OParl URL of the agenda entry; optional
 * @param number the heading's own number or letter as the source writes it ("A", "B", "II"); optional
 * @param order the position in the agenda among items and headings, 0 or more: the heading stands
 *     before the items of a higher order
 * @param title the heading's text
 * @param opens the part of the meeting the heading opens ({@link Visibility#PUBLIC} for "Öffentliche
 *     Sitzung", {@link Visibility#NON_PUBLIC} for "Nichtöffentlicher Teil"); {@code null} for a
 *     heading that only groups items ("ANTRÄGE")
 */
public record AgendaHeading(
    @Size(max = 500) @XmlText @Nullable String id,
    @Size(max = 20) @XmlText @Nullable String number,
    @PositiveOrZero int order,
    @Size(max = 1000) @XmlText String title,
    @Nullable Visibility opens) {

  /** Checks that the title is present; a blank id or number is absent. */
  public AgendaHeading {
    id = Values.optional(id);
    number = Values.optional(number);
    title = Values.required(title, "title");
  }

  /**
   * A heading without id or number.
   *
   * @param order the position in the agenda
   * @param title the text
   * @param opens the part it opens, or {@code null}
   * @return the heading
   */
  public static AgendaHeading of(int order, String title, @Nullable Visibility opens) {
    return new AgendaHeading(null, null, order, Objects.requireNonNull(title, "title"), opens);
  }
}
