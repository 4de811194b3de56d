package org.ratsinfo.oparl.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.document.FieldKey;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the parts of one export share: the mapper that makes the nodes, the ids, the fields withheld
 * and the {@code created} and {@code modified} of every object. Not thread-safe; one per export.
 */
final class ExportNodes {

  final JsonMapper mapper;
  final ExportIds ids;
  private final Set<FieldKey> withheld;
  private @Nullable String created;

  ExportNodes(JsonMapper mapper, ExportIds ids, Set<FieldKey> withheld) {
    this.mapper = mapper;
    this.ids = ids;
    this.withheld = withheld;
  }

  /** Whether a field is written: not withheld from the public. */
  boolean shows(FieldKey field) {
    return !withheld.contains(field);
  }

  /** Sets the {@code created} and {@code modified} of every object, or none for {@code null}. */
  void created(@Nullable String created) {
    this.created = created;
  }

  /** A new object of an OParl type with its id. */
  ObjectNode object(String type, String id) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("type", Vocabulary.TYPE_PREFIX + type);
    return o;
  }

  /** Writes {@code created} and {@code modified}, as the last properties of an object. */
  void stamp(ObjectNode o) {
    if (created != null) {
      o.put("created", created);
      o.put("modified", created);
    }
  }

  /** Writes a property where its value is given. */
  static void put(ObjectNode o, String name, @Nullable String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  /** A date-time as OParl writes it, {@code yyyy-mm-ddThh:mm:ss±hh:mm}. */
  static String dateTime(OffsetDateTime dateTime) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(writable(dateTime));
  }

  /**
   * The date-time itself, or, if its offset has seconds (local mean time, as zones had before about
   * 1900), which OParl's form cannot write, the same instant in UTC.
   */
  static OffsetDateTime writable(OffsetDateTime dateTime) {
    return dateTime.getOffset().getTotalSeconds() % 60 == 0
        ? dateTime : dateTime.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
