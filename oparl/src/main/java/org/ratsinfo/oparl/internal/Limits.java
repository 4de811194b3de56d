package org.ratsinfo.oparl.internal;

import java.util.Map;

/**
 * The longest text the model keeps of each OParl property it maps, as the model's own {@code @Size}
 * constraints say (a test holds the two together): a longer value from a server is shortened with a
 * warning, so that one overlong title does not cost its item its excerpt.
 */
final class Limits {

  private static final Map<String, Integer> LIMITS = Map.ofEntries(
      Map.entry("Body.name", 300),
      Map.entry("Body.shortName", 100),
      Map.entry("Organization.name", 300),
      Map.entry("Organization.shortName", 100),
      Map.entry("Meeting.name", 300),
      Map.entry("AgendaItem.name", 1000),
      Map.entry("AgendaItem.result", 300),
      Map.entry("Paper.name", 1000),
      Map.entry("Paper.reference", 100),
      Map.entry("Paper.paperType", 100),
      Map.entry("Consultation.role", 200),
      Map.entry("Consultation.ratsinfo:status", 200),
      Map.entry("Consultation.ratsinfo:result", 1000),
      Map.entry("File.name", 500),
      Map.entry("File.fileName", 300),
      Map.entry("File.mimeType", 200),
      Map.entry("Person.formOfAddress", 50),
      Map.entry("Person.givenName", 200),
      Map.entry("Person.familyName", 200),
      Map.entry("Location.description", 300),
      Map.entry("Location.room", 300),
      Map.entry("Location.streetAddress", 300),
      Map.entry("Location.postalCode", 20),
      Map.entry("Location.locality", 200));

  private Limits() {}

  /** The longest text kept of a property of a type, or {@code -1} for no limit. */
  static int of(String type, String field) {
    Integer limit = LIMITS.get(type + "." + field);
    return limit == null ? -1 : limit;
  }

  /** Every limit, by "Type.property", for the test that holds them to the model's. */
  static Map<String, Integer> all() {
    return LIMITS;
  }
}
