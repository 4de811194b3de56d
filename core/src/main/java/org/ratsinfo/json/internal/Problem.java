package org.ratsinfo.json.internal;

/**
 * The kinds of read failure, one for each {@code org.ratsinfo.json.Problem} of the same name. Kept
 * apart from the public enum so that the implementation does not depend on the API package that
 * depends on it.
 */
public enum Problem {
  /** See {@code Problem.SYNTAX}. */
  SYNTAX,
  /** See {@code Problem.UNKNOWN_PROPERTY}. */
  UNKNOWN_PROPERTY,
  /** See {@code Problem.MISSING_PROPERTY}. */
  MISSING_PROPERTY,
  /** See {@code Problem.WRONG_TYPE}. */
  WRONG_TYPE,
  /** See {@code Problem.INVALID_VALUE}. */
  INVALID_VALUE,
  /** See {@code Problem.DUPLICATE_PROPERTY}. */
  DUPLICATE_PROPERTY,
  /** See {@code Problem.LIMIT_EXCEEDED}. */
  LIMIT_EXCEEDED,
  /** See {@code Problem.TRAILING_CONTENT}. */
  TRAILING_CONTENT
}
