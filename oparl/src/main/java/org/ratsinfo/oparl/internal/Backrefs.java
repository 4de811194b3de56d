package org.ratsinfo.oparl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.internal.Locations.Place;
import tools.jackson.databind.JsonNode;

/**
 * The consultations of one import by the agenda item and by the paper they name, in the order found:
 * OParl links an item to one consultation ({@code AgendaItem.consultation}), but a consultation names
 * its item and its paper, so that several papers can be consulted at one item (OParl/spec#413) and a
 * paper's consultations can stand apart from it. A consultation found at several places (embedded in
 * its paper and in a list) is kept once. Not thread-safe; one per import.
 */
final class Backrefs {

  /** A consultation: its id where it has one (the index then gives its fullest copy), and a place. */
  record Ref(@Nullable String id, Place place) {}

  private final Map<String, List<Ref>> byItem = new HashMap<>();
  private final Map<String, List<Ref>> byPaper = new HashMap<>();
  /** The agenda item that names a consultation as its own, by the consultation's id. */
  private final Map<String, String> ownedBy = new HashMap<>();

  /**
   * Notes a consultation.
   *
   * @param json the consultation
   * @param id its id, or {@code null}
   * @param place where it stands
   * @param parent the object it is embedded in, or {@code null}: a paper, where its {@code paper} is
   *     not given
   */
  void add(JsonNode json, @Nullable String id, Place place, @Nullable Node parent) {
    String item = ObjectIndex.refQuiet(json, "agendaItem");
    if (item != null) {
      add(byItem, item, new Ref(id, place));
    }
    String paper = ObjectIndex.refQuiet(json, "paper");
    if (paper == null && parent != null && parent.type().equals("Paper")) {
      paper = parent.id();
    }
    if (paper != null) {
      add(byPaper, paper, new Ref(id, place));
    }
  }

  /** Adds a consultation to a key's list, unless the list holds it by its id (lists are short). */
  private static void add(Map<String, List<Ref>> refs, String key, Ref ref) {
    List<Ref> list = refs.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (ref.id() == null || list.stream().noneMatch(r -> ref.id().equals(r.id()))) {
      list.add(ref);
    }
  }

  /** Notes an agenda item's own consultation ({@code AgendaItem.consultation}). */
  void addItem(JsonNode item, @Nullable String id) {
    String consultation = ObjectIndex.refQuiet(item, "consultation");
    if (id != null && consultation != null) {
      ownedBy.putIfAbsent(consultation, id);
    }
  }

  /** The agenda item that names the consultation of the id as its own, or {@code null}. */
  @Nullable String owner(String consultationId) {
    return ownedBy.get(consultationId);
  }

  /** The consultations that name the agenda item, in the order found. */
  List<Ref> ofItem(String agendaItemId) {
    return byItem.getOrDefault(agendaItemId, List.of());
  }

  /** The consultations that name the paper, or are embedded in it, in the order found. */
  List<Ref> ofPaper(String paperId) {
    return byPaper.getOrDefault(paperId, List.of());
  }
}
