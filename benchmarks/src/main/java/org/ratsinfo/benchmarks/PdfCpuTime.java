package org.ratsinfo.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.ratsinfo.benchmarks.baseline.OpenhtmltopdfPdf;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * PDF on a busy machine: the thread CPU time and allocation of each render, ratsinfo (with and without
 * object streams) and the PDF/A baseline interleaved in one JVM, the median of several rounds. Thread
 * CPU time does not count the time the thread waits for a core, which JMH's wall-clock time does; on
 * a machine shared with builds it still varies with caches and the JIT, so compare the ratios of one
 * run. Not a replacement for JMH on an idle machine.
 *
 * <p>Arguments: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}), seconds of warm-up,
 * rounds, renders per round; for example {@code REFERENCE 40 15 20}.
 */
public final class PdfCpuTime {

  private PdfCpuTime() {}

  /**
   * Runs the measurement and prints one line per variant.
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
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    PdfRenderer.routeEngineLogging();
    PdfRenderer ratsinfo = PdfRenderer.builder().options(options).build();
    PdfRenderer plain = PdfRenderer.builder().options(options).objectStreams(false).build();
    OpenhtmltopdfPdf baseline = OpenhtmltopdfPdf.withConformance(true);
    Map<String, IntFunction<byte[]>> variants = new LinkedHashMap<>();
    variants.put("ratsinfo", i -> ratsinfo.renderToBytes(
        options.layout(excerpts.get(i % excerpts.size()))));
    variants.put("ratsinfo, objectStreams(false)", i -> plain.renderToBytes(
        options.layout(excerpts.get(i % excerpts.size()))));
    variants.put("openhtmltopdfPdfA", i -> baseline.render(
        documents.get(i % documents.size())));

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long end = System.nanoTime() + warmUp * 1_000_000_000L;
    int next = 0;
    while (System.nanoTime() < end) {
      for (IntFunction<byte[]> variant : variants.values()) {
        variant.apply(next);
      }
      next++;
    }
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> allocated = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, IntFunction<byte[]>> variant : variants.entrySet()) {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        int size = 0;
        for (int i = 0; i < perRound; i++) {
          size = variant.getValue().apply(next + i).length;
        }
        long cpuAfter = threads.getCurrentThreadCpuTime();
        long allocatedAfter = threads.getThreadAllocatedBytes(thread);
        cpu.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
            .add((cpuAfter - cpuBefore) / 1e6 / perRound);
        allocated.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
            .add((allocatedAfter - allocatedBefore) / 1e6 / perRound);
        sizes.put(variant.getKey(), size);
      }
      next += perRound;
    }
    double reference = median(cpu.get("ratsinfo"));
    for (String name : variants.keySet()) {
      double time = median(cpu.get(name));
      System.out.printf(Locale.ROOT, "%s %s: CPU %.2f ms per excerpt (median of %d rounds), %.2f MB allocated,"
          + " %d bytes (last excerpt), %.2f× ratsinfo's CPU time%n", input, name, time,
          rounds, median(allocated.get(name)), sizes.get(name), time / reference);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
