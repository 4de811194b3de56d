package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A reference to an agenda item of the same meeting by its visibility and number, as minutes name an
 * item: "Ö 5", "N 3". Beyond OParl, which refers to items by URL.
 *
 * @param visibility the item's visibility: {@link Visibility#PUBLIC} for "Ö", {@link
 *     Visibility#NON_PUBLIC} for "N"
 * @param number the item's number, e.g. "5" or "19.1", in the form of {@link AgendaItem#number()}
 */
public record ItemReference(
    Visibility visibility,
    @NotBlank @Size(max = 20)
        @Pattern(regexp = AgendaItem.NUMBER_PATTERN, message = "{org.ratsinfo.agendaNumber}")
        String number) {

  /** Checks that visibility and number are present. */
  public ItemReference {
    Objects.requireNonNull(visibility, "visibility");
    number = Values.required(number, "number");
  }

  /**
   * A reference by visibility and number.
   *
   * @param visibility the item's visibility
   * @param number the item's number
   * @return the reference
   */
  public static ItemReference of(Visibility visibility, String number) {
    return new ItemReference(visibility, number);
  }

  /** A reference to the given item. */
  public static ItemReference to(AgendaItem item) {
    return new ItemReference(item.visibility(), item.number());
  }

  /** Whether this refers to the given item: the same visibility and number. */
  public boolean refersTo(AgendaItem item) {
    return visibility == item.visibility() && number.equals(item.number());
  }
}
