package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a vote on an agenda item (Abstimmungsergebnis), per voting group. Beyond OParl, which
 * has no vote tallies; compare Popolo's {@code VoteEvent} with {@code counts} and {@code group_results}.
 *
 * <p>"No vote was taken" is different from a vote of zeros: a tally whose groups have no counts and
 * that states no total is shown as an empty table (as many council information systems do) and has no
 * outcome. The total ("gesamt") is derived from the groups; a source that states its own total may give
 * it as {@link #statedTotal()}, and validation checks that it matches the groups.
 *
 * @param groups the voting groups in column order
 * @param statedTotal the total as stated by the source; optional, and may stand alone where no
 *     per-group counts are known
 */
public record VoteTally(
    @Size(max = 200) List<@Valid VotingGroup> groups, @Valid @Nullable VoteCounts statedTotal) {

  /** Copies the groups. */
  public VoteTally {
    groups = Values.list(groups, "groups");
  }

  /** A tally of the given groups. */
  public static VoteTally of(List<VotingGroup> groups) {
    return new VoteTally(groups, null);
  }

  /** A tally of the given groups, for a vote that was not taken: an empty table with these columns. */
  public static VoteTally notTaken(List<String> groupNames) {
    return new VoteTally(groupNames.stream().map(VotingGroup::of).toList(), null);
  }

  /** Whether a vote was taken: some group has counts, or a total is stated. */
  public boolean voteTaken() {
    return statedTotal != null || groups.stream().anyMatch(g -> g.counts() != null);
  }

  /**
   * The total per option: the stated total if there is one, else the sum of the groups' counts; empty
   * if no vote was taken.
   */
  public Optional<VoteCounts> total() {
    if (statedTotal != null) {
      return Optional.of(statedTotal);
    }
    return groups.stream()
        .map(VotingGroup::counts)
        .filter(Objects::nonNull)
        .reduce(VoteCounts::plus);
  }

  /** The outcome under {@link MajorityRule#SIMPLE}; empty if no vote was taken. */
  public Optional<VoteOutcome> outcome() {
    return outcome(MajorityRule.SIMPLE);
  }

  /** The outcome under the given rule; empty if no vote was taken. */
  public Optional<VoteOutcome> outcome(MajorityRule rule) {
    Objects.requireNonNull(rule, "rule");
    return total().map(rule::decide);
  }

  /**
   * Whether the vote was unanimous (einstimmig): at least one yes, and neither no votes nor
   * abstentions.
   */
  public boolean unanimous() {
    return total().map(t -> t.yes() > 0 && t.no() == 0 && t.abstentions() == 0).orElse(false);
  }

  /** Whether any group or the total records the given optional option (biased or absent). */
  public boolean records(VoteOption option) {
    return total().map(t -> t.count(option) != null).orElse(false)
        || groups.stream().anyMatch(g -> g.counts() != null && g.counts().count(option) != null);
  }
}
