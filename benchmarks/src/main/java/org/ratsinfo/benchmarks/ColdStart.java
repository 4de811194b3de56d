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
 * each wall-clock time and the median.
 *
 * <p>Usage: {@code ColdStart RUNS LABEL -- COMMAND...}; the last line printed is {@code LABEL median
 * MS}, which {@code run.sh} collects.
 */
public final class ColdStart {

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
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      long start = System.nanoTime();
      Process p = pb.start();
      int exit = p.waitFor();
      ms[i] = (System.nanoTime() - start) / 1e6;
      if (exit != 0) {
        System.err.println(Files.readString(log));
        throw new IllegalStateException(label + ": the command failed with exit code " + exit);
      }
    }
    Files.deleteIfExists(log);
    List<String> each = new ArrayList<>();
    for (double m : ms) {
      each.add(String.format(Locale.ROOT, "%.0f", m));
    }
    Arrays.sort(ms);
    double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    System.out.println(label + " runs (ms): " + String.join(", ", each));
    System.out.println(String.format(Locale.ROOT, "%s median %.0f", label, median));
  }
}
