package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * The memory check of the minutes: renders the minutes of a meeting of many items
 * ({@link MinutesInputs#withItems(int)}) as PDF several times in whatever heap the JVM was given, and
 * prints per round the time, the size, the highest heap use (the sum of the heap pools' peaks, reset
 * before each round: an upper bound) and the most the last collection of each pool left in use (the
 * live set). Exits with status 1 if a render runs out of memory.
 *
 * <p>Usage: {@code java -Xmx512m -cp benchmarks.jar org.ratsinfo.benchmarks.MinutesHeap [ITEMS [ROUNDS]]},
 * default 120 items, 3 rounds.
 */
public final class MinutesHeap {

  private MinutesHeap() {}

  /**
   * Runs the check.
   *
   * @param args the number of items and of rounds
   * @throws IOException if the PDF cannot be read back for its page count
   */
  public static void main(String[] args) throws IOException {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 120;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    MeetingExcerpts meeting = MinutesInputs.withItems(items);
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).build();
    PdfRenderer.routeEngineLogging();
    PdfRenderer pdf = PdfRenderer.builder().options(options).build();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.out.printf(Locale.ROOT, "minutes of %d items as PDF, max heap %d MB%n", items,
        Runtime.getRuntime().maxMemory() >> 20);
    byte[] last = null;
    for (int round = 1; round <= rounds; round++) {
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      try {
        ExcerptDocument minutes = options.layout(DocumentKind.MINUTES, meeting).get(0);
        last = pdf.renderToBytes(minutes);
      } catch (OutOfMemoryError e) {
        System.out.printf(Locale.ROOT, "round %d: out of memory: %s%n", round, e.getMessage());
        System.exit(1);
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long live = heap.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
          : p.getCollectionUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "round %d: %d ms, %d kB, heap peak %d MB, after last GC %d MB%n",
          round, ms, last.length >> 10, peak >> 20, live >> 20);
    }
    try (PDDocument document = Loader.loadPDF(last)) {
      System.out.printf(Locale.ROOT, "pages: %d%n", document.getNumberOfPages());
    }
  }
}
