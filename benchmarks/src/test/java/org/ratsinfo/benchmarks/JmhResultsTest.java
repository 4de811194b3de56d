package org.ratsinfo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.benchmarks.JmhResults.Line;
import org.ratsinfo.benchmarks.JmhResults.Result;

/** The reports' reading of JMH's JSON results, their line fit and their allocation format. */
class JmhResultsTest {

  /** Two results as JMH 1.37 writes them with {@code -rf json -prof gc}, shortened. */
  private static final String RESULTS = """
      [
        {
          "jmhVersion": "1.37",
          "benchmark": "org.ratsinfo.benchmarks.HtmlBenchmark.ratsinfo",
          "mode": "avgt",
          "threads": 2,
          "params": {"input": "LONG"},
          "primaryMetric": {"score": 35.1, "scoreError": "NaN", "scoreUnit": "us/op"},
          "secondaryMetrics": {
            "·gc.alloc.rate": {"score": 512.0, "scoreError": 1.0, "scoreUnit": "MB/sec"},
            "·gc.alloc.rate.norm": {"score": 75000.0, "scoreError": 10.0, "scoreUnit": "B/op"}
          }
        },
        {
          "jmhVersion": "1.37",
          "benchmark": "org.ratsinfo.benchmarks.MinutesCostBenchmark.render",
          "mode": "avgt",
          "threads": 1,
          "params": {"kind": "minutes", "format": "pdf"},
          "primaryMetric": {"score": 380.0, "scoreError": 12.5, "scoreUnit": "ms/op"},
          "secondaryMetrics": {}
        }
      ]
      """;

  @Test
  void readsTimesInMillisecondsTheAllocationAndTheParametersInOrder(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("run.json");
    Files.writeString(file, RESULTS, StandardCharsets.UTF_8);
    List<Result> results = JmhResults.read(file.toString(), file.toString());
    assertEquals(4, results.size(), "every result of every file");

    Result html = results.get(0);
    assertEquals("HtmlBenchmark.ratsinfo", html.benchmark());
    assertEquals("ratsinfo", html.method());
    assertEquals(2, html.threads());
    assertEquals(0.0351, html.ms(), 1e-12, "microseconds in milliseconds");
    assertTrue(Double.isNaN(html.error()), "JMH's \"NaN\" error");
    assertEquals(75000.0, html.bytes());
    assertEquals("LONG", html.param("input"));
    assertEquals("", html.param("items"));

    Result cost = results.get(1);
    assertEquals(380.0, cost.ms());
    assertEquals(12.5, cost.error());
    assertTrue(Double.isNaN(cost.bytes()), "no allocation without -prof gc");
    assertEquals(List.of(Map.entry("kind", "minutes"), Map.entry("format", "pdf")),
        List.copyOf(cost.params().entrySet()));
  }

  @Test
  void theLineThroughASeries() {
    Line exact = Line.fit(new int[] {1, 10, 100, 1000}, new double[] {2.5, 7, 52, 502});
    assertEquals(2.0, exact.intercept(), 1e-9);
    assertEquals(0.5, exact.slope(), 1e-12);
    assertEquals(1.0, exact.r2(), 1e-12);

    // y = 1, 3, 2, 4 at x = 1..4: slope 0.8, intercept 0.5, R² = 0.64
    Line noisy = Line.fit(new int[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4});
    assertEquals(0.5, noisy.intercept(), 1e-12);
    assertEquals(0.8, noisy.slope(), 1e-12);
    assertEquals(0.64, noisy.r2(), 1e-12);

    assertTrue(Double.isNaN(Line.fit(new int[] {1, 2}, new double[] {1, Double.NaN}).r2()),
        "an allocation not measured");
  }

  @Test
  void allocationsInKilobytesBelowAMegabyte() {
    assertEquals("75 kB", JmhResults.size(75_000));
    assertEquals("8.87 MB", JmhResults.size(8_870_000));
    assertEquals("–", JmhResults.size(Double.NaN));
  }
}
