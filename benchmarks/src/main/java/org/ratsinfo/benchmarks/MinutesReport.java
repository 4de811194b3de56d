package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  /** Time in ms, its error (99.9 %) and allocation in bytes, by "scale format items" or "cost format kind". */
  private final Map<String, double[]> results = new HashMap<>();

  private MinutesReport() {}

  /**
   * Prints the report.
   *
   * @param args the JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    MinutesReport report = new MinutesReport();
    JsonMapper json = JsonMapper.builder().build();
    for (String file : args) {
      for (JsonNode r : json.readTree(Files.readString(Path.of(file)))) {
        report.add(r);
      }
    }
    report.printScale();
    report.printCost();
  }

  private void add(JsonNode r) {
    String benchmark = r.get("benchmark").asString();
    JsonNode params = r.get("params");
    JsonNode primary = r.get("primaryMetric");
    double bytes = Double.NaN;
    JsonNode secondary = r.get("secondaryMetrics");
    if (secondary != null) {
      for (Map.Entry<String, JsonNode> m : secondary.properties()) {
        if (m.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = m.getValue().get("score").asDouble();
        }
      }
    }
    double[] value = {primary.get("score").asDouble(), primary.get("scoreError").asDouble(), bytes};
    if (benchmark.contains("MinutesScaleBenchmark")) {
      String format = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      results.put("scale " + format + " " + params.get("items").asString(), value);
    } else if (benchmark.contains("MinutesCostBenchmark")) {
      results.put("cost " + params.get("format").asString() + " " + params.get("kind").asString(), value);
    }
  }

  private void printScale() {
    for (String format : FORMATS) {
      double[][] rows = new double[ITEMS.length][];
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
      for (double[] row : rows) {
        line.append(String.format(Locale.ROOT, " %s ± %s ms /", num(row[0]), num(row[1])));
        alloc.append(String.format(Locale.ROOT, " %s /", size(row[2])));
      }
      line.setLength(line.length() - 2);
      alloc.setLength(alloc.length() - 2);
      System.out.println(line.append(';').append(alloc));
      System.out.println("  time:      " + fit(rows, 0, false));
      System.out.println("  allocated: " + fit(rows, 2, true));
    }
  }

  /** The least-squares line through (items, value), R² and the ratio of each doubling. */
  private static String fit(double[][] rows, int column, boolean bytes) {
    int n = ITEMS.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += ITEMS[i] / (double) n;
      my += rows[i][column] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = ITEMS[i] - mx;
      double dy = rows[i][column] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    double r2 = sxy * sxy / (sxx * syy);
    String unit = bytes ? size(slope) : num(slope) + " ms";
    String base = bytes ? size(intercept) : num(intercept) + " ms";
    return String.format(Locale.ROOT, "%s + %s per item, R² = %.4f; per doubling 30→60: %.2f×, 60→120: %.2f×",
        base, unit, r2, rows[2][column] / rows[1][column], rows[3][column] / rows[2][column]);
  }

  private void printCost() {
    System.out.println();
    System.out.println("| format | minutes | excerpts (26) | time ratio | minutes alloc | excerpts alloc"
        + " | alloc ratio | target | met? |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (String format : FORMATS) {
      double[] minutes = results.get("cost " + format + " minutes");
      double[] excerpts = results.get("cost " + format + " excerpts");
      if (minutes == null || excerpts == null) {
        continue;
      }
      double target = format.equals("pdf") ? 1.2 : 1.1;
      double ratio = minutes[0] / excerpts[0];
      System.out.printf(Locale.ROOT, "| %s | %s ± %s ms | %s ± %s ms | %.2f× | %s | %s | %.2f× | ≤ %.1f× | %s |%n",
          format.toUpperCase(Locale.ROOT), num(minutes[0]), num(minutes[1]), num(excerpts[0]),
          num(excerpts[1]), ratio, size(minutes[2]), size(excerpts[2]), minutes[2] / excerpts[2], target,
          ratio <= target ? "yes" : "no");
    }
  }

  private static String num(double ms) {
    return String.format(Locale.ROOT, ms < 1 ? "%.4f" : ms < 100 ? "%.2f" : "%.0f", ms);
  }

  private static String size(double bytes) {
    if (Double.isNaN(bytes)) {
      return "–";
    }
    return bytes < 1e6 ? String.format(Locale.ROOT, "%.0f kB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
  }
}
