package org.ratsinfo.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.ratsinfo.model.Excerpt;

/**
 * Scale by votes and ballots: the time of one excerpt of a contested item against its number of votes
 * (1, 3, 10) and roll-call members per vote (1, 10, 60), {@link Inputs#withVotes(int, int)}, in every
 * format ({@link ExcerptScaleBenchmark}); it must grow linearly in votes × members.
 */
public class VoteScaleBenchmark extends ExcerptScaleBenchmark {

  /** How many votes the item has. */
  @Param({"1", "3", "10"})
  public int votes;

  /** How many members each roll call has. */
  @Param({"1", "10", "60"})
  public int members;

  @Override
  protected Excerpt excerpt() {
    return Inputs.withVotes(votes, members);
  }
}
