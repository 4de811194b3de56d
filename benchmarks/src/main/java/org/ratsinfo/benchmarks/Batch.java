package org.ratsinfo.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.MeetingExcerpts;
import org.ratsinfo.render.batch.BatchResult;
import org.ratsinfo.render.batch.BatchTarget;
import org.ratsinfo.render.batch.MeetingRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.render.docx.DocxRenderer;
import org.ratsinfo.render.html.HtmlRenderer;
import org.ratsinfo.render.pdf.PdfRenderer;

/**
 * The batch in a capped heap: renders the meeting sample (25 items, internal audience) again and again
 * with the {@link MeetingRenderer}, in HTML, PDF and DOCX, on all cores, into a ZIP stream that
 * discards its bytes, until the requested number of excerpts is done. Records the used heap after
 * every garbage collection (GC notifications) and prints, per tenth of the run, the lowest and highest
 * of those values; and at the end of each tenth it asks for a full collection ({@link System#gc()})
 * and records the heap still used, the live set: the heap is flat when that stays level from the
 * second tenth on (the first fills the caches).
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks.jar org.ratsinfo.benchmarks.Batch EXCERPTS}.
 */
public final class Batch {

  private Batch() {}

  /**
   * Runs the batch.
   *
   * @param args how many excerpts, default 10,000
   * @throws IOException never: the target discards
   */
  public static void main(String[] args) throws IOException {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    MeetingExcerpts meeting;
    try (InputStream in = Batch.class.getResourceAsStream(
        "/org/ratsinfo/benchmarks/samples/rat-musterstadt-2026-09-15.json")) {
      meeting = RatsinfoJson.standard().readMeetingExcerpts(in).withAudience(Audience.INTERNAL);
    }
    RenderOptions options = RenderOptions.builder().locale(Inputs.LOCALE).audience(Audience.INTERNAL)
        .build();
    PdfRenderer.routeEngineLogging();
    MeetingRenderer renderer = MeetingRenderer.builder()
        .add(HtmlRenderer.builder().options(options).build())
        .add(PdfRenderer.builder().options(options).build())
        .add(DocxRenderer.builder().options(options).build())
        .locale(Inputs.LOCALE)
        .build();

    AtomicInteger done = new AtomicInteger();
    List<long[]> afterGc = new ArrayList<>(); // {excerpts done, used bytes after GC}
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          used += pool.getValue().getUsed();
        }
        synchronized (afterGc) {
          afterGc.add(new long[] {done.get(), used});
        }
      }, null, null);
    }

    long start = System.nanoTime();
    int failed = 0;
    int perMeeting = meeting.excerpts().size();
    long[] live = new long[10];
    int measured = 0;
    while (done.get() < wanted) {
      BatchResult result = renderer.render(meeting, BatchTarget.zip(OutputStream.nullOutputStream()));
      failed += result.failed().size();
      int now = done.addAndGet(perMeeting);
      while (measured < 10 && now >= (long) wanted * (measured + 1) / 10) {
        System.gc();
        live[measured++] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long max = Runtime.getRuntime().maxMemory();

    System.out.printf(Locale.ROOT, "batch: %d excerpts x 3 formats, %d failed, %.1f s, %.2f ms per excerpt,"
        + " max heap %d MB%n", done.get(), failed, seconds, seconds * 1000 / done.get(), max >> 20);
    List<long[]> points;
    synchronized (afterGc) {
      points = new ArrayList<>(afterGc);
    }
    System.out.printf(Locale.ROOT, "batch: %d GCs; used heap after GC per tenth of the run (MB, lowest..highest):%n",
        points.size());
    StringBuilder line = new StringBuilder();
    long firstLow = -1;
    long lastLow = -1;
    for (int tenth = 0; tenth < 10; tenth++) {
      long from = (long) wanted * tenth / 10;
      long to = (long) wanted * (tenth + 1) / 10;
      long low = Long.MAX_VALUE;
      long high = 0;
      for (long[] p : points) {
        if (p[0] >= from && p[0] < to) {
          low = Math.min(low, p[1]);
          high = Math.max(high, p[1]);
        }
      }
      if (high == 0) {
        line.append(" -");
        continue;
      }
      if (firstLow < 0) {
        firstLow = low;
      }
      lastLow = low;
      line.append(String.format(Locale.ROOT, " %d..%d", low >> 20, high >> 20));
    }
    System.out.println("batch:" + line);
    System.out.printf(Locale.ROOT, "batch: lowest used heap after GC, first tenth %d MB, last tenth %d MB%n",
        firstLow >> 20, lastLow >> 20);
    StringBuilder lives = new StringBuilder();
    for (long l : live) {
      lives.append(String.format(Locale.ROOT, " %.1f", l / 1048576.0));
    }
    System.out.println("batch: live heap after a full GC at the end of each tenth (MB):" + lives);
    long second = live[1];
    long last = live[9];
    System.out.printf(Locale.ROOT, "batch: live heap, second tenth %.1f MB, last tenth %.1f MB: %s%n",
        second / 1048576.0, last / 1048576.0,
        last <= second + Math.max(second / 10, 4L << 20) ? "flat" : "GROWING");
  }
}
