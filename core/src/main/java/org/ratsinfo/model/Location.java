package org.ratsinfo.model;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * Where a meeting takes place: a building (Ort, e.g. "Rathaus Herne") and a room (Raum, e.g. "großer
 * Sitzungssaal (Raum 312)"). OParl: {@code Location}. Every part is optional.
 *
 * @param description the place as shown after "Ort", e.g. "Rathaus Herne"
 * @param room the room as shown after "Raum"
 * @param streetAddress street and number
 * @param postalCode the postal code
 * @param locality the town
 */
public record Location(
    @Size(max = 300) @XmlText @Nullable String description,
    @Size(max = 300) @XmlText @Nullable String room,
    @Size(max = 300) @XmlText @Nullable String streetAddress,
    @Size(max = 20) @XmlText @Nullable String postalCode,
    @Size(max = 200) @XmlText @Nullable String locality) {

  /** Treats blank strings as absent. */
  public Location {
    description = Values.optional(description);
    room = Values.optional(room);
    streetAddress = Values.optional(streetAddress);
    postalCode = Values.optional(postalCode);
    locality = Values.optional(locality);
  }

  /** A location with a description (Ort) and a room (Raum). */
  public static Location of(@Nullable String description, @Nullable String room) {
    return new Location(description, room, null, null, null);
  }
}
