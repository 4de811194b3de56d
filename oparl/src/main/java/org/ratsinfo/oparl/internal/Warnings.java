package org.ratsinfo.oparl.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ratsinfo.json.internal.ReadFailure;
import org.ratsinfo.oparl.OParlIssue;
import org.ratsinfo.oparl.OParlWarning;
import tools.jackson.databind.JsonNode;

/**
 * The warnings of one import, in the order found. The same problem of the same object is kept once,
 * however often the object is read (a paper consulted at several items). Not thread-safe.
 */
final class Warnings {

  private final List<OParlWarning> warnings = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /** Reports a problem of an object's property; a repeat of the same problem is dropped. */
  void warn(String objectId, String field, OParlIssue issue, String... arguments) {
    String identity = objectId + "\n" + field + "\n" + issue + "\n" + String.join("\n", arguments);
    if (seen.add(identity)) {
      warnings.add(new OParlWarning(objectId, field, issue, List.of(arguments)));
    }
  }

  /** Every warning so far. */
  List<OParlWarning> all() {
    return List.copyOf(warnings);
  }

  /** The warnings that are deviations from the specification: what a strict import rejects. */
  List<OParlWarning> deviations() {
    return warnings.stream().filter(w -> w.issue().deviation()).toList();
  }

  /** A message argument that is itself a message key, put in the reader's language by the message. */
  static String key(String key) {
    return "\0" + key;
  }

  /**
   * A message argument that is a message with arguments of its own, put in the reader's language by
   * the message: a key of this module's messages or of core's messages for JSON input.
   *
   * @param key the message key
   * @param arguments its arguments, already shortened (no control characters); one that is itself a
   *     {@link #key(String) key} is translated too
   * @return the argument
   */
  static String key(String key, String... arguments) {
    StringBuilder s = new StringBuilder("\0").append(key);
    for (String argument : arguments) {
      s.append(Messages.ARGUMENT_SEPARATOR).append(argument);
    }
    return s.toString();
  }

  /** The reason a value of the native format was not read, as a message argument: core's words. */
  static String reason(ReadFailure failure) {
    return key(failure.key(), failure.arguments().toArray(String[]::new));
  }

  /** The kind of a JSON value, as a message argument. */
  static String kind(JsonNode value) {
    if (value.isObject()) {
      return key("kind.object");
    }
    if (value.isArray()) {
      return key("kind.array");
    }
    if (value.isString()) {
      return key("kind.string");
    }
    if (value.isIntegralNumber()) {
      return key("kind.integer");
    }
    if (value.isNumber()) {
      return key("kind.decimal");
    }
    if (value.isBoolean()) {
      return key("kind.boolean");
    }
    return key("kind.null");
  }
}
