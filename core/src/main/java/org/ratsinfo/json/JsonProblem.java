package org.ratsinfo.json;

/** The kind of problem a {@link JsonFormatException} reports. */
public enum JsonProblem {
  /** The input is not well-formed JSON, ends too early, or is empty. */
  SYNTAX,
  /** An object has a property the format does not know. */
  UNKNOWN_PROPERTY,
  /** A required property is missing (or {@code null}). */
  MISSING_PROPERTY,
  /** A value has the wrong JSON type, e.g. a string where a number is due; values are never coerced. */
  WRONG_TYPE,
  /** A value has the right JSON type but is not acceptable, e.g. an unknown enum value or a bad date. */
  INVALID_VALUE,
  /** An object has the same property more than once. */
  DUPLICATE_PROPERTY,
  /** The input exceeds a read limit: nesting depth, string, number or document length. */
  LIMIT_EXCEEDED,
  /** There is content after the end of the document. */
  TRAILING_CONTENT
}
