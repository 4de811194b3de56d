package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.internal.Locations.Place;
import tools.jackson.databind.JsonNode;

/**
 * What one import knows by id: where each object stands, the meetings and bodies to import, and the
 * objects marked deleted. Two copies of one object are one object (the fuller is kept); two different
 * objects with one id are a warning. Not thread-safe; one per import.
 */
final class Registry {

  /** Properties that differ between two copies of one object without making them two objects. */
  private static final Set<String> BOOKKEEPING = Set.of("created", "modified");

  private final Warnings warnings;
  private final Locations locations;
  private final Map<String, Place> index = new HashMap<>();
  private final List<Place> meetings = new ArrayList<>();
  private final List<Place> bodies = new ArrayList<>();
  private final Set<String> deleted = new LinkedHashSet<>();

  Registry(Warnings warnings, Locations locations) {
    this.warnings = warnings;
    this.locations = locations;
  }

  /** Where the object of an id stands, or {@code null} if none is known. */
  @Nullable Place place(String id) {
    return index.get(id);
  }

  /** The meetings of the documents, in the order found (not those found through references). */
  List<Place> meetings() {
    return List.copyOf(meetings);
  }

  /** The bodies of the documents. */
  List<Place> bodies() {
    return List.copyOf(bodies);
  }

  /** Notes a meeting without id, to be imported. */
  void addMeeting(Place place) {
    meetings.add(place);
  }

  /** Notes a body of the documents. */
  void addBody(Place place) {
    bodies.add(place);
  }

  /** The ids of the objects marked deleted, or where they are if they have none. */
  List<String> deleted() {
    return List.copyOf(deleted);
  }

  /** Notes an object marked deleted, by its id or where it is. */
  void markDeleted(String name) {
    deleted.add(name);
  }

  /** Whether the object of the id is marked deleted. */
  boolean isDeleted(String id) {
    return deleted.contains(id);
  }

  /**
   * Puts an object into the index. Two copies of one object (embedded in a list and on its own, one
   * with fewer properties) are one object, and the fuller copy is kept; two different objects with
   * one id are a warning naming both places, and neither replaces the other where it stands.
   *
   * @param collectMeeting whether a meeting is to be imported (not one found through a reference)
   */
  void register(String id, Place place, JsonNode json, String type, boolean collectMeeting) {
    Place existing = index.get(id);
    if (existing == null) {
      index.put(id, place);
      if (type.equals("Meeting") && collectMeeting) {
        meetings.add(place);
      }
      return;
    }
    JsonNode existingJson;
    try {
      existingJson = locations.json(existing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (isPartOf(json, existingJson)) { // the same object, or a shorter copy of it
      return;
    }
    if (isPartOf(existingJson, json)) {
      index.put(id, place);
      int at = meetings.indexOf(existing);
      if (at >= 0) {
        meetings.set(at, place);
      }
      return;
    }
    warnings.warn(id, "", OParlIssue.DUPLICATE_ID, locations.where(existing), locations.where(place));
  }

  /** Whether every property of the part, but bookkeeping, is in the whole with the same value. */
  static boolean isPartOf(JsonNode part, JsonNode whole) {
    for (Map.Entry<String, JsonNode> property : part.properties()) {
      if (!BOOKKEEPING.contains(property.getKey())
          && !property.getValue().equals(whole.get(property.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
