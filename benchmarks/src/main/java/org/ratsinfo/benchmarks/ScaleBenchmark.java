package org.ratsinfo.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.ratsinfo.model.Excerpt;

/**
 * Scale: the time of one excerpt against its size, an inquiry of 1, 10, 100 and 1,000 answered
 * questions ({@link Inputs#withQuestions(int)}), in every format ({@link ExcerptScaleBenchmark}); it
 * must grow linearly.
 */
public class ScaleBenchmark extends ExcerptScaleBenchmark {

  /** How many questions the excerpt has. */
  @Param({"1", "10", "100", "1000"})
  public int questions;

  @Override
  protected Excerpt excerpt() {
    return Inputs.withQuestions(questions);
  }
}
