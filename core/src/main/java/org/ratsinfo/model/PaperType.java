package org.ratsinfo.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * The type of a paper (Vorlage-Art). OParl keeps it as free text, and so does ratsinfo: the constants
 * name the common types, and any local type ("Anfrage_Formular") is just as valid. It is shown as
 * given, in every locale.
 *
 * @param name the type as the council information system names it
 */
public record PaperType(@NotBlank @Size(max = 100) @XmlText String name) {

  /** Anfrage: an inquiry by a faction or member, answered by the administration. */
  public static final PaperType INQUIRY = new PaperType("Anfrage");
  /** Antrag: a motion by a faction or member. */
  public static final PaperType MOTION = new PaperType("Antrag");
  /** Beschlussvorlage: a draft resolution by the administration. */
  public static final PaperType DRAFT_RESOLUTION = new PaperType("Beschlussvorlage");
  /** Mitteilungsvorlage: a communication by the administration, taken note of. */
  public static final PaperType COMMUNICATION = new PaperType("Mitteilungsvorlage");

  /** Checks that the name is present. */
  public PaperType {
    name = Values.required(name, "name");
  }

  /** A paper type of the given name. */
  public static PaperType of(String name) {
    return new PaperType(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
