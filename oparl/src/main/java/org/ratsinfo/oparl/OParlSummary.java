package org.ratsinfo.oparl;

import java.util.List;
import java.util.Objects;

/**
 * What a read that handed its meetings on ({@link OParlReader#read(List, OParlReader.MeetingHandler)})
 * gives beside them. Immutable.
 *
 * @param meetings how many meetings were imported
 * @param warnings what was repaired or could not be resolved, in the order found; in strict mode only
 *     the warnings that are no {@link OParlIssue#deviation() deviation}
 * @param deleted the {@code id}s (or, for objects without one, where they were found) of the objects
 *     left out because they are marked {@code "deleted": true}
 */
public record OParlSummary(int meetings, List<OParlWarning> warnings, List<String> deleted) {

  /** Copies the lists. */
  public OParlSummary {
    if (meetings < 0) {
      throw new IllegalArgumentException("meetings must not be negative");
    }
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    deleted = List.copyOf(Objects.requireNonNull(deleted, "deleted"));
  }
}
