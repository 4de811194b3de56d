package org.ratsinfo.model;

/**
 * The majority a {@link Vote} needs where it is not the simple majority of the votes cast, e.g. for
 * changing the main statute (Hauptsatzung) or electing a council's officers. Beyond OParl.
 */
public enum RequiredMajority {
  /** More yes than no votes; abstentions do not count (the default, § 50 GO NRW and equivalents). */
  SIMPLE,
  /** At least two thirds of the votes cast (yes and no). */
  TWO_THIRDS_OF_VOTES_CAST,
  /** More yes votes than half the statutory members (Mehrheit der gesetzlichen Mitglieder). */
  MAJORITY_OF_STATUTORY_MEMBERS,
  /** At least two thirds of the statutory members as yes votes. */
  TWO_THIRDS_OF_STATUTORY_MEMBERS;

  /** Whether the rule counts against the statutory members, so that their number must be given. */
  public boolean needsStatutoryMembers() {
    return this == MAJORITY_OF_STATUTORY_MEMBERS || this == TWO_THIRDS_OF_STATUTORY_MEMBERS;
  }

  /**
   * The rule that decides a vote under this majority.
   *
   * @param statutoryMembers the number of statutory members; used only where {@link
   *     #needsStatutoryMembers()}
   * @return the rule
   * @throws IllegalArgumentException if the rule needs the statutory members and the number is missing
   *     or not positive
   */
  public MajorityRule rule(@org.jspecify.annotations.Nullable Integer statutoryMembers) {
    return switch (this) {
      case SIMPLE -> MajorityRule.SIMPLE;
      case TWO_THIRDS_OF_VOTES_CAST -> MajorityRule.qualified(2, 3);
      case MAJORITY_OF_STATUTORY_MEMBERS -> MajorityRule.ofStatutoryMembers(members(statutoryMembers));
      case TWO_THIRDS_OF_STATUTORY_MEMBERS -> {
        int members = members(statutoryMembers);
        yield total -> 3L * total.yes() >= 2L * members ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
      }
    };
  }

  private static int members(@org.jspecify.annotations.Nullable Integer statutoryMembers) {
    if (statutoryMembers == null || statutoryMembers <= 0) {
      throw new IllegalArgumentException("statutoryMembers must be given and positive for a majority of "
          + "the statutory members");
    }
    return statutoryMembers;
  }
}
