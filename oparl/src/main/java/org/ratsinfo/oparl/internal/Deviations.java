package org.ratsinfo.oparl.internal;

import java.util.List;

/**
 * A strict import found deviations from the specification; {@code OParlReader} turns them into the
 * API's {@code OParlImportException}. Carries no stack trace.
 */
public final class Deviations extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of records of strings
  private final List<Warning> warnings;

  Deviations(List<Warning> warnings) {
    super(warnings.size() + " deviations", null, false, false);
    this.warnings = List.copyOf(warnings);
  }

  /** Every deviation, in the order found. */
  public List<Warning> warnings() {
    return warnings;
  }
}
