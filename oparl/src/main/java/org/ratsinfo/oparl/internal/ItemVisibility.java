package org.ratsinfo.oparl.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.model.Visibility;
import tools.jackson.databind.JsonNode;

/**
 * The visibility of an agenda item that a paper's consultation names, read without warnings as the
 * agenda's reader reads it, fail-closed: non-public where its {@code public} is {@code false} or no
 * boolean, where its number marks it ("N 3"), or where it stands in a part of its meeting that a
 * heading opened as non-public ("B Nichtöffentliche Sitzung"), as servers without {@code public}
 * write it; public otherwise. The parts of each meeting are read once. Not thread-safe.
 */
final class ItemVisibility {

  /** How many meetings' parts are kept. */
  private static final int KEPT = 256;

  private final ObjectIndex index;
  /** The part of the meeting each item stands in (a heading opened it), by meeting, then by item id. */
  private final Map<String, Map<String, Visibility>> parts = new Lru<>(KEPT);

  ItemVisibility(ObjectIndex index) {
    this.index = index;
  }

  /**
   * The visibility of an agenda item.
   *
   * @param item the agenda item
   * @return its visibility
   * @throws IOException if the index cannot read the meeting
   */
  Visibility of(Node item) throws IOException {
    JsonNode flag = item.json().get("public");
    if (flag != null && !(flag.isBoolean() && flag.booleanValue())) {
      return Visibility.NON_PUBLIC; // false, or a value that cannot be read (null, 0, "nein")
    }
    JsonNode number = item.json().get("number");
    if (number != null && number.isString() && AgendaEntries.marksNonPublic(number.stringValue())) {
      return Visibility.NON_PUBLIC;
    }
    Node meeting = meeting(item);
    if (meeting == null || item.id() == null) {
      return Visibility.PUBLIC;
    }
    String key = meeting.id() != null ? meeting.id() : meeting.where();
    Map<String, Visibility> ofMeeting = parts.get(key);
    if (ofMeeting == null) {
      ofMeeting = parts(meeting);
      parts.put(key, ofMeeting);
    }
    return ofMeeting.get(item.id()) == Visibility.NON_PUBLIC ? Visibility.NON_PUBLIC : Visibility.PUBLIC;
  }

  private @Nullable Node meeting(Node item) throws IOException {
    if (item.parent() != null && item.parent().type().equals("Meeting")) {
      return item.parent();
    }
    String id = ObjectIndex.refQuiet(item.json(), "meeting");
    Node meeting = id == null ? null : index.lookup(id);
    return meeting != null && meeting.type().equals("Meeting") ? meeting : null;
  }

  /** The part each item of a meeting stands in, by the item's id; items before any part are left out. */
  private Map<String, Visibility> parts(Node meeting) throws IOException {
    Map<String, Visibility> byItem = new HashMap<>();
    JsonNode entries = meeting.json().get("agendaItem");
    if (entries == null || !(entries.isArray() || entries.isObject())) {
      return byItem;
    }
    Visibility part = null;
    for (JsonNode entry : entries.isArray() ? entries : List.of(entries)) {
      JsonNode json = entry;
      if (entry.isString()) {
        Node node = index.lookup(entry.stringValue());
        json = node == null ? null : node.json();
      }
      if (json == null || !json.isObject()) {
        continue;
      }
      String id = ObjectIndex.id(json);
      if (isHeading(json, id)) {
        Visibility opens = opens(json);
        if (opens != null) {
          part = opens;
        }
      } else if (id != null && part != null) {
        byItem.put(id, part);
      }
    }
    return byItem;
  }

  /** Whether an entry is a heading as the agenda's reader tells one: no paper, nothing of an item. */
  private boolean isHeading(JsonNode entry, @Nullable String id) {
    return AgendaEntries.isAbsent(entry.get("consultation")) && (id == null || !index.isConsulted(id))
        && AgendaEntries.isBare(entry) && AgendaEntries.isHeadingNumber(AgendaEntries.quietNumber(entry));
  }

  private static @Nullable Visibility opens(JsonNode heading) {
    JsonNode extension = heading.get(Vocabulary.EXT_OPENS);
    if (extension != null && extension.isString()) {
      String value = extension.stringValue();
      if (value.equals(Vocabulary.OPENS_NONE)) {
        return null;
      }
      for (Visibility v : Visibility.values()) {
        if (Importer.camel(v.name()).equals(value)) {
          return v;
        }
      }
    }
    JsonNode name = heading.get("name");
    String text = name != null && name.isString() ? name.stringValue() : AgendaEntries.quietNumber(heading);
    return text == null ? null : AgendaEntries.opensByText(text);
  }
}
