package org.ratsinfo.validation;

import java.io.Serial;
import java.util.List;

/**
 * Thrown by {@link ModelValidator#requireValid} when a model value breaks rules; lists every violation,
 * not just the first.
 */
public final class InvalidModelException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** The violations; a serialised exception keeps their text. */
  private final List<Violation> violations;

  /**
   * An exception listing the given violations.
   *
   * @param summary the first line of the message, e.g. "The excerpt is invalid (2 violations):"
   * @param violations the violations, at least one
   */
  public InvalidModelException(String summary, List<Violation> violations) {
    super(message(summary, violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation, in a stable order (by path, then rule). */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String summary, List<Violation> violations) {
    StringBuilder sb = new StringBuilder(summary);
    for (Violation v : violations) {
      sb.append(System.lineSeparator()).append("  ").append(v);
    }
    return sb.toString();
  }
}
