package org.ratsinfo.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.model.MeetingExcerpts;

/**
 * The native JSON format on a busy machine: the thread CPU time and allocation of reading and writing a
 * sample, the operations of {@link JsonBenchmark} interleaved in one JVM, the median of several rounds.
 * Thread CPU time does not count the time the thread waits for a core, which JMH's wall-clock time
 * does; run the jar of one version and then of the other, alternately, and compare the medians. Uses
 * only the API that every version of ratsinfo has.
 *
 * <p>Arguments: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}), seconds of warm-up,
 * rounds, operations per round; for example {@code LONG 20 15 200}.
 */
public final class JsonCpuTime {

  private JsonCpuTime() {}

  /**
   * Runs the measurement and prints one line per operation: median CPU microseconds and bytes allocated
   * per operation.
   *
   * @param args input, warm-up seconds, rounds, operations per round
   */
  public static void main(String[] args) {
    Inputs input = Inputs.valueOf(args[0]);
    long warmUp = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int perRound = Integer.parseInt(args[3]);
    RatsinfoJson json = RatsinfoJson.standard();
    byte[] bytes = input.bytes();
    String text = new String(bytes, StandardCharsets.UTF_8);
    Class<? extends Record> type = input.meeting() ? MeetingExcerpts.class : Excerpt.class;
    Record value = json.read(text, type);
    Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
    operations.put("readBytes", () -> read(json, bytes, type));
    operations.put("readString", () -> json.read(text, type));
    operations.put("writeString", () -> json.writeString(value));

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    Object sink = null;
    long end = System.nanoTime() + warmUp * 1_000_000_000L;
    while (System.nanoTime() < end) {
      for (Supplier<Object> operation : operations.values()) {
        sink = operation.get();
      }
    }
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> allocated = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<Object>> operation : operations.entrySet()) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < perRound; i++) {
          sink = operation.getValue().get();
        }
        long cpu1 = threads.getCurrentThreadCpuTime();
        long bytes1 = threads.getThreadAllocatedBytes(thread);
        cpu.computeIfAbsent(operation.getKey(), k -> new ArrayList<>()).add((cpu1 - cpu0) / 1000.0 / perRound);
        allocated.computeIfAbsent(operation.getKey(), k -> new ArrayList<>())
            .add((bytes1 - bytes0) / (double) perRound);
      }
    }
    for (String name : operations.keySet()) {
      System.out.printf(Locale.ROOT, "%s %s cpu_us_per_op %.1f alloc_bytes_per_op %.0f%n", input, name,
          median(cpu.get(name)), median(allocated.get(name)));
    }
    if (sink == null) {
      System.out.println();
    }
  }

  private static Object read(RatsinfoJson json, byte[] bytes, Class<? extends Record> type) {
    try {
      return json.read(new ByteArrayInputStream(bytes), type);
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
