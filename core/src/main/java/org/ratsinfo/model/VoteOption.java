package org.ratsinfo.model;

/** The options a vote is counted by: the rows of a tally table. */
public enum VoteOption {
  /** dafür (Ja). */
  YES,
  /** dagegen (Nein). */
  NO,
  /** Enthaltung. */
  ABSTENTION,
  /** befangen: took no part in the vote (§ 31 GO NRW); not counted. */
  BIASED,
  /** nicht anwesend: absent at the vote; not counted. */
  ABSENT
}
