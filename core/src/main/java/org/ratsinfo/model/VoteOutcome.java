package org.ratsinfo.model;

/** The outcome of a vote under a {@link MajorityRule}. */
public enum VoteOutcome {
  /** angenommen. */
  ADOPTED,
  /** abgelehnt. */
  REJECTED
}
