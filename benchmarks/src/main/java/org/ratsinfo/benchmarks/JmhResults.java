package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reports ({@link Report}, {@link VoteScaleReport}, {@link MinutesReport}) make their tables
 * of: the results of JMH runs read from its JSON files ({@code -rf json}), the least-squares line
 * through a series of them, and the way an allocation is printed.
 */
final class JmhResults {

  private static final String PACKAGE = "org.ratsinfo.benchmarks.";

  private JmhResults() {}

  /**
   * One result of a JMH run.
   *
   * @param benchmark the class and method, without the package, e.g. {@code HtmlBenchmark.ratsinfo}
   * @param params the benchmark's parameters by name, in JMH's order
   * @param threads the number of threads
   * @param ms the mean time per operation in milliseconds, whatever unit the run printed
   * @param error its error (99.9 %) in milliseconds; NaN where the run had too few iterations
   * @param bytes the allocation per operation in bytes ({@code -prof gc}), or NaN without it
   */
  record Result(String benchmark, Map<String, String> params, int threads, double ms, double error,
      double bytes) {

    /** The benchmark's method, e.g. {@code ratsinfo}. */
    String method() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** A parameter's value, or {@code ""} where the benchmark has no such parameter. */
    String param(String name) {
      return params.getOrDefault(name, "");
    }
  }

  /**
   * Reads the results of JSON result files, in the order of the files and of the results in each.
   *
   * @param files the files' paths
   * @return the results
   * @throws IOException if a file cannot be read
   */
  static List<Result> read(String... files) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Result> results = new ArrayList<>();
    for (String file : files) {
      for (JsonNode r : json.readTree(Files.readString(Path.of(file)))) {
        results.add(result(r));
      }
    }
    return results;
  }

  private static Result result(JsonNode r) {
    Map<String, String> params = new LinkedHashMap<>();
    JsonNode p = r.get("params");
    if (p != null) {
      for (Map.Entry<String, JsonNode> e : p.properties()) {
        params.put(e.getKey(), e.getValue().asString());
      }
    }
    JsonNode primary = r.get("primaryMetric");
    double factor = switch (primary.get("scoreUnit").asString()) {
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      case "s/op" -> 1e3;
      default -> 1;
    };
    double bytes = Double.NaN;
    JsonNode secondary = r.get("secondaryMetrics");
    if (secondary != null) {
      for (Map.Entry<String, JsonNode> m : secondary.properties()) {
        if (m.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = number(m.getValue().get("score"));
        }
      }
    }
    return new Result(r.get("benchmark").asString().replace(PACKAGE, ""),
        Collections.unmodifiableMap(params), r.get("threads").asInt(),
        number(primary.get("score")) * factor, number(primary.get("scoreError")) * factor, bytes);
  }

  /** A number, or "NaN" as JMH writes the error of a run with too few iterations. */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.parseDouble(node.asString());
  }

  /**
   * The least-squares line {@code y = intercept + slope · x} through a series, and how much of its
   * variance the line explains.
   *
   * @param intercept the value at x = 0
   * @param slope the growth per unit of x
   * @param r2 the coefficient of determination, R²; NaN where a value is NaN
   */
  record Line(double intercept, double slope, double r2) {

    /**
     * Fits the line.
     *
     * @param x the sizes, at least two different
     * @param y the values, one per size
     * @return the line
     */
    static Line fit(int[] x, double[] y) {
      int n = x.length;
      double mx = 0;
      double my = 0;
      for (int i = 0; i < n; i++) {
        mx += x[i] / (double) n;
        my += y[i] / n;
      }
      double sxy = 0;
      double sxx = 0;
      double syy = 0;
      for (int i = 0; i < n; i++) {
        double dx = x[i] - mx;
        double dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
      }
      double slope = sxy / sxx;
      return new Line(my - slope * mx, slope, sxy * sxy / (sxx * syy));
    }
  }

  /**
   * An allocation as the reports print it: kilobytes below a megabyte, else megabytes; a dash where
   * it was not measured.
   *
   * @param bytes the allocation in bytes, or NaN
   * @return e.g. {@code "75 kB"}, {@code "8.87 MB"} or {@code "–"}
   */
  static String size(double bytes) {
    if (Double.isNaN(bytes)) {
      return "–";
    }
    return bytes < 1e6 ? String.format(Locale.ROOT, "%.0f kB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
  }
}
