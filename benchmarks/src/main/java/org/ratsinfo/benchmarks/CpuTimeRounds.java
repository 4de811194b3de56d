package org.ratsinfo.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The runner of the measurements on a busy machine ({@link PdfCpuTime}, {@link DocxCpuTime}, {@link
 * FrontDoorCpuTime}, {@link JsonCpuTime}): named operations interleaved in one JVM, first for seconds
 * of warm-up, then in rounds, each of which runs every operation several times in a row and takes the
 * thread's CPU time and allocation around them; an operation's figures are the medians of its rounds.
 * Thread CPU time does not count the time the thread waits for a core, which JMH's wall-clock time
 * does. Not a replacement for JMH on an idle machine.
 */
final class CpuTimeRounds {

  private CpuTimeRounds() {}

  /**
   * The arguments every runner takes: the input ({@code REFERENCE}, {@code LONG}, {@code MEETING}),
   * seconds of warm-up, rounds, operations per round; e.g. {@code REFERENCE 40 15 20}.
   *
   * @param input the input
   * @param warmUpSeconds how long the operations run before the rounds
   * @param rounds how many rounds
   * @param perRound how often each operation runs per round
   */
  record Settings(Inputs input, long warmUpSeconds, int rounds, int perRound) {

    /**
     * The settings of a command line.
     *
     * @param args input, warm-up seconds, rounds, operations per round
     * @return the settings
     */
    static Settings of(String[] args) {
      return new Settings(Inputs.valueOf(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]),
          Integer.parseInt(args[3]));
    }
  }

  /**
   * The medians of one operation's rounds.
   *
   * @param cpuNanos CPU time per operation, in nanoseconds
   * @param allocatedBytes allocation per operation, in bytes
   * @param lastOutput what the operation's last run returned
   */
  record Figures(double cpuNanos, double allocatedBytes, Object lastOutput) {

    /** The length of the last output, a file's bytes. */
    int size() {
      return ((byte[]) lastOutput).length;
    }
  }

  /**
   * Measures operations that each run as often per round as the settings say.
   *
   * @param settings warm-up, rounds and operations per round
   * @param operations the operations by name, in the order they run and are printed; each takes the
   *     number of its run, for picking the excerpt of the run, and returns its output
   * @return the figures by name, in the same order
   */
  static Map<String, Figures> measure(Settings settings, Map<String, IntFunction<?>> operations) {
    return measure(settings, operations, name -> settings.perRound());
  }

  /**
   * Measures operations that run as often per round as {@code perRound} says for each, so that a much
   * slower baseline may run fewer times and the rounds stay alike in length.
   *
   * @param settings warm-up, rounds and the operations per round by which the runs' numbers advance
   * @param operations the operations by name, in the order they run and are printed
   * @param perRound how often the operation of a name runs per round
   * @return the figures by name, in the same order
   */
  static Map<String, Figures> measure(Settings settings, Map<String, IntFunction<?>> operations,
      ToIntFunction<String> perRound) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    Map<String, Object> last = new LinkedHashMap<>();
    long end = System.nanoTime() + settings.warmUpSeconds() * 1_000_000_000L;
    int next = 0;
    while (System.nanoTime() < end) {
      for (Map.Entry<String, IntFunction<?>> operation : operations.entrySet()) {
        last.put(operation.getKey(), operation.getValue().apply(next));
      }
      next++;
    }
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> allocated = new LinkedHashMap<>();
    for (int round = 0; round < settings.rounds(); round++) {
      for (Map.Entry<String, IntFunction<?>> operation : operations.entrySet()) {
        int count = perRound.applyAsInt(operation.getKey());
        IntFunction<?> run = operation.getValue();
        Object output = null;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < count; i++) {
          output = run.apply(next + i);
        }
        long cpuAfter = threads.getCurrentThreadCpuTime();
        long allocatedAfter = threads.getThreadAllocatedBytes(thread);
        cpu.computeIfAbsent(operation.getKey(), k -> new ArrayList<>())
            .add((cpuAfter - cpuBefore) / (double) count);
        allocated.computeIfAbsent(operation.getKey(), k -> new ArrayList<>())
            .add((allocatedAfter - allocatedBefore) / (double) count);
        last.put(operation.getKey(), output);
      }
      next += settings.perRound();
    }
    Map<String, Figures> figures = new LinkedHashMap<>();
    for (String name : operations.keySet()) {
      figures.put(name, new Figures(median(cpu.get(name)), median(allocated.get(name)), last.get(name)));
    }
    return figures;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
