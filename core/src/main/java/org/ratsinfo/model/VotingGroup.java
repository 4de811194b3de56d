package org.ratsinfo.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.ratsinfo.validation.constraints.XmlText;

/**
 * One column of a vote tally: a faction ("SPD", "Piraten/AL") or an individual member who votes on
 * their own (the mayor, "OB"), with its votes. Beyond OParl, which has no vote tallies; compare
 * Popolo's {@code group_results}.
 *
 * @param name the name shown as the column header
 * @param seats the seats (Sitze) the group has, where known; no group can cast more votes
 * @param counts the group's votes; {@code null} when no vote was taken
 */
public record VotingGroup(
    @NotBlank @Size(max = 100) @XmlText String name,
    @PositiveOrZero @Nullable Integer seats,
    @Valid @Nullable VoteCounts counts) {

  /** Checks that the name is present. */
  public VotingGroup {
    name = Values.required(name, "name");
  }

  /** A group with votes. */
  public static VotingGroup of(String name, VoteCounts counts) {
    return new VotingGroup(name, null, counts);
  }

  /** A group without votes, for a tally where no vote was taken. */
  public static VotingGroup of(String name) {
    return new VotingGroup(name, null, null);
  }

  /** A copy with the given number of seats. */
  public VotingGroup withSeats(@Nullable Integer seats) {
    return new VotingGroup(name, seats, counts);
  }

  /** A copy with the given votes. */
  public VotingGroup withCounts(@Nullable VoteCounts counts) {
    return new VotingGroup(name, seats, counts);
  }
}
