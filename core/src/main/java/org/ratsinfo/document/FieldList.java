package org.ratsinfo.document;

import java.util.List;
import java.util.Objects;

/**
 * Label/value pairs in order, such as the header of an excerpt (TOP, Gremium, Datum …) or the fields
 * of a paper (Status, Vorlage-Art, Verfasser …).
 *
 * @param kind which header this is
 * @param fields the fields, in order
 */
public record FieldList(Kind kind, List<Field> fields) implements Block {

  /** Which header a {@link FieldList} is. */
  public enum Kind {
    /** The meeting and agenda item: TOP, Gremium, Beschlussart, Datum, Status, Zeit, Anlass, Raum, Ort. */
    MEETING,
    /** The paper: Status, Vorlage-Art, Verfasser, Federführend, Bearbeiter/-in. */
    PAPER,
    /** An item of the minutes: Beschlussart, and Vorsitz where the chair changed. */
    ITEM
  }

  /** Checks that every value is present and copies the fields. */
  public FieldList {
    Objects.requireNonNull(kind, "kind");
    fields = List.copyOf(fields);
  }
}
