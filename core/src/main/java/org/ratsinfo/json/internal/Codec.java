package org.ratsinfo.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** Writes and reads the values of one Java type. Immutable and thread-safe. */
abstract class Codec {

  /** Writes a value, which is never {@code null}. */
  abstract void write(JsonGenerator g, Object value);

  /**
   * Reads a value whose first token is the parser's current token, which is never {@code null} or
   * {@code VALUE_NULL}; leaves the parser on the value's last token.
   */
  abstract Object read(JsonParser p);

  /** The message key of the kind of JSON value expected, e.g. {@code kind.string}. */
  abstract String kind();

  /** Whether a present value is left out when it is a property's value, e.g. an empty list. */
  boolean omitted(Object value) {
    return false;
  }
}
