package org.ratsinfo.oparl.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ratsinfo.internal.Message;
import org.ratsinfo.json.internal.ReadFailure;
import org.ratsinfo.oparl.OParlIssue;
import tools.jackson.databind.JsonNode;

/**
 * The warnings of one import, in the order found. The same problem of the same object is kept once,
 * however often the object is read (a paper consulted at several items). Not thread-safe.
 */
final class Warnings {

  private final List<Warning> warnings = new ArrayList<>();
  private final Set<Warning> seen = new HashSet<>();

  /** Reports a problem of an object's property whose message has no arguments. */
  void warn(String objectId, String field, OParlIssue issue) {
    warn(objectId, field, issue, new Message.Argument[0]);
  }

  /** Reports a problem of an object's property; its arguments are shown as they are. */
  void warn(String objectId, String field, OParlIssue issue, String... values) {
    warn(objectId, field, issue, Message.values(List.of(values)).toArray(Message.Argument[]::new));
  }

  /** Reports a problem of an object's property; a repeat of the same problem is dropped. */
  void warn(String objectId, String field, OParlIssue issue, Message.Argument... arguments) {
    Warning warning = new Warning(objectId, field, issue, List.of(arguments));
    if (seen.add(warning)) {
      warnings.add(warning);
    }
  }

  /** Every warning so far. */
  List<Warning> all() {
    return List.copyOf(warnings);
  }

  /** The warnings that are deviations from the specification: what a strict import rejects. */
  List<Warning> deviations() {
    return warnings.stream().filter(w -> w.issue().deviation()).toList();
  }

  /** A message argument that is a text of the OParl messages, put in the reader's language. */
  static Message.Argument key(String key) {
    return Message.text(key);
  }

  /** A message argument shown as it is. */
  static Message.Argument value(String value) {
    return Message.value(value);
  }

  /**
   * A message argument that is a message with arguments of its own, put in the reader's language by
   * the message: a key of this module's messages or of core's messages for JSON input.
   *
   * @param key the message key
   * @param arguments its arguments, shown as they are (already shortened)
   * @return the argument
   */
  static Message.Argument key(String key, String... arguments) {
    return Message.nested(Message.of(key, arguments));
  }

  /**
   * A message argument that is a message with arguments of its own, which may be texts or messages
   * themselves (the kind of value expected).
   *
   * @param key the message key
   * @param arguments its arguments
   * @return the argument
   */
  static Message.Argument key(String key, Message.Argument... arguments) {
    return Message.nested(Message.of(key, arguments));
  }

  /** The reason a value of the native format was not read, as a message argument: core's words. */
  static Message.Argument reason(ReadFailure failure) {
    return Message.nested(failure.detail());
  }

  /** The kind of a JSON value, as a message argument. */
  static Message.Argument kind(JsonNode value) {
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
