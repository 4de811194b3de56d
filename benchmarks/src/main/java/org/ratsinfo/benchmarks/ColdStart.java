package org.ratsinfo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures whole processes from outside: starts a command several times, one after another, and prints
 * each wall-clock time and the median, and where the system tells it (Linux) the CPU time (user + system)
 * each run took and its median. CPU time suffers less than wall-clock time from other work on a busy
 * machine; it counts every thread of the process (the JIT compilers and the collector as well as
 * {@code main}), so on two or more cores it can exceed the wall-clock time.
 *
 * <p>Usage: {@code ColdStart RUNS LABEL -- COMMAND...}; the lines printed end with {@code LABEL median
 * MS} and, if CPU time is known, {@code LABEL CPU median MS}, which {@code run.sh} collects.
 */
public final class ColdStart {

  /** Where Linux keeps the CPU time of a process and of its children that were waited for. */
  private static final Path STAT = Path.of("/proc/self/stat");

  private ColdStart() {}

  /**
   * Runs the command.
   *
   * @param args runs, label, {@code --}, the command
   * @throws IOException if the command cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = Integer.parseInt(args[0]);
    String label = args[1];
    List<String> command = Arrays.asList(args).subList(3, args.length);
    Path log = Files.createTempFile("ratsinfo-coldstart", ".log");
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    boolean cpuKnown = true;
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      double cpuBefore = childrenCpuMillis();
      long start = System.nanoTime();
      Process p = pb.start();
      int exit = p.waitFor();
      ms[i] = (System.nanoTime() - start) / 1e6;
      double cpuAfter = childrenCpuMillis();
      cpu[i] = cpuAfter - cpuBefore;
      cpuKnown &= cpuBefore >= 0 && cpuAfter >= 0;
      if (exit != 0) {
        System.err.println(Files.readString(log));
        throw new IllegalStateException(label + ": the command failed with exit code " + exit);
      }
    }
    Files.deleteIfExists(log);
    System.out.println(label + " runs (ms): " + each(ms));
    if (cpuKnown) {
      System.out.println(label + " CPU time of each run, user + system (ms): " + each(cpu));
    }
    System.out.println(String.format(Locale.ROOT, "%s median %.0f", label, median(ms)));
    if (cpuKnown) {
      System.out.println(String.format(Locale.ROOT, "%s CPU median %.0f", label, median(cpu)));
    }
  }

  private static String each(double[] values) {
    List<String> each = new ArrayList<>();
    for (double v : values) {
      each.add(String.format(Locale.ROOT, "%.0f", v));
    }
    return String.join(", ", each);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * The user and system time of the children this process has waited for, in milliseconds: fields
   * 16 and 17 of {@code /proc/self/stat}, in clock ticks of 10 ms (Linux's USER_HZ is 100 on every
   * architecture). -1 where there is no such file.
   */
  private static double childrenCpuMillis() {
    try {
      String stat = Files.readString(STAT);
      // The command name (field 2) is in parentheses and may hold spaces: count from after it.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields[0] is field 3 of the file, so field n is fields[n - 3].
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
