package org.ratsinfo.oparl.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An OParl object as the import found it: its JSON, its short type ("Meeting"), the OParl version of
 * its type URL, where it was found, whether it is embedded in another object, its id, and the object
 * it is embedded in.
 */
record Node(JsonNode json, String type, String version, String where, boolean embedded,
    @Nullable String id, @Nullable Node parent) {

  /** The version of objects whose type URL is of OParl 1.0. */
  static final String V1_0 = "1.0";
  /** The version of objects whose type URL is of OParl 1.1. */
  static final String V1_1 = "1.1";

  /** The id, or where the object is if it has none: what warnings name. */
  String name() {
    return id != null ? id : where;
  }

  /** Whether the object is of OParl 1.0. */
  boolean isVersion10() {
    return V1_0.equals(version);
  }
}
