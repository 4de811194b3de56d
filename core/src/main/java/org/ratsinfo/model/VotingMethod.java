package org.ratsinfo.model;

/** How a {@link Vote} was taken (Abstimmungsart). Beyond OParl. */
public enum VotingMethod {
  /** Openly, by show of hands (offene Abstimmung): the usual way, not mentioned in documents. */
  OPEN,
  /**
   * By secret ballot (geheime Abstimmung): who voted how is never recorded, so a secret vote carries
   * no {@link Ballot ballots}.
   */
  SECRET,
  /** By roll call (namentliche Abstimmung): each member's vote is recorded as a {@link Ballot}. */
  ROLL_CALL
}
