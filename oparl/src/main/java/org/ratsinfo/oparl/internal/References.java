package org.ratsinfo.oparl.internal;

import static org.ratsinfo.oparl.internal.Warnings.key;
import static org.ratsinfo.oparl.internal.Warnings.kind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * Follows an object's references: a URL resolved in the {@link ObjectIndex}, or an object embedded
 * where the reference stands, used as it stands. A list where one reference is due, or one reference
 * where a list is, is read with a warning. Not thread-safe.
 */
final class References {

  private final ObjectIndex index;
  private final Warnings warnings;

  References(ObjectIndex index, Warnings warnings) {
    this.index = index;
    this.warnings = warnings;
  }

  /** The object a single reference names: a URL, or an embedded object. */
  @Nullable Node resolveRef(Node owner, String field) throws IOException {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return null;
      }
      warnings.warn(owner.name(), field, OParlIssue.LIST_FOR_SINGLE_VALUE);
      value = value.get(0);
    }
    return resolveValue(owner, field, value);
  }

  /** The objects a list of references names; a single reference is read as a list of one. */
  List<Node> resolveList(Node owner, String field) throws IOException {
    JsonNode value = owner.json().get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(elements::add);
    } else {
      warnings.warn(owner.name(), field, OParlIssue.SINGLE_VALUE_FOR_LIST);
      elements.add(value);
    }
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Node node = resolveValue(owner, value.isArray() ? field + "[" + i + "]" : field, elements.get(i));
      if (node != null) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private @Nullable Node resolveValue(Node owner, String field, JsonNode value) throws IOException {
    if (value.isString()) {
      String url = value.stringValue();
      if (url.isBlank()) {
        warnings.warn(owner.name(), field, OParlIssue.EMPTY_URL);
        return null;
      }
      return index.resolve(url, owner.name(), field);
    }
    if (value.isObject()) {
      if (ObjectIndex.isDeletionMarker(value)) {
        return null;
      }
      String id = ObjectIndex.id(value);
      if (id != null) {
        if (index.isDeleted(id)) {
          return null;
        }
        // the object as it stands here, unless it is a shorter copy of the indexed one
        Node fuller = index.fullerCopy(id, value);
        if (fuller != null) {
          return fuller;
        }
      }
      JsonNode type = value.get("type");
      String typeValue = type != null && type.isString() ? type.stringValue() : "";
      String version = Vocabulary.version(typeValue);
      String typeName = version == null ? "" : Vocabulary.shortType(typeValue);
      if (!Vocabulary.isType(typeName)) {
        return null; // warned while indexing
      }
      return new Node(value, typeName, version, owner.where() + Documents.segment(field), true, id,
          owner);
    }
    warnings.warn(owner.name(), field, OParlIssue.WRONG_TYPE, key("kind.url"), kind(value));
    return null;
  }
}
