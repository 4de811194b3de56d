package org.ratsinfo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteTallyTest {

  private static VoteTally tally(VoteCounts... counts) {
    List<VotingGroup> groups = new java.util.ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      groups.add(VotingGroup.of("G" + i, counts[i]));
    }
    return VoteTally.of(groups);
  }

  @Test
  void aVoteNotTakenIsNotAVoteOfZeros() {
    VoteTally notTaken = VoteTally.notTaken(List.of("SPD", "CDU"));
    VoteTally zeros = tally(VoteCounts.ZERO, VoteCounts.ZERO);
    assertFalse(notTaken.voteTaken());
    assertEquals(Optional.empty(), notTaken.total());
    assertEquals(Optional.empty(), notTaken.outcome());
    assertTrue(zeros.voteTaken());
    assertEquals(Optional.of(VoteCounts.ZERO), zeros.total());
    assertEquals(Optional.of(VoteOutcome.REJECTED), zeros.outcome());
    assertFalse(zeros.unanimous());
  }

  @Test
  void theTotalIsDerivedFromTheGroupsUnlessStated() {
    VoteTally t = tally(new VoteCounts(10, 2, 1, 1, null), new VoteCounts(3, 4, 0, null, 2));
    assertEquals(Optional.of(new VoteCounts(13, 6, 1, 1, 2)), t.total());
    assertTrue(t.records(VoteOption.BIASED));
    assertTrue(t.records(VoteOption.ABSENT));
    VoteTally stated = new VoteTally(List.of(), VoteCounts.of(48, 0, 0));
    assertEquals(Optional.of(VoteCounts.of(48, 0, 0)), stated.total());
    assertTrue(stated.unanimous());
    assertFalse(stated.records(VoteOption.BIASED));
  }

  @ParameterizedTest(name = "{0} yes, {1} no, {2} abstentions: {3}")
  @CsvSource({
      "10, 9, 30, ADOPTED",    // abstentions do not count
      "9, 9, 0, REJECTED",     // a tie is rejected
      "0, 0, 5, REJECTED",     // nobody for it
      "1, 0, 0, ADOPTED"})
  void theSimpleMajorityCountsYesAgainstNo(int yes, int no, int abstentions, VoteOutcome expected) {
    assertEquals(Optional.of(expected), tally(VoteCounts.of(yes, no, abstentions)).outcome());
  }

  @Test
  void otherRulesCanBePluggedIn() {
    VoteTally tie = tally(VoteCounts.of(5, 3, 0), VoteCounts.of(0, 2, 1));
    assertEquals(Optional.of(VoteOutcome.REJECTED), tie.outcome());
    assertEquals(Optional.of(VoteOutcome.ADOPTED),
        tie.outcome(MajorityRule.simpleWithCastingVote(true)));
    assertEquals(Optional.of(VoteOutcome.REJECTED),
        tie.outcome(MajorityRule.simpleWithCastingVote(false)));

    VoteTally twoThirds = tally(VoteCounts.of(20, 10, 5));
    assertEquals(Optional.of(VoteOutcome.ADOPTED), twoThirds.outcome(MajorityRule.qualified(2, 3)));
    assertEquals(Optional.of(VoteOutcome.REJECTED),
        tally(VoteCounts.of(19, 10, 0)).outcome(MajorityRule.qualified(2, 3)));

    assertEquals(Optional.of(VoteOutcome.REJECTED),
        twoThirds.outcome(MajorityRule.ofStatutoryMembers(41)));
    assertEquals(Optional.of(VoteOutcome.ADOPTED),
        twoThirds.outcome(MajorityRule.ofStatutoryMembers(39)));

    assertEquals(Optional.of(VoteOutcome.ADOPTED), tie.outcome(total -> VoteOutcome.ADOPTED));
    assertThrows(IllegalArgumentException.class, () -> MajorityRule.qualified(3, 2));
    assertThrows(IllegalArgumentException.class, () -> MajorityRule.ofStatutoryMembers(0));
  }

  @Test
  void unanimousMeansOnlyYesVotes() {
    assertTrue(tally(VoteCounts.of(30, 0, 0), VoteCounts.of(1, 0, 0)).unanimous());
    assertFalse(tally(VoteCounts.of(30, 0, 1)).unanimous());
    assertFalse(tally(VoteCounts.of(30, 1, 0)).unanimous());
    assertTrue(tally(new VoteCounts(30, 0, 0, 2, 3)).unanimous(), "biased and absent do not vote");
  }
}
