package org.ratsinfo.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The number of votes per option, for one voting group or in total. Yes, no and abstentions are
 * always counted; biased (befangen) and absent (nicht anwesend) are counted only where the source
 * records them ({@code null} otherwise).
 *
 * @param yes dafür
 * @param no dagegen
 * @param abstentions Enthaltung
 * @param biased befangen; optional
 * @param absent nicht anwesend; optional
 */
public record VoteCounts(
    @PositiveOrZero int yes,
    @PositiveOrZero int no,
    @PositiveOrZero int abstentions,
    @PositiveOrZero @Nullable Integer biased,
    @PositiveOrZero @Nullable Integer absent) {

  /** No votes at all. */
  public static final VoteCounts ZERO = new VoteCounts(0, 0, 0, null, null);

  /** Counts of yes, no and abstentions. */
  public static VoteCounts of(int yes, int no, int abstentions) {
    return new VoteCounts(yes, no, abstentions, null, null);
  }

  /**
   * The count of an option, or {@code null} for {@link VoteOption#BIASED} or {@link VoteOption#ABSENT}
   * where they were not recorded.
   */
  public @Nullable Integer count(VoteOption option) {
    return switch (option) {
      case YES -> yes;
      case NO -> no;
      case ABSTENTION -> abstentions;
      case BIASED -> biased;
      case ABSENT -> absent;
    };
  }

  /** Votes cast that count toward a majority: yes plus no. */
  public int cast() {
    return yes + no;
  }

  /** Every member counted under any option. */
  public int members() {
    return yes + no + abstentions + (biased == null ? 0 : biased) + (absent == null ? 0 : absent);
  }

  /** The sum of two counts; an optional option stays absent only where both leave it absent. */
  public VoteCounts plus(VoteCounts other) {
    return new VoteCounts(
        yes + other.yes,
        no + other.no,
        abstentions + other.abstentions,
        sum(biased, other.biased),
        sum(absent, other.absent));
  }

  private static @Nullable Integer sum(@Nullable Integer a, @Nullable Integer b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + b;
  }
}
