package org.ratsinfo.model;

/**
 * Decides the outcome of a vote that was taken. Implementations must be stateless or immutable; the
 * standard rules are constants and factories here, and a council's own rule is a lambda.
 */
@FunctionalInterface
public interface MajorityRule {

  /**
   * The simple majority of the Gemeindeordnung NRW and most states: a motion passes with more yes than
   * no votes among the votes cast; abstentions, biased and absent members do not count; a tie is
   * rejected. This is the default.
   */
  MajorityRule SIMPLE = total -> total.yes() > total.no() ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;

  /**
   * The outcome of a vote.
   *
   * @param total the total votes per option of a tally where a vote was taken
   * @return the outcome
   */
  VoteOutcome decide(VoteCounts total);

  /**
   * A simple majority where a tie is broken by the chair's vote: adopted if the chair voted yes.
   *
   * @param chairVotedYes whether the chair (Vorsitz) voted yes in the vote being decided
   */
  static MajorityRule simpleWithCastingVote(boolean chairVotedYes) {
    return total -> {
      if (total.yes() == total.no()) {
        return chairVotedYes ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
      }
      return SIMPLE.decide(total);
    };
  }

  /**
   * A qualified majority of the votes cast: adopted if yes votes are at least {@code numerator /
   * denominator} of yes plus no, e.g. {@code qualified(2, 3)} for two thirds.
   */
  static MajorityRule qualified(int numerator, int denominator) {
    if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("numerator/denominator must be a fraction in (0, 1]");
    }
    return total -> total.cast() > 0 && (long) total.yes() * denominator >= (long) total.cast() * numerator
        ? VoteOutcome.ADOPTED
        : VoteOutcome.REJECTED;
  }

  /**
   * A majority of the statutory members (gesetzliche Mitgliederzahl): adopted if yes votes are more
   * than half of {@code statutoryMembers}.
   */
  static MajorityRule ofStatutoryMembers(int statutoryMembers) {
    if (statutoryMembers <= 0) {
      throw new IllegalArgumentException("statutoryMembers must be positive");
    }
    return total -> 2L * total.yes() > statutoryMembers ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
  }
}
