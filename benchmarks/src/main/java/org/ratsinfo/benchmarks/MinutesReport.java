package org.ratsinfo.benchmarks;

import static org.ratsinfo.benchmarks.JmhResults.size;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ratsinfo.benchmarks.JmhResults.Line;
import org.ratsinfo.benchmarks.JmhResults.Result;

/**
 * Prints the minutes' figures from JMH's JSON results: for {@link MinutesScaleBenchmark} the time and
 * allocation per document against the items, the least-squares line through them (per-item slope and
 * R²) and the ratio per doubling (60 → 120 items should be about 2); for {@link MinutesCostBenchmark}
 * the minutes against the excerpts of the same meeting, with the targets of issue #20.
 *
 * <p>Usage: {@code MinutesReport RESULT.json...}.
 */
public final class MinutesReport {

  private static final int[] ITEMS = {10, 30, 60, 120};
  private static final String[] FORMATS = {"html", "pdf", "docx"};

  /** The results by "scale format items" or "cost format kind". */
  private final Map<String, Result> results = new HashMap<>();

  private MinutesReport() {}

  /**
   * Prints the report.
   *
   * @param args the JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    MinutesReport report = new MinutesReport();
    for (Result r : JmhResults.read(args)) {
      if (r.benchmark().startsWith("MinutesScaleBenchmark.")) {
        report.results.put("scale " + r.method() + " " + r.param("items"), r);
      } else if (r.benchmark().startsWith("MinutesCostBenchmark.")) {
        report.results.put("cost " + r.param("format") + " " + r.param("kind"), r);
      }
    }
    report.printScale();
    report.printCost();
  }

  private void printScale() {
    for (String format : FORMATS) {
      Result[] rows = new Result[ITEMS.length];
      boolean complete = true;
      for (int i = 0; i < ITEMS.length; i++) {
        rows[i] = results.get("scale " + format + " " + ITEMS[i]);
        complete &= rows[i] != null;
      }
      if (!complete) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Minutes, %s: 10 / 30 / 60 / 120 items:",
          format.toUpperCase(Locale.ROOT)));
      StringBuilder alloc = new StringBuilder(" allocated");
      for (Result row : rows) {
        line.append(String.format(Locale.ROOT, " %s ± %s ms /", num(row.ms()), num(row.error())));
        alloc.append(String.format(Locale.ROOT, " %s /", size(row.bytes())));
      }
      line.setLength(line.length() - 2);
      alloc.setLength(alloc.length() - 2);
      System.out.println(line.append(';').append(alloc));
      System.out.println("  time:      " + fit(Arrays.stream(rows).mapToDouble(Result::ms).toArray(),
          false));
      System.out.println("  allocated: " + fit(Arrays.stream(rows).mapToDouble(Result::bytes).toArray(),
          true));
    }
  }

  /** The least-squares line through (items, value), R² and the ratio of each doubling. */
  private static String fit(double[] values, boolean bytes) {
    Line line = Line.fit(ITEMS, values);
    String unit = bytes ? size(line.slope()) : num(line.slope()) + " ms";
    String base = bytes ? size(line.intercept()) : num(line.intercept()) + " ms";
    return String.format(Locale.ROOT, "%s + %s per item, R² = %.4f; per doubling 30→60: %.2f×, 60→120: %.2f×",
        base, unit, line.r2(), values[2] / values[1], values[3] / values[2]);
  }

  private void printCost() {
    System.out.println();
    System.out.println("| format | minutes | excerpts (26) | time ratio | minutes alloc | excerpts alloc"
        + " | alloc ratio | target | met? |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (String format : FORMATS) {
      Result minutes = results.get("cost " + format + " minutes");
      Result excerpts = results.get("cost " + format + " excerpts");
      if (minutes == null || excerpts == null) {
        continue;
      }
      double target = format.equals("pdf") ? 1.2 : 1.1;
      double ratio = minutes.ms() / excerpts.ms();
      System.out.printf(Locale.ROOT, "| %s | %s ± %s ms | %s ± %s ms | %.2f× | %s | %s | %.2f× | ≤ %.1f× | %s |%n",
          format.toUpperCase(Locale.ROOT), num(minutes.ms()), num(minutes.error()), num(excerpts.ms()),
          num(excerpts.error()), ratio, size(minutes.bytes()), size(excerpts.bytes()),
          minutes.bytes() / excerpts.bytes(), target, ratio <= target ? "yes" : "no");
    }
  }

  private static String num(double ms) {
    return String.format(Locale.ROOT, ms < 1 ? "%.4f" : ms < 100 ? "%.2f" : "%.0f", ms);
  }
}
