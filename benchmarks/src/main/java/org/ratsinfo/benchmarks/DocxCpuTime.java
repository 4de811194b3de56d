package org.ratsinfo.benchmarks;

import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.ratsinfo.benchmarks.baseline.PoiDocx;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;

/**
 * DOCX on a busy machine: the thread CPU time and allocation of each render, the operations of {@link
 * DocxBenchmark} interleaved in one JVM, the median of several rounds. Thread CPU time does not count
 * the time the thread waits for a core, which JMH's wall-clock time does; the POI baseline, which
 * ratsinfo's changes do not touch, shows how much the machine moved between runs. Run the jar of one
 * version and then of the other, alternately, and compare the ratios to POI. Uses only the API that
 * every version of ratsinfo has.
 *
 * <p>Arguments: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}), seconds of warm-up,
 * rounds, renders per round; for example {@code REFERENCE 20 15 200}.
 */
public final class DocxCpuTime {

  private DocxCpuTime() {}

  /**
   * Runs the measurement and prints one line per operation.
   *
   * @param args input, warm-up seconds, rounds, renders per round
   */
  public static void main(String[] args) {
    Inputs input = Inputs.valueOf(args[0]);
    long warmUp = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int perRound = Integer.parseInt(args[3]);
    List<Excerpt> excerpts = input.excerpts();
    List<ExcerptDocument> documents = input.documents();
    DocxRenderer ratsinfo = DocxRenderer.builder()
        .options(RenderOptions.builder().locale(Inputs.LOCALE).build()).build();
    PoiDocx poi = new PoiDocx();
    Map<String, IntFunction<byte[]>> operations = new LinkedHashMap<>();
    operations.put("ratsinfo", i -> ratsinfo.renderToBytes(
        ratsinfo.options().layout(excerpts.get(i % excerpts.size()))));
    operations.put("ratsinfoFromDocument", i -> ratsinfo.renderToBytes(documents.get(i % documents.size())));
    operations.put("poi", i -> poi.render(documents.get(i % documents.size())));

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long end = System.nanoTime() + warmUp * 1_000_000_000L;
    int next = 0;
    while (System.nanoTime() < end) {
      for (IntFunction<byte[]> operation : operations.values()) {
        operation.apply(next);
      }
      next++;
    }
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> allocated = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, IntFunction<byte[]>> operation : operations.entrySet()) {
        // The baseline is ten times slower: a tenth of the renders keeps the rounds alike in length.
        int count = operation.getKey().equals("poi") ? Math.max(1, perRound / 10) : perRound;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        int size = 0;
        for (int i = 0; i < count; i++) {
          size = operation.getValue().apply(next + i).length;
        }
        long cpuAfter = threads.getCurrentThreadCpuTime();
        long allocatedAfter = threads.getThreadAllocatedBytes(thread);
        cpu.computeIfAbsent(operation.getKey(), k -> new ArrayList<>())
            .add((cpuAfter - cpuBefore) / 1e3 / count);
        allocated.computeIfAbsent(operation.getKey(), k -> new ArrayList<>())
            .add((allocatedAfter - allocatedBefore) / 1e3 / count);
        sizes.put(operation.getKey(), size);
      }
      next += perRound;
    }
    double poiTime = median(cpu.get("poi"));
    for (String name : operations.keySet()) {
      double time = median(cpu.get(name));
      System.out.printf(Locale.ROOT, "%s %s: CPU %.1f µs per excerpt (median of %d rounds), %.1f kB allocated,"
          + " %d bytes (last excerpt), POI's CPU time / this: %.2f%n", input, name, time, rounds,
          median(allocated.get(name)), sizes.get(name), poiTime / time);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
