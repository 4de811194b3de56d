package org.ratsinfo.benchmarks;

import java.util.Locale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfConformance;
import org.ratsinfo.render.pdf.internal.Engine;
import org.ratsinfo.render.pdf.PdfRenderer;
import org.ratsinfo.render.pdf.internal.PrintStylesheet;

/**
 * {@link FrontDoorBenchmark} on a busy machine: the thread CPU time and allocation of each render with
 * and without {@code TextWidths}, interleaved in one JVM, the median of several rounds (as {@link
 * PdfCpuTime}). openhtmltopdf's logging is routed to java.util.logging, quietly, as the command line
 * does, so that the console takes no time.
 *
 * <p>Arguments: the input, seconds of warm-up, rounds, renders per round; e.g. {@code REFERENCE 60 15
 * 10}.
 */
public final class FrontDoorCpuTime {

  private static final String WITH = "with TextWidths";

  private FrontDoorCpuTime() {}

  /**
   * Runs the measurement and prints one line per variant.
   *
   * @param args input, warm-up seconds, rounds, renders per round
   * @throws IOException if an engine cannot be made
   */
  public static void main(String[] args) throws IOException {
    Inputs input = Inputs.valueOf(args[0]);
    long warmUp = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int perRound = Integer.parseInt(args[3]);
    List<Excerpt> excerpts = input.excerpts();
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    HtmlRenderer html = HtmlRenderer.builder().options(options).stylesheet(PrintStylesheet.css())
        .build();
    PdfRenderer.routeEngineLogging();
    Map<String, Engine> variants = new LinkedHashMap<>();
    variants.put(WITH, new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false, true));
    variants.put("without TextWidths",
        new Engine(PdfConformance.PDFA_2A_PDFUA_1, true, List.of(), null, false, false));

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long end = System.nanoTime() + warmUp * 1_000_000_000L;
    int next = 0;
    while (System.nanoTime() < end) {
      for (Engine engine : variants.values()) {
        render(engine, html, options, excerpts.get(next % excerpts.size()));
      }
      next++;
    }
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> allocated = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Engine> variant : variants.entrySet()) {
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < perRound; i++) {
          render(variant.getValue(), html, options, excerpts.get((next + i) % excerpts.size()));
        }
        long cpuAfter = threads.getCurrentThreadCpuTime();
        long allocatedAfter = threads.getThreadAllocatedBytes(thread);
        cpu.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
            .add((cpuAfter - cpuBefore) / 1e6 / perRound);
        allocated.computeIfAbsent(variant.getKey(), k -> new ArrayList<>())
            .add((allocatedAfter - allocatedBefore) / 1e6 / perRound);
      }
      next += perRound;
    }
    double all = median(cpu.get(WITH));
    double allAllocated = median(allocated.get(WITH));
    for (String name : variants.keySet()) {
      double time = median(cpu.get(name));
      double bytes = median(allocated.get(name));
      System.out.printf(Locale.ROOT, "%s %s: CPU %.2f ms per excerpt (median of %d rounds), %.2f MB allocated;"
          + " against " + WITH + ": time %+.1f %%, allocation %+.1f %%%n", input, name, time, rounds, bytes,
          (time / all - 1) * 100, (bytes / allAllocated - 1) * 100);
    }
  }

  private static byte[] render(Engine engine, HtmlRenderer html, RenderOptions options,
      Excerpt excerpt) {
    ExcerptDocument document = options.layout(excerpt);
    try {
      return engine.render(html.renderToString(document), document, options.clock().instant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
