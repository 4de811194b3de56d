package org.ratsinfo.benchmarks;

import static org.ratsinfo.benchmarks.JmhResults.size;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ratsinfo.benchmarks.JmhResults.Result;

/**
 * Prints the scale series by votes and ballots ({@link VoteScaleBenchmark}) as a table per format —
 * time and allocation per excerpt for 1, 3 and 10 votes of 1, 10 and 60 roll-call members — and the
 * cost of one more ballot and of one more vote, which must not grow with the size (linear).
 *
 * <p>Usage: {@code VoteScaleReport votes.json}.
 */
public final class VoteScaleReport {

  private static final int[] VOTES = {1, 3, 10};
  private static final int[] MEMBERS = {1, 10, 60};

  /** The results by "format votes members". */
  private final Map<String, Result> results = new HashMap<>();

  private VoteScaleReport() {}

  /**
   * Prints the report.
   *
   * @param args the JSON result file of the benchmark
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    VoteScaleReport report = new VoteScaleReport();
    for (Result r : JmhResults.read(args[0])) {
      report.results.put(r.method() + " " + r.param("votes") + " " + r.param("members"), r);
    }
    for (String format : new String[] {"html", "pdf", "docx"}) {
      report.print(format);
    }
  }

  private void print(String format) {
    if (!results.containsKey(format + " 1 1")) {
      return;
    }
    System.out.printf(Locale.ROOT, "%nVotes and ballots, %s: ms (allocated) per excerpt%n%n",
        format.toUpperCase(Locale.ROOT));
    System.out.println("| votes \\ members | 1 | 10 | 60 |");
    System.out.println("|---:|---:|---:|---:|");
    for (int v : VOTES) {
      StringBuilder row = new StringBuilder("| " + v + " |");
      for (int m : MEMBERS) {
        Result r = results.get(format + " " + v + " " + m);
        row.append(r == null ? " – |"
            : String.format(Locale.ROOT, " %.2f ms (%s) |", r.ms(), size(r.bytes())));
      }
      System.out.println(row);
    }
    // One more ballot, from 10 to 60 members, at 1 and at 10 votes; one more vote, from 1 to 10 votes,
    // at 1 and at 60 members. Linear: the cost at the larger size is at most twice the one at the smaller.
    double ballot1 = (ms(format, 1, 60) - ms(format, 1, 10)) / 50;
    double ballot10 = (ms(format, 10, 60) - ms(format, 10, 10)) / 500;
    double vote1 = (ms(format, 10, 1) - ms(format, 1, 1)) / 9;
    double vote60 = (ms(format, 10, 60) - ms(format, 1, 60)) / 9 / 60;
    boolean linear = ballot10 <= 2 * Math.max(ballot1, 1e-4) && vote60 <= 2 * Math.max(ballot1, 1e-4);
    System.out.printf(Locale.ROOT, "%nPer ballot: %.4f ms (1 vote), %.4f ms (10 votes), %.4f ms (10 votes"
        + " against 1, 60 members); per vote of 1 member: %.4f ms: %s%n", ballot1, ballot10, vote60, vote1,
        linear ? "linear or better" : "WORSE THAN LINEAR");
  }

  private double ms(String format, int votes, int members) {
    Result r = results.get(format + " " + votes + " " + members);
    return r == null ? Double.NaN : r.ms();
  }
}
