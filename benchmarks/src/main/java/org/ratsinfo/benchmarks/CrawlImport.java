package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.ratsinfo.model.AgendaItem;
import org.ratsinfo.oparl.OParlReader;
import org.ratsinfo.oparl.OParlSummary;

/**
 * The import of a crawl in a capped heap: writes a {@link CrawlFixture} of the requested number of
 * agenda items into a temporary directory, reads it with {@link OParlReader#read(java.util.List,
 * OParlReader.MeetingHandler)}, counts the public and non-public items of every meeting handed on, and
 * at the end of each tenth of the meetings asks for a full collection and records the heap still used:
 * memory is flat in the number of meetings when that stays level. Prints the time of the read (the
 * documents are written before the clock starts) and checks the counts against the fixture's.
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks.jar org.ratsinfo.benchmarks.CrawlImport ITEMS}.
 */
public final class CrawlImport {

  private CrawlImport() {}

  /**
   * Runs the import.
   *
   * @param args how many agenda items, default 50,000
   * @throws IOException if the fixture cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path dir = Files.createTempDirectory("ratsinfo-crawl");
    try {
      int meetings = CrawlFixture.write(dir, wanted);
      long bytes;
      try (Stream<Path> files = Files.list(dir)) {
        bytes = files.mapToLong(f -> f.toFile().length()).sum();
      }
      long[] live = new long[10];
      int[] counts = new int[3]; // public items, non-public items, tenths measured
      long start = System.nanoTime();
      OParlSummary summary = OParlReader.standard().read(java.util.List.of(dir), (meeting, number, count) -> {
        for (AgendaItem item : meeting.meeting().agenda()) {
          counts[item.visibility().isPublic() ? 0 : 1]++;
        }
        while (counts[2] < 10 && number >= (long) count * (counts[2] + 1) / 10) {
          System.gc();
          live[counts[2]++] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "crawl: %d meetings, %d items (%d public, %d non-public), %.1f MB of"
          + " JSON in %d files, %d warnings, read in %.1f s (%.3f ms per item), max heap %d MB%n",
          summary.meetings(), counts[0] + counts[1], counts[0], counts[1], bytes / 1048576.0,
          dir.toFile().list().length, summary.warnings().size(), seconds,
          seconds * 1000 / (counts[0] + counts[1]), Runtime.getRuntime().maxMemory() >> 20);
      StringBuilder lives = new StringBuilder();
      for (long l : live) {
        lives.append(String.format(Locale.ROOT, " %.1f", l / 1048576.0));
      }
      System.out.println("crawl: live heap after a full GC at the end of each tenth of the meetings (MB):"
          + lives);
      boolean right = summary.meetings() == meetings
          && counts[0] == meetings * CrawlFixture.PUBLIC_PER_MEETING
          && counts[1] == meetings * CrawlFixture.NON_PUBLIC_PER_MEETING;
      System.out.println("crawl: every public item public and every item of the non-public part"
          + " non-public: " + (right ? "yes" : "NO"));
      if (!right) {
        System.exit(1);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
